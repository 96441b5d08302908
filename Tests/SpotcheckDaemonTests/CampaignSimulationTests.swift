import Foundation
import SpotcheckCore
import SpotcheckLedger
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A whole campaign on the example county, through the real daemon and the CLI as real Unix
/// users: mobilisation → self-inspection (forms issued, two returned, the rest locked as late) →
/// supervision (a complaint with its receipt, a hidden inspection inside the scheduled draw,
/// findings) → summing-up → closed, ending with the final publication, which both publication
/// verifiers accept. Each gate first refuses, naming what blocks it, then holds. Part of
/// `RoleTests` (serialized, root only) because it creates the contacts' users.
///
/// Days pass by restarting the daemon in a time zone where the date is a day later: the forms
/// issued due "today" are then late, as they would be on the morrow.
extension RoleTests {
    /// A time zone `Etc/GMT…` `hours` east of UTC.
    static func zone(east hours: Int) -> String { hours >= 0 ? "Etc/GMT-\(hours)" : "Etc/GMT+\(-hours)" }

    static func local(_ zone: String, _ format: String, in seconds: Double = 0) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: zone)
        formatter.dateFormat = format
        return formatter.string(from: Date().addingTimeInterval(seconds))
    }

    /// The campaign planned around the simulation's two days: self-inspection is the first day
    /// alone (forms due then are due on its planned end), supervision starts on the second.
    static func simulationCampaign(firstDay: String, secondDay: String) -> String {
        let first = Day(iso: firstDay)!
        let second = Day(iso: secondDay)!
        return campaignSection(
            supervision: "\(second)..\(second.adding(days: 30))",
            mobilisation: "\(first.adding(days: -20))..\(first.adding(days: -1))", selfInspection: "\(first)..\(first)",
            summingUp: "\(second.adding(days: 31))..\(second.adding(days: 60))", ledger: nil)
    }

    static func simulationConfig(
        _ daemon: DaemonProcess, zone: String, drawIn: Double, dayEndIn: Double, campaign: String
    ) -> String {
        """
        [paths]
        state = "state"
        control_socket = "control"
        roster = "\(Harness.county)"
        [calendar]
        time_zone = "\(zone)"
        weekend = []
        day_end = "\(local(zone, "HH:mm:ss", in: dayEndIn))"
        [[pool]]
        name = "county"
        targets_per_day = 3
        draw_time = "\(local(zone, "HH:mm:ss", in: drawIn))"
        reveal_time = "\(local(zone, "HH:mm:ss", in: drawIn + 2))"
        \(campaign)
        [ledger]
        prohibitions = ["P01 不得违规吃喝", "P02 不得推诿扯皮"]
        [publication]
        language = "en"
        """
    }

    @Test func aWholeCampaignFromMobilisationToItsFinalPublicationThroughTheDaemonAndTheCommandLine() throws {
        let started = Date()
        // Two zones whose dates differ: the first day is one earlier than the second.
        let hour = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date()).hour!
        let dayOne = Self.zone(east: -12)
        let dayTwo = hour < 12 ? Self.zone(east: 12 - hour) : Self.zone(east: 14)
        let firstDay = Self.local(dayOne, "yyyy-MM-dd")
        let secondDay = Self.local(dayTwo, "yyyy-MM-dd")
        #expect(firstDay < secondDay)

        // lili is the contact of d-shuiwu, gaochao of d-caizheng (deploy/examples/county).
        let users = ["lili", "gaochao"]
        for user in users { try Self.useradd(user) }
        let daemon = try DaemonProcess()
        let planned = Self.simulationCampaign(firstDay: firstDay, secondDay: secondDay)
        try Self.simulationConfig(daemon, zone: dayOne, drawIn: 7200, dayEndIn: 7300, campaign: planned).write(
            toFile: daemon.configPath, atomically: true, encoding: .utf8)
        let forms = URL(fileURLWithPath: "/tmp/spotcheck-sim-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        chmod(forms.path, 0o1777)
        defer {
            for user in users { _ = try? ControlTests.run("/usr/sbin/userdel", [user]) }
            try? FileManager.default.removeItem(at: forms)
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let socket = daemon.controlPath
        func cli(_ arguments: [String]) throws -> (status: Int32, output: String) {
            try ControlTests.run(ControlTests.cli, arguments, environment: ["SPOTCHECK_SOCKET": socket])
        }
        func advance(_ step: String, _ more: [String] = []) throws -> (status: Int32, output: String) {
            try cli(["campaign", "advance", step, "--reason", "阶段工作已完成"] + more)
        }
        /// A tick now: the daemon reloads on SIGHUP and runs its pass at once.
        func tick() {
            daemon.signal(SIGHUP)
            usleep(300_000)
        }

        // Mobilisation (动员部署): forms issued, due today (self-inspection's planned end); the gate into self-inspection names the
        // missing prohibitions list.
        let issued = try cli(["self-inspection", "issue", "--due", firstDay])
        #expect(issued.status == 0 && issued.output.contains("issued 40 form(s)"), "\(issued.output)")
        let noList = try advance("self-inspection")
        #expect(noList.status == 1 && noList.output.contains("prohibitions"), "\(noList.output)")
        try "1. 不得违规吃喝\n2. 不得推诿扯皮\n".write(
            to: daemon.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        let intoSelf = try advance("self-inspection")
        #expect(intoSelf.status == 0 && intoSelf.output.contains("roster_sha256"), "\(intoSelf.output)")

        // Self-inspection (自查自纠): two contacts return their forms; the gate waits for the rest.
        // Supervision is planned for the second day: a step into it today must be asked for.
        let early = try advance("supervision")
        #expect(early.status == 65 && early.output.contains("--before-planned-start"), "\(early.output)")
        let waiting = try advance("supervision", ["--before-planned-start"])
        #expect(waiting.status == 1 && waiting.output.contains("form(s) outstanding"), "\(waiting.output)")
        func fill(_ user: String, _ department: String, _ p01: String) throws -> (status: Int32, output: String) {
            let path = forms.appendingPathComponent("\(department).csv").path
            let written = try Self.asUser(user, ["self-inspection", "form", "--output", path], socket: socket)
            #expect(written.status == 0, "\(written.output)")
            let text = try String(contentsOfFile: path, encoding: .utf8)
                .replacingOccurrences(of: "\(department),P01,不得违规吃喝,,,,", with: "\(department),P01,不得违规吃喝,\(p01)")
                .replacingOccurrences(of: "\(department),P02,不得推诿扯皮,,,,", with: "\(department),P02,不得推诿扯皮,否,,,")
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            return try Self.asUser(user, ["self-inspection", "submit", path], socket: socket)
        }
        let lili = try fill("lili", "d-shuiwu", "是,公款吃喝两次,退赔费用,较重")
        #expect(lili.status == 0 && lili.output.contains("F-"), "\(lili.output)")
        let gaochao = try fill("gaochao", "d-caizheng", "否,,,")
        #expect(gaochao.status == 0, "\(gaochao.output)")
        let selfFinding = try #require(
            lili.output.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).first {
                $0.hasPrefix("F-")
            }.map(String.init))

        // A complaint by the hotline (群众举报): registered, its receipt read by anyone holding it,
        // and a hidden inspection of its department asked for.
        let registered = try cli([
            "complaints", "register", "--channel", "hotline", "--department", "d-shuiwu", "--category", "违规吃喝",
            "--allegation", "局长在酒店宴请",
        ])
        #expect(registered.status == 0, "\(registered.output)")
        let number = try #require(CampaignDaemonTests.registeredNumber(registered.output), "\(registered.output)")
        let code = try #require(
            registered.output.split(separator: "\n").first { $0.hasPrefix("receipt code: ") }?.dropFirst(14))
        let lookup = try Self.asUser("gaochao", ["complaints", "lookup", String(code)], socket: socket)
        #expect(lookup.status == 0 && !lookup.output.contains("局长在酒店宴请"), "\(lookup.output)")
        #expect(try cli(["complaints", "inspect", number]).status == 0)

        // The next day: the forms not returned are locked as late and journaled.
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0, "\(daemon.stderr)")
        try Self.simulationConfig(daemon, zone: dayTwo, drawIn: 20, dayEndIn: 28, campaign: planned).write(
            toFile: daemon.configPath, atomically: true, encoding: .utf8)
        let drawAt = Date().addingTimeInterval(20)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        #expect(
            DaemonProcess.eventually(timeout: 10) {
                daemon.stderr.contains("locked") && daemon.stderr.contains("late")
            },
            "\(daemon.stderr)")
        let status = try cli(["self-inspection", "status"])
        #expect(status.output.contains("2 returned, 0 outstanding, 38 late"), "\(status.output)")

        // The gate into supervision: the self-reported problem must be confirmed first.
        let unconfirmed = try advance("supervision")
        #expect(
            unconfirmed.status == 1 && unconfirmed.output.contains("self-reported problem(s)"), "\(unconfirmed.output)")
        // The form said 较重: a coordinator confirms the severity the department proposed.
        let confirmed = try cli(["findings", "confirm", selfFinding, "--category", "sluggish", "--severity", "serious"])
        #expect(confirmed.status == 0, "\(confirmed.output)")
        let intoSupervision = try advance("supervision")
        #expect(intoSupervision.status == 0, "\(intoSupervision.output)")
        #expect(Date() < drawAt, "the steps before the draw took too long to test the scheduled draw")

        // Supervision (监督检查): the scheduled draw carries the hidden slot, then reveals.
        let store = try Store(path: daemon.statePath)
        #expect(
            DaemonProcess.eventually(timeout: 30) { ((try? store.draws()) ?? []).first?.revealedAt != nil },
            "\(daemon.stderr)")
        let draw = try #require(try store.draws().first)
        let record = try #require(try draw.decodedRecord())
        #expect(record.hiddenSlot != nil && record.picks.contains { $0.department == "d-shuiwu" })
        let summingEarly = try advance("summing-up")
        #expect(
            summingEarly.status == 1 && summingEarly.output.contains("assignment(s) undecided"),
            "\(summingEarly.output)")

        // Findings: one from the complaint (confirmed), every assignment marked done.
        let fromComplaint = try cli([
            "findings", "add", "--complaint", number, "--department", "d-shuiwu", "--category", "arrogant",
            "--facts", "宴请属实",
        ])
        #expect(fromComplaint.status == 0, "\(fromComplaint.output)")
        let complaintFinding = try #require(store.findings().first { $0.source != .selfInspection }?.id.description)
        let stillOpen = try advance("summing-up")
        #expect(stillOpen.status == 1 && stillOpen.output.contains("finding(s) unconfirmed"), "\(stillOpen.output)")
        #expect(try cli(["findings", "confirm", complaintFinding]).status == 0)
        for team in record.teams {
            let marked = try cli(["findings", "assignment", "\(draw.id)/\(team.department)", "--done"])
            #expect(marked.status == 0, "\(marked.output)")
        }

        // The day ends: the draw is published. The complaint is closed through the service, and the
        // hidden slot's opening is published; both verifiers then re-derive the whole draw.
        #expect(
            DaemonProcess.eventually(timeout: 30) { (try? store.draw(id: draw.id))??.publishedAt != nil },
            "\(daemon.stderr)")
        for (state, reply) in [
            ("accepted", "您的举报已受理"), ("investigating", nil), ("concluded", nil), ("feedback-given", "经核实，问题属实，已处理"),
            ("closed", nil),
        ] as [(String, String?)] {
            let updated = try cli(
                ["complaints", "update", number, "--state", state] + (reply.map { ["--reply", $0] } ?? []))
            #expect(updated.status == 0, "\(state): \(updated.output)")
        }
        tick()
        let publicRoot = daemon.folder.appendingPathComponent("state/public").path
        let folder = "\(publicRoot)/\(draw.date)/county"
        #expect(
            DaemonProcess.eventually(timeout: 10) {
                FileManager.default.fileExists(atPath: "\(folder)/hidden-slot.txt")
            })
        let failures = try PublicRecordTests.verifyBoth(
            folder, date: "\(draw.date)", name: "county", publicRoot: publicRoot)
        #expect(failures.isEmpty, "\(failures)")
        let receipt = try cli(["complaints", "lookup", String(code)])
        #expect(receipt.output.contains("经核实，问题属实，已处理"), "\(receipt.output)")

        // Summing-up (总结提升), then closing once the final publication is written.
        let intoSumming = try advance("summing-up")
        #expect(intoSumming.status == 0, "\(intoSumming.output)")
        let closingEarly = try advance("closed")
        #expect(
            closingEarly.status == 1 && closingEarly.output.contains("final publication"), "\(closingEarly.output)")
        tick()
        #expect(DaemonProcess.eventually(timeout: 10) { (try? advance("closed"))?.status == 0 }, "\(daemon.stderr)")
        tick()
        let campaign = try cli(["campaign", "status", "--json"])
        #expect(campaign.output.contains(#""active":"closed""#), "\(campaign.output)")
        // Open findings stay in the standing ledger after the campaign, still to be rectified.
        let standing = try cli(["findings", "list"])
        #expect(
            standing.output.contains(selfFinding) && standing.output.contains(complaintFinding), "\(standing.output)")

        // The final publication verifies offline with both tools, pinned to the daemon's key.
        let site = "\(publicRoot)/publication"
        #expect(
            DaemonProcess.eventually(timeout: 10) {
                let manifest = FileManager.default.contents(atPath: "\(site)/manifest.json") ?? Data()
                let object = (try? JSONSerialization.jsonObject(with: manifest)) as? [String: Any]
                return object?["edition"] as? String == "final"
                    && (try? store.campaignTransitions(campaign: String(repeating: "0f", count: 32)).count) == 4
            }, "\(daemon.stderr)")
        let key = try ControlTests.run(DaemonProcess.binary.path, ["--config", daemon.configPath, "--publication-key"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        let checked = try PublicationTests.verifyBoth(site, key: key)
        #expect(checked.swift == 0 && checked.python == 0, "\(checked.output)")
        #expect(daemon.stderr.contains("publication written"), "journaled (publication-written)")
        #expect(Date().timeIntervalSince(started) < 90, "the simulation took \(Date().timeIntervalSince(started)) s")
    }
}
