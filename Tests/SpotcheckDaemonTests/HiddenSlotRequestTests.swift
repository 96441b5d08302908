import Foundation
import GRDB
import SpotcheckCampaign
import SpotcheckProtocol
import Testing

@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckRoster
@testable import SpotcheckStore

/// A complaint-driven inspection does not expose the complainant (docs/draw-algorithm.md §8): a
/// handler asks for it, the next scheduled draw carries the department as its hidden slot, nothing
/// public or journaled singles it out until the complaint is closed, and then both verifiers check
/// the whole draw with the published opening.
@Suite struct HiddenSlotRequestTests {
    static let handler = CampaignControlTests.complaintsHandler("handler-zhao", uid: 60031)

    /// Every file under `folder`, with its text.
    static func files(under folder: String) -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var found: [(String, String)] = []
        while let name = enumerator?.nextObject() as? String {
            let path = "\(folder)/\(name)"
            var directory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &directory), !directory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            found.append((path, String(decoding: data, as: UTF8.self)))
        }
        return found
    }

    /// A request no draw would ever carry is refused, naming why, and nothing is stored: the
    /// complaint's inspection would silently never happen, and its opening never be published.
    @Test func aHiddenInspectionThatNoDrawWouldCarryIsRefused() throws {
        // The pool draws only in mobilisation, and the campaign is past it.
        let harness = try Harness(pools: campaignPools(phases: "[\"mobilisation\"]"))
        try "1. 违规吃喝\n".write(
            to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        _ = try harness.engine.advanceCampaign(
            to: .selfInspection, reason: "test", actor: "uid 0 (root)", now: harness.at("2026-11-30", "06:00"),
            config: harness.config)
        let control = CampaignControlTests.sealed(harness)
        let id = try #require(CampaignControlTests.register(control, department: "d-shuiwu"))
        let asked = CampaignControlTests.answer(control, "RequestInspection", #"{"id":\#(id)}"#, as: Self.handler)
        let failure = try #require(CampaignControlTests.failure(asked), "\(asked)")
        #expect(failure.error == "io.spotcheck.Complaints.Refused", "\(failure)")
        #expect(failure.parameters["code"] == .string("no-draw-ahead"), "\(failure)")
        #expect(failure.parameters["phase"] == .string("self-inspection"), "\(failure)")
        #expect(try harness.store.pendingHiddenSlots().isEmpty)

        // Without a campaign: a department that no configured pool holds.
        let other = try Harness(
            pools: """
                [[pool]]
                name = "city"
                targets_per_day = 1
                draw_time = "07:00"
                reveal_time = "08:00"
                report_time = "08:30"
                """)
        let otherControl = CampaignControlTests.sealed(other)
        let otherID = try #require(CampaignControlTests.register(otherControl, department: "d-shuiwu"))
        let refused = CampaignControlTests.answer(
            otherControl, "RequestInspection", #"{"id":\#(otherID)}"#, as: Self.handler)
        let noPool = try #require(CampaignControlTests.failure(refused), "\(refused)")
        #expect(noPool.parameters["code"] == .string("no-draw-ahead") && noPool.parameters["phase"] == .string(""))
        #expect(try other.store.pendingHiddenSlots().isEmpty)
    }

    @Test func aRequestedInspectionIsHiddenInTheNextDrawAndVerifiesOnceTheComplaintIsClosed() throws {
        let harness = try Harness()
        let control = CampaignControlTests.sealed(harness)
        let department = "d-shuiwu"
        let id = try #require(CampaignControlTests.register(control, department: department, identity: "张三 SECRETID"))
        let journaledBefore = harness.sink.recorded.count
        let asked = CampaignControlTests.answer(control, "RequestInspection", #"{"id":\#(id)}"#, as: Self.handler)
        #expect(CampaignControlTests.failure(asked) == nil, "\(asked)")
        // One request per complaint.
        let again = CampaignControlTests.answer(control, "RequestInspection", #"{"id":\#(id)}"#, as: Self.handler)
        #expect(CampaignControlTests.failure(again)?.error == "io.spotcheck.Complaints.Refused", "\(again)")
        let request = try #require(try harness.store.pendingHiddenSlots().first)
        let salt = request.slot.saltHex
        #expect(request.slot.department == department && salt.count == 64)
        // The handlers see that it was requested, never the salt.
        let shown = CampaignControlTests.answer(control, "Show", #"{"id":\#(id)}"#, as: Self.handler)
        guard case .success(let complaint) = shown else {
            Issue.record("\(shown)")
            return
        }
        let shownText = String(decoding: try JSONSerialization.data(withJSONObject: complaint), as: UTF8.self)
        #expect(shownText.contains("inspection requested") && !shownText.contains(salt), "\(shownText)")

        // The next scheduled draw carries it.
        try harness.tick("2026-12-01", "07:00")
        let drawn = try #require(try harness.store.draws().first)
        let record = try #require(try drawn.decodedRecord())
        #expect(record.hiddenSlot == request.slot.commitment)
        #expect(record.picks.contains { $0.department == department })
        #expect(try harness.store.pendingHiddenSlots().isEmpty)
        let folder = "\(harness.config.paths.publicRecords)/2026-12-01/county"
        let commitment = String(
            decoding: FileManager.default.contents(atPath: "\(folder)/commitment.json") ?? Data(), as: UTF8.self)
        #expect(commitment.contains(request.slot.commitment), "\(commitment)")
        try harness.tick("2026-12-01", "08:00")
        try harness.tick("2026-12-01", "18:00")
        #expect(try harness.store.draw(id: drawn.id)?.publishedAt != nil)
        // The next draw does not carry it again.
        try harness.tick("2026-12-02", "07:00")
        let next = try #require(try harness.store.draws().first { $0.date == Day(iso: "2026-12-02")! })
        #expect(try next.decodedRecord()?.hiddenSlot == nil)

        // Before the complaint is closed: nothing public holds the salt or the opening, and what the
        // journal says of the department it says of every pick.
        let published = Self.files(under: harness.config.paths.publicRecords)
        #expect(!published.isEmpty)
        for file in published {
            #expect(!file.text.contains(salt), "\(file.path) holds the salt")
            #expect(!file.path.hasSuffix("hidden-slot.txt"), "\(file.path) is public before the complaint is closed")
        }
        for file in Self.files(under: harness.config.paths.tasks) {
            #expect(!file.text.contains(salt) && !file.text.lowercased().contains("complaint"), "\(file.path)")
        }
        for entry in harness.sink.recorded.dropFirst(journaledBefore) {
            let text = ([entry.message] + entry.fields.keys + entry.fields.values).joined(separator: "\n")
            #expect(!text.contains(salt) && !text.lowercased().contains("hidden"), "\(entry)")
            #expect(!text.lowercased().contains("complaint"), "\(entry)")
            if text.contains(department) {
                #expect([.assignmentIssued, .targetReplaced].contains(entry.event), "\(entry)")
            }
        }
        let unopened = try PublicRecordTests.verifyBoth(
            folder, date: "2026-12-01", name: "county", publicRoot: harness.config.paths.publicRecords)
        #expect(unopened.count == 2, "both verifiers refuse the record before the opening: \(unopened)")

        // Closed: the opening is published next to the record and both verifiers accept the folder.
        try harness.store.database.write { db in
            try db.execute(sql: "UPDATE complaint SET state = 'closed' WHERE id = ?", arguments: [id])
        }
        try harness.tick("2026-12-02", "07:30")
        let opening = String(
            decoding: FileManager.default.contents(atPath: "\(folder)/hidden-slot.txt") ?? Data(), as: UTF8.self)
        #expect(opening == "\(department):\(salt)\n")
        let failures = try PublicRecordTests.verifyBoth(
            folder, date: "2026-12-01", name: "county", publicRoot: harness.config.paths.publicRecords)
        #expect(failures.isEmpty, "\(failures)")

        // A copy with a random pick swapped for another department, and one with a false opening.
        let copies = harness.folder.appendingPathComponent("copies").path
        let roster = try #require(try harness.store.currentRoster()?.roster())
        let outsider = try #require(
            roster.departments.first { candidate in
                candidate.pools.contains("county") && !record.picks.contains { $0.department == candidate.id }
            }?.id)
        var swapped = record
        let index = try #require(swapped.picks.firstIndex { $0.department != department })
        swapped.picks[index].department = outsider
        let other = record.picks[index].department
        for (name, change) in [
            (
                "swapped",
                { (copy: String) throws in
                    try Data(RecordCoding.encode(swapped)).write(to: URL(fileURLWithPath: "\(copy)/record.json"))
                }
            ),
            (
                "false-opening",
                { (copy: String) throws in
                    try "\(other):\(salt)\n".write(toFile: "\(copy)/hidden-slot.txt", atomically: true, encoding: .utf8)
                }
            ),
        ] {
            let root = "\(copies)/\(name)"
            let copy = "\(root)/2026-12-01/county"
            try FileManager.default.createDirectory(
                atPath: "\(root)/2026-12-01", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: folder, toPath: copy)
            try change(copy)
            let refused = try PublicRecordTests.verifyBoth(
                copy, date: "2026-12-01", name: "county", publicRoot: root)
            #expect(refused.count == 2, "\(name): \(refused)")
            if name == "swapped" {
                #expect(refused.allSatisfy { $0.contains("picks[\(index)].department") }, "\(refused)")
            } else {
                #expect(refused.allSatisfy { $0.contains("hiddenSlot") }, "\(refused)")
            }
        }
    }

    @Test func aRequestWaitsWhileThePoolMayNotDrawItsDepartmentAndTheNextOneGoesFirst() throws {
        let harness = try Harness()
        let control = CampaignControlTests.sealed(harness)
        for time in ["07:00", "08:00", "18:00"] { try harness.tick("2026-12-01", time) }
        let first = try #require(try harness.store.draws().first?.decodedRecord())
        // Inspected today: cooling down for 30 days (the default policy).
        let cooling = try #require(first.teams.first?.department)
        let roster = try #require(try harness.store.currentRoster()?.roster())
        let free = try #require(
            roster.departments.map(\.id).sorted().first { id in !first.picks.contains { $0.department == id } })
        let waiting = try #require(CampaignControlTests.register(control, department: cooling))
        let next = try #require(CampaignControlTests.register(control, department: free))
        for id in [waiting, next] {
            let asked = CampaignControlTests.answer(
                control, "RequestInspection", #"{"id":\#(id)}"#, as: CampaignControlTests.root)
            #expect(CampaignControlTests.failure(asked) == nil, "\(asked)")
        }
        try harness.tick("2026-12-02", "07:00")
        let second = try #require(try harness.store.draws().first { $0.date == Day(iso: "2026-12-02")! })
        let record = try #require(try second.decodedRecord())
        let pending = try harness.store.pendingHiddenSlots()
        #expect(pending.map(\.complaint) == [Int64(waiting)])
        let carried = try #require(try harness.store.hiddenSlot(commitment: record.hiddenSlot ?? "", drawID: second.id))
        #expect(carried.complaint == Int64(next) && carried.slot.department == free)
        #expect(!record.picks.contains { $0.department == cooling })
    }

    @Test func theCommandAsksForTheInspectionInBothLanguages() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 600, revealIn: 700)
        try daemon.start()
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let registered = try CampaignDaemonTests.spotcheck(
            daemon,
            [
                "complaints", "register", "--channel", "letter", "--department", "d-shuiwu", "--category", "c",
                "--allegation", "a",
            ])
        #expect(registered.status == 0, "\(registered.output)")
        let number = try #require(CampaignDaemonTests.registeredNumber(registered.output), "\(registered.output)")
        let asked = try CampaignDaemonTests.spotcheck(daemon, ["complaints", "inspect", number])
        #expect(asked.status == 0 && asked.output.contains("next scheduled draw"), "\(asked.output)")
        #expect(!asked.output.contains("d-shuiwu"), "\(asked.output)")
        let chinese = try ControlTests.run(
            ControlTests.cli, ["complaints", "inspect", number],
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath, "LANG": "zh_CN.UTF-8"])
        #expect(chinese.status != 0 && !chinese.output.isEmpty, "a second request is refused: \(chinese.output)")
        let missing = try CampaignDaemonTests.spotcheck(daemon, ["complaints", "inspect", "9"])
        #expect(missing.status != 0 && missing.output.contains("complaint 9"), "\(missing.output)")
        let store = try Store(path: daemon.statePath)
        #expect(try store.pendingHiddenSlots().map(\.complaint) == [try #require(Int64(number))])
    }

    @Test func aRecusedHandlerCannotRequestAndIsAnsweredAsForAMissingComplaint() throws {
        let harness = try Harness()
        let control = CampaignControlTests.sealed(harness)
        // yangtao works in d-fagai.
        let id = try #require(CampaignControlTests.register(control, department: "d-fagai"))
        for asked in [id, 7] {
            let answer = CampaignControlTests.answer(
                control, "RequestInspection", #"{"id":\#(asked)}"#, as: CampaignControlTests.yangtao)
            let failure = CampaignControlTests.failure(answer)
            #expect(failure?.error == "io.spotcheck.Complaints.NotFound", "\(answer)")
            #expect(failure?.parameters["what"] == .string("complaint \(asked)"), "\(answer)")
        }
        // Someone who is neither a handler nor a coordinator is refused by role.
        let inspector = Caller(
            uid: 60040, gid: 60040, pid: 1, login: "someone", groups: [], isCoordinator: false, isAuditor: false)
        let refused = CampaignControlTests.answer(control, "RequestInspection", #"{"id":\#(id)}"#, as: inspector)
        #expect(CampaignControlTests.failure(refused) != nil)
        // A coordinator who is no complaints handler may not ask either: whatever the answer, it
        // would tell which complaints exist.
        let coordinator = Caller(
            uid: 60041, gid: 60041, pid: 1, login: "coordinator", groups: [], isCoordinator: true, isAuditor: false)
        for asked in [id, 7] {
            let answer = CampaignControlTests.answer(
                control, "RequestInspection", #"{"id":\#(asked)}"#, as: coordinator)
            #expect(CampaignControlTests.failure(answer)?.error == "io.spotcheck.PermissionDenied", "\(answer)")
        }
        #expect(try harness.store.pendingHiddenSlots().isEmpty)
        try harness.tick("2026-12-01", "07:00")
        #expect(try harness.store.draws().first?.decodedRecord()?.hiddenSlot == nil)
    }
}
