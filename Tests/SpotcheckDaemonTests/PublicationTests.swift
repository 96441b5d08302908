import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCampaign
@testable import SpotcheckCore
@testable import SpotcheckDaemon
@testable import SpotcheckLedger
@testable import SpotcheckStore
@testable import SpotcheckSystem

#if canImport(Glibc)
    import Glibc
#endif

/// The public site (`PUBLIC/publication/`): written after a draw is published, with nothing
/// that may not be public, small complaint counts suppressed, and a signed manifest that both
/// verifiers check offline.
@Suite struct PublicationTests {
    static let pythonVerifier = Harness.packageRoot.appendingPathComponent("tools/verify_publication.py").path
    static let drawVerifier = Harness.packageRoot.appendingPathComponent("tools/verify_draw.py").path

    static func site(_ harness: Harness) -> String { PublicationWriter.folder(config: harness.config) }

    static func key(_ harness: Harness) throws -> String {
        try PublicationKey.publicKeyHex(state: harness.config.paths.state, create: false)
    }

    /// Both verifiers of the publication; their outputs joined.
    static func verifyBoth(_ folder: String, key: String?) throws -> (swift: Int32, python: Int32, output: String) {
        let swift = try ControlTests.run(
            ControlTests.cli, ["verify", "--publication", folder] + (key.map { ["--key", $0] } ?? []))
        let python = try ControlTests.run(
            "/usr/bin/env", ["python3", pythonVerifier, folder] + (key.map { ["--key", $0] } ?? []))
        return (swift.status, python.status, swift.output + "\n" + python.output)
    }

    /// Every regular file under `folder`, relative.
    static func files(_ folder: String) -> [String] {
        var found: [String: String] = [:]
        PublicationManifest.walkFolder(folder, into: &found)
        return found.keys.sorted()
    }

    @Test func aDayEndsWithAPublicationOfItsDrawThatBothVerifiersAccept() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "08:00")
        let draw = try #require(try harness.store.draws().first)
        let record = try #require(try draw.decodedRecord())
        // Revealed but not published: the site names no target and no team member yet.
        let early = Self.site(harness)
        #expect(!FileManager.default.fileExists(atPath: "\(early)/draws"))
        for file in Self.files(early) where file.hasSuffix(".html") || file.hasSuffix(".csv") || file.hasSuffix(".json")
        {
            let text = String(
                decoding: FileManager.default.contents(atPath: "\(early)/\(file)") ?? Data(), as: UTF8.self)
            for member in record.teams.flatMap(\.members) {
                #expect(!text.contains(member.name), "\(file) names \(member.name) before the day is over")
            }
        }

        try harness.tick("2026-12-01", "18:00")
        let site = Self.site(harness)
        let page = "\(site)/draws/2026-12-01/county/index.html"
        let html = try #require(FileManager.default.contents(atPath: page).map { String(decoding: $0, as: UTF8.self) })
        #expect(
            html.contains(draw.seed!.hex) && html.contains(record.seedCommitment) && html.contains(record.snapshotHash))
        #expect(html.contains("lang=\"zh-CN\"") && html.contains("随机种子"))
        for team in record.teams { #expect(html.contains(team.departmentName)) }
        for name in ["record.json", "commitment.json", "seed.hex", "policy.txt", "roster/conflicts.csv"] {
            #expect(FileManager.default.fileExists(atPath: "\(site)/draws/2026-12-01/county/\(name)"), "\(name)")
        }
        let draws = String(decoding: FileManager.default.contents(atPath: "\(site)/data/draws.csv")!, as: UTF8.self)
        #expect(draws.contains(draw.seed!.hex))
        let json =
            try JSONSerialization.jsonObject(
                with: FileManager.default.contents(atPath: "\(site)/data/draws.json")!) as? [[String: Any]]
        #expect(json?.first?["seed"] as? String == draw.seed!.hex)

        // The signed manifest holds, pinned to the key the daemon prints.
        let key = try Self.key(harness)
        let checked = try Self.verifyBoth(site, key: key)
        #expect(checked.swift == 0 && checked.python == 0, "\(checked.output)")
        #expect(checked.output.contains(try harness.store.lastRecordHash() ?? "none"))
        let daemon = try ControlTests.run(
            DaemonProcess.binary.path, ["--config", harness.config.file, "--publication-key"])
        #expect(
            daemon.status == 0 && daemon.output.trimmingCharacters(in: .whitespacesAndNewlines) == key,
            "\(daemon.output)")
        let published = String(
            decoding: FileManager.default.contents(atPath: "\(site)/publication-key.txt")!, as: UTF8.self)
        #expect(published == key + "\n")
        // The copied draw folders verify as a chain and as a record, in Swift and in Python.
        let chain = try ControlTests.run(ControlTests.cli, ["verify", "--chain", "\(site)/draws"])
        #expect(chain.status == 0, "\(chain.output)")
        let python = try ControlTests.run(
            "/usr/bin/env", ["python3", Self.drawVerifier, "\(site)/draws/2026-12-01/county"])
        #expect(python.status == 0, "\(python.output)")
        // Nothing left over from writing it, and written again only when something moved on.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: harness.config.paths.publicRecords)
        #expect(!leftovers.contains { $0.hasPrefix(".publication") }, "\(leftovers)")
        let manifest = try #require(FileManager.default.contents(atPath: "\(site)/manifest.json"))
        try harness.tick("2026-12-01", "19:00")
        #expect(FileManager.default.contents(atPath: "\(site)/manifest.json") == manifest)
        try harness.tick("2026-12-02", "18:00")
        #expect(FileManager.default.contents(atPath: "\(site)/manifest.json") != manifest)
        #expect(try Self.verifyBoth(site, key: key).swift == 0)
        // The copied chain ends exactly at the head the manifest names.
        let signed = try #require(
            try JSONSerialization.jsonObject(
                with: FileManager.default.contents(atPath: "\(site)/manifest.json")!) as? [String: Any])
        let head = try #require(signed["chainHead"] as? String)
        let pinned = try ControlTests.run(ControlTests.cli, ["verify", "--chain", "\(site)/draws", "--head", head])
        #expect(pinned.status == 0, "\(pinned.output)")
    }

    @Test func aChangedAddedOrMissingFileOrAnotherKeyIsRefusedNamingTheFile() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "18:00")
        let key = try Self.key(harness)
        let original = Self.site(harness)
        func copy() throws -> String {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "publication-copy-\(UUID().uuidString.prefix(8))"
            ).path
            try FileManager.default.copyItem(atPath: original, toPath: folder)
            return folder
        }
        func expectRefused(_ folder: String, naming name: String, key: String? = nil, _ what: String) throws {
            let result = try Self.verifyBoth(folder, key: key)
            #expect(result.swift == 1 && result.python == 1, "\(what): \(result.output)")
            let parts = result.output.components(separatedBy: name)
            #expect(parts.count >= 3, "\(what): both verifiers name \(name): \(result.output)")
        }
        // Changed: one byte of a seed.
        var folder = try copy()
        let seedPath = "\(folder)/draws/2026-12-01/county/seed.hex"
        var seed = try #require(FileManager.default.contents(atPath: seedPath))
        seed[0] = seed[0] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        try seed.write(to: URL(fileURLWithPath: seedPath))
        try expectRefused(folder, naming: "draws/2026-12-01/county/seed.hex", key: key, "a changed seed")
        // Added.
        folder = try copy()
        try Data("<p>forged</p>".utf8).write(to: URL(fileURLWithPath: "\(folder)/draws/notice.html"))
        try expectRefused(folder, naming: "draws/notice.html", key: key, "an added file")
        // Missing.
        folder = try copy()
        try FileManager.default.removeItem(atPath: "\(folder)/complaints.html")
        try expectRefused(folder, naming: "complaints.html", key: key, "a missing file")
        // An added empty folder.
        folder = try copy()
        try FileManager.default.createDirectory(atPath: "\(folder)/draws/extra", withIntermediateDirectories: true)
        try expectRefused(folder, naming: "draws/extra/", key: key, "an added empty folder")
        // The manifest itself as a symbolic link.
        folder = try copy()
        let aside = "\(folder)-manifest.json"
        try FileManager.default.moveItem(atPath: "\(folder)/manifest.json", toPath: aside)
        defer { try? FileManager.default.removeItem(atPath: aside) }
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/manifest.json", withDestinationPath: aside)
        try expectRefused(folder, naming: "manifest.json", key: key, "a linked manifest")
        // A symbolic link in place of a file.
        folder = try copy()
        try FileManager.default.removeItem(atPath: "\(folder)/ledger.html")
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/ledger.html", withDestinationPath: "index.html")
        try expectRefused(folder, naming: "ledger.html", key: key, "a symbolic link")
        // The manifest edited to fit a changed file: the signature no longer holds.
        folder = try copy()
        let manifestPath = "\(folder)/manifest.json"
        let manifestText = String(decoding: FileManager.default.contents(atPath: manifestPath)!, as: UTF8.self)
        try Data(manifestText.replacing("\"edition\" : \"daily\"", with: "\"edition\" : \"final\"").utf8).write(
            to: URL(fileURLWithPath: manifestPath))
        try expectRefused(folder, naming: "manifest.sig", key: key, "an edited manifest")
        // Re-signed with another key: refused when the auditor pins the daemon's key.
        folder = try copy()
        try FileManager.default.removeItem(atPath: "\(folder)/manifest.json")
        try FileManager.default.removeItem(atPath: "\(folder)/manifest.sig")
        let other = [UInt8](repeating: 9, count: 32)
        var files = Self.files(folder).reduce(into: [String: [UInt8]]()) {
            $0[$1] = [UInt8](FileManager.default.contents(atPath: "\(folder)/\($1)")!)
        }
        files.removeValue(forKey: PublicationManifest.keyName)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "publication-forged-\(UUID().uuidString.prefix(8))"
        ).path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try PublicationWriter.write(
            files, into: scratch, privateKey: other, published: Date(), edition: "daily", chainHead: nil)
        let forged = "\(scratch)/publication"
        #expect(try Self.verifyBoth(forged, key: nil).swift == 0, "a forgery is self-consistent without --key")
        try expectRefused(forged, naming: "--key", key: key, "another key")
        for path in [folder, scratch] { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func complaintCountsBelowTheThresholdAreSuppressedAndCannotBeWorkedOut() {
        func hidden(_ counts: [Int], total: Int? = nil) -> [Bool] {
            Suppression.apply(
                counts.enumerated().map { ("k\($0.offset)", $0.element) }, threshold: 5,
                total: total ?? counts.reduce(0, +)
            ).map(\.suppressed)
        }
        #expect(hidden([12, 2, 0, 7]) == [true, true, false, true], "every non-zero count beside a small one")
        #expect(hidden([5, 0]) == [false, false])
        // 11 by hotline, 1 by WeChat, 1 by letter: hiding the two small ones and showing the
        // total (13) and hotline's 11 told that exactly one came by each.
        #expect(hidden([11, 0, 1, 1, 0]) == [true, false, true, true, false])
        // Five complaints, one by each channel: hiding the non-zero counts still pins each to 1.
        #expect(hidden([1, 1, 1, 1, 1, 0]) == [true, true, true, true, true, true])
        // A month of three complaints shows none of its counts, not even its zeros.
        #expect(hidden([3, 0, 0]) == [true, true, true])
        let rows = Suppression.categories(["违规吃喝": 6, "张三收礼": 2, "公车私用": 1], threshold: 5, other: "other")
        // "other" (3) would be small beside a named 6 and the total: the named one joins it.
        #expect(rows.map(\.key) == ["other"] && rows.map(\.count) == [9], "\(rows)")
        // One complaint about the commission's own leadership (a stub without a category) beside
        // six of one category: the rows must still add up to the total (7), else it shows as 7 - 6.
        let stub = Suppression.categories(["违规吃喝": 6], threshold: 5, other: "other", unnamed: 1)
        #expect(stub.map(\.key) == ["other"] && stub.map(\.count) == [7], "\(stub)")
        let folded = Suppression.categories(["违规吃喝": 9, "公车私用": 6, "张三收礼": 1], threshold: 5, other: "other")
        #expect(folded.map(\.key) == ["违规吃喝", "other"] && folded.map(\.count) == [9, 7], "\(folded)")
    }

    /// A reader who knows the rule sees a table's shown counts, which are hidden, and the
    /// month's total (when shown). Over every table of three to five counts whose total is at
    /// most a bound, no hidden non-zero count may be the same in every table that looks alike.
    @Test func noHiddenCountCanBeWorkedOutByAReaderWhoKnowsTheRule() {
        let threshold = 5
        for (width, bound) in [(3, 16), (4, 12), (5, 9)] {
            var looks: [String: [[Int]]] = [:]
            var counts = [Int](repeating: 0, count: width)
            func visit(_ position: Int, _ left: Int) {
                if position == width {
                    let total = counts.reduce(0, +)
                    let cells = Suppression.apply(
                        counts.enumerated().map { ("k\($0.offset)", $0.element) }, threshold: threshold, total: total)
                    let shownTotal = Suppression.isSmall(total, threshold: threshold) ? "-" : String(total)
                    let view =
                        shownTotal + ":" + cells.map { $0.suppressed ? "-" : String($0.count) }.joined(separator: ",")
                    looks[view, default: []].append(counts)
                    return
                }
                for value in 0...left {
                    counts[position] = value
                    visit(position + 1, left - value)
                }
                counts[position] = 0
            }
            visit(0, bound)
            var pinned: [String] = []
            for (view, tables) in looks {
                let marks = view.split(separator: ":")[1].split(separator: ",")
                for position in 0..<width where marks[position] == "-" {
                    let values = Set(tables.map { $0[position] })
                    if values.count == 1, let only = values.first, only > 0 {
                        pinned.append("\(view) #\(position) = \(only)")
                    }
                }
            }
            #expect(pinned.isEmpty, "\(width) counts up to \(bound): \(pinned.prefix(5))")
        }
    }

    /// A seeded state with everything the site must not show: a complainant's identity and
    /// allegation, internal notes and replies, a finding's facts, conflict reasons, contacts.
    @Test func noComplainantComplaintTextConflictReasonOrContactIsPublished() throws {
        let harness = try Harness(
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 3
                draw_time = "07:00"
                reveal_time = "08:00"
                [publication]
                suppress_below = 5
                """)
        let roster = try #require(try harness.store.currentRoster()).roster()
        let seal = IdentitySeal(keyMaterial: [UInt8](repeating: 3, count: 32))!
        var forbidden = ["王小明-举报人", "13800138000", "ALLEGATION-局长违规宴请", "NOTE-内部调查记录", "REPLY-答复举报人"]
        forbidden += roster.conflicts.map(\.reason)
        // Contacts that are no inspector's login (nor part of one), so that finding one means a
        // contact was published.
        let logins = roster.inspectors.map(\.login)
        let contacts = roster.departments.flatMap(\.contacts).filter { contact in
            !logins.contains { $0.contains(contact) }
        }
        #expect(contacts.count > 3 && !roster.conflicts.isEmpty)
        forbidden += contacts
        let categories =
            Array(repeating: "违规吃喝", count: 6) + Array(repeating: "公车私用", count: 5) + ["CATEGORY-张三收礼"]
        for (index, category) in categories.enumerated() {
            let id = try harness.store.registerComplaint(
                NewComplaint(
                    channel: index == 0 ? .visit : .hotline, received: Day(iso: "2026-11-30")!,
                    receivedAt: harness.at("2026-11-30", "09:00"), department: "d-shuiwu",
                    allegation: "ALLEGATION-局长违规宴请 \(index)", category: category, stub: false,
                    locator: "AB\(index)DE", receiptSalt: [1], receiptHash: [2]), actor: "uid 0 (root)"
            ) { try seal.seal("王小明-举报人 13800138000", complaint: $0) }
            _ = try harness.store.addComplaintEntry(
                complaint: id, kind: .note, text: "NOTE-内部调查记录", state: nil, reply: nil, actor: "uid 0 (root)",
                at: harness.at("2026-11-30", "10:00"), day: Day(iso: "2026-11-30")!)
            _ = try harness.store.addComplaintEntry(
                complaint: id, kind: .state, text: "", state: .accepted, reply: "REPLY-答复举报人",
                actor: "uid 0 (root)", at: harness.at("2026-11-30", "10:00"), day: Day(iso: "2026-11-30")!)
        }
        forbidden.append("CATEGORY-张三收礼")
        // A finding, with facts that name people.
        let start = Day(iso: "2026-12-01")!
        let instant = harness.at("2026-12-01", "09:00")
        let moment = Moment(unixSeconds: Int64(instant.timeIntervalSince1970), day: start)
        let actor = Actor(login: "coord", role: .coordinator)
        let rules = LedgerRules(prohibitions: try Prohibitions([]), extensionCap: 1)
        _ = try harness.store.recordFinding(year: 2026, at: instant) { counter in
            try Finding.record(
                counter: counter, department: "d-shuiwu", source: .complaint(id: "1"), category: .sluggish,
                ruleCodes: [], severity: .minor, facts: "FACTS-科长李四拒不受理", by: actor, at: moment, rules: rules)
        }
        forbidden.append("FACTS-科长李四拒不受理")

        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "18:00")
        let site = Self.site(harness)
        #expect(FileManager.default.fileExists(atPath: "\(site)/draws/2026-12-01/county/index.html"))
        // The whole public folder, the draws' own folders included.
        var found: [String: String] = [:]
        PublicationManifest.walkFolder(harness.config.paths.publicRecords, into: &found)
        #expect(found.count > 30)
        for path in found.keys.sorted() {
            let bytes = FileManager.default.contents(atPath: "\(harness.config.paths.publicRecords)/\(path)") ?? Data()
            let text = String(decoding: bytes, as: UTF8.self)
            for secret in forbidden { #expect(!text.contains(secret), "\(path) holds \(secret)") }
        }
        // The counts (November, over by the day of the publication): 12 complaints; the rare
        // category (1) folded into "other", and the smallest named one (5) with it, so that "other"
        // is not small (6) and nothing of the table is hidden; 1 by visit, so every non-zero count
        // of the channel table is hidden (the other channel's 11 too).
        let whole = try #require(
            try JSONSerialization.jsonObject(
                with: FileManager.default.contents(atPath: "\(site)/data/complaints.json")!)
                as? [String: Any])
        let months = try #require(whole["months"] as? [[String: Any]])
        #expect(months.count == 1 && months.first?["month"] as? String == "2026-11", "\(whole)")
        let json = try #require(months.first)
        #expect((json["total"] as? [String: Any])?["count"] as? Int == 12)
        let channels = try #require(json["byChannel"] as? [[String: Any]])
        #expect(channels.first { $0["key"] as? String == "visit" }?["suppressed"] as? Bool == true)
        #expect(channels.first { $0["key"] as? String == "hotline" }?["suppressed"] as? Bool == true)
        let byCategory = try #require(json["byCategory"] as? [[String: Any]])
        #expect(byCategory.first { $0["key"] as? String == "违规吃喝" }?["count"] as? Int == 6)
        #expect(byCategory.first { $0["key"] as? String == "other" }?["count"] as? Int == 6)
        #expect(!byCategory.contains { $0["key"] as? String == "公车私用" }, "\(byCategory)")
        let html = String(decoding: FileManager.default.contents(atPath: "\(site)/complaints.html")!, as: UTF8.self)
        #expect(html.contains("不公开") && !html.contains("少于"))
        let ledger = String(decoding: FileManager.default.contents(atPath: "\(site)/ledger.html")!, as: UTF8.self)
        #expect(ledger.contains("慵懒散"))
    }

    @Test func aCampaignStepPublishesTheEditionOfThePhaseThatEnded() throws {
        let harness = try Harness(pools: campaignPools())
        try "1. 违规吃喝\n".write(
            to: harness.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        try harness.tick("2026-11-30", "08:00")
        let site = Self.site(harness)
        func manifest() throws -> PublicationManifest {
            try JSONDecoder().decode(
                PublicationManifest.self,
                from: try #require(FileManager.default.contents(atPath: "\(site)/manifest.json")))
        }
        #expect(try manifest().edition == "daily")
        _ = try harness.engine.advanceCampaign(
            to: .selfInspection, reason: "动员部署会议已召开", actor: "uid 0 (root)", now: harness.at("2026-11-30", "09:00"),
            config: harness.config)
        try harness.tick("2026-11-30", "09:01")
        #expect(try manifest().edition == "phase:mobilisation")
        let index = String(decoding: FileManager.default.contents(atPath: "\(site)/index.html")!, as: UTF8.self)
        #expect(index.contains("自查自纠") && index.contains("动员部署阶段结束时发布"), "\(index)")
        #expect(try Self.verifyBoth(site, key: try Self.key(harness)).swift == 0)

        // Into summing-up: the gate into closed waits for the final publication, written at the
        // next check; closing publishes the campaign's final edition.
        func advance(_ step: CampaignStep, _ time: String) throws {
            _ = try harness.engine.advanceCampaign(
                to: step, reason: "阶段结束", actor: "uid 0 (root)", now: harness.at("2026-11-30", time),
                config: harness.config)
        }
        let plan = try #require(harness.config.campaign)
        try CampaignEngineTests.lockForms(harness)
        try advance(.supervision, "09:02")
        try harness.tick("2026-11-30", "09:03")
        try advance(.summingUp, "09:04")
        #expect(try harness.engine.nextGate(plan)?.blockers.map(\.code) == ["final-publication"])
        #expect(throws: (any Error).self) { try advance(.closed, "09:04") }
        try harness.tick("2026-11-30", "09:05")
        #expect(try manifest().edition == "phase:supervision")
        #expect(try harness.engine.nextGate(plan)?.blockers.isEmpty == true)
        try advance(.closed, "09:06")
        try harness.tick("2026-11-30", "09:07")
        #expect(try manifest().edition == "final")
        #expect(try Self.verifyBoth(site, key: try Self.key(harness)).swift == 0)
    }

    @Test func anInterruptedWriteLeavesTheOldSiteWholeAndIsClearedAway() throws {
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "18:00")
        let site = Self.site(harness)
        let before = try #require(FileManager.default.contents(atPath: "\(site)/manifest.json"))
        let key = try PublicationKey.privateKey(state: harness.config.paths.state, create: false)
        // A write that fails half-way (a file it cannot write): the old site stays as it was.
        #expect(throws: (any Error).self) {
            try PublicationWriter.write(
                ["index.html": Array("new".utf8), "../outside.html": []], into: harness.config.paths.publicRecords,
                privateKey: key, published: Date(), edition: "daily", chainHead: nil)
        }
        let root = harness.config.paths.publicRecords
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root).contains { $0.hasPrefix(".publication-new-") })
        #expect(FileManager.default.contents(atPath: "\(site)/manifest.json") == before)
        #expect(!FileManager.default.fileExists(atPath: "\(root)/outside.html"))
        #expect(try Self.verifyBoth(site, key: try Self.key(harness)).swift == 0)
        // The next check clears the leftover away.
        try harness.tick("2026-12-01", "18:30")
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: root).contains { $0.hasPrefix(".publication") }))
    }

    @Test func thePhaseEndAndTheLanguageAreAsConfigured() throws {
        let harness = try Harness(
            pools: """
                [[pool]]
                name = "county"
                targets_per_day = 3
                draw_time = "07:00"
                reveal_time = "08:00"
                [publication]
                language = "en"
                """)
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "18:00")
        let html = String(
            decoding: FileManager.default.contents(atPath: "\(Self.site(harness))/index.html")!, as: UTF8.self)
        #expect(html.contains("lang=\"en\"") && html.contains("Inspection draws and results"))
        #expect(throws: (any Error).self) {
            try DaemonConfig.parse(
                Array(
                    "[[pool]]\nname = \"a\"\ndraw_time = \"07:00\"\nreveal_time = \"08:00\"\n[publication]\nlanguage = \"fr\"\n"
                        .utf8), file: "x.toml")
        }
    }
}

/// Debian's chromium, when installed.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}

/// The site in a real browser: Debian's chromium, headless, from the folder with no server.
@Suite(
    .enabled(
        if: Chromium.path != nil || ProcessInfo.processInfo.environment["CI"] == "true",
        "SKIPPED: chromium is not installed (apt-get install -y chromium, as scripts/setup.sh does); the publication's browser checks did not run"
    ))
struct PublicationBrowserTests {
    static var chromium: String? { Chromium.path }

    /// Runs chromium headless on a file; returns its standard output.
    static func runChromium(_ arguments: [String], url: String) throws -> (status: Int32, output: String) {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chromium-profile-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium!)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=\(profile.path)", "--window-size=1280,900",
            ] + arguments + [url]
        let outputPath = profile.path + ".out"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let output = try #require(FileHandle(forWritingAtPath: outputPath))
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try output.close()
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Width, height and the share of pixels that differ from the top-left one, from a PNG
    /// decoded by Python's zlib (8-bit RGB or RGBA, as chromium writes them).
    static func pngFacts(_ path: String) throws -> (width: Int, height: Int, inked: Double) {
        let script = """
            import struct, sys, zlib
            data = open(sys.argv[1], 'rb').read()
            assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
            pos, idat = 8, b''
            while pos < len(data):
                length, kind = struct.unpack('>I4s', data[pos:pos + 8])
                body = data[pos + 8:pos + 8 + length]
                if kind == b'IHDR':
                    width, height, depth, color = struct.unpack('>IIBB', body[:10])
                if kind == b'IDAT':
                    idat += body
                pos += 12 + length
            channels = {2: 3, 6: 4}[color]
            raw = zlib.decompress(idat)
            stride = width * channels
            rows, prev, pos = [], bytearray(stride), 0
            for _ in range(height):
                kind, line = raw[pos], bytearray(raw[pos + 1:pos + 1 + stride])
                pos += 1 + stride
                for i in range(stride):
                    a = line[i - channels] if i >= channels else 0
                    b = prev[i]
                    c = prev[i - channels] if i >= channels else 0
                    if kind == 1: line[i] = (line[i] + a) & 255
                    elif kind == 2: line[i] = (line[i] + b) & 255
                    elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
                    elif kind == 4:
                        p = a + b - c
                        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                rows.append(bytes(line))
                prev = line
            background = rows[height // 2][0:3]
            inked = sum(1 for row in rows[::4] for x in range(0, stride, channels * 4) if row[x:x + 3] != background)
            total = len(rows[::4]) * len(range(0, stride, channels * 4))
            print(width, height, inked / total)
            """
        let result = try ControlTests.run("/usr/bin/env", ["python3", "-c", script, path])
        let parts = result.output.split(separator: " ")
        guard result.status == 0, parts.count == 3, let width = Int(parts[0]), let height = Int(parts[1]),
            let inked = Double(parts[2].trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw PublicationTestFailure("cannot read \(path): \(result.output)") }
        return (width, height, inked)
    }

    struct PublicationTestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test func theIndexAndARecordPageRenderInHeadlessChromiumAndEveryLinkResolves() throws {
        guard Self.chromium != nil else {
            Issue.record(
                "chromium is not installed but CI=true: scripts/setup.sh must install it (apt-get install -y chromium)")
            return
        }
        let harness = try Harness()
        try harness.tick("2026-12-01", "07:00")
        try harness.tick("2026-12-01", "18:00")
        let site = PublicationWriter.folder(config: harness.config)
        let record = try #require(try harness.store.draws().first?.decodedRecord())
        let shots = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shots-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: shots) }
        for (page, expected) in [
            ("index.html", ["随机抽查与结果公开", "按日期查看抽签", record.teams[0].departmentName]),
            ("draws/2026-12-01/county/index.html", [record.seedCommitment, record.teams[0].members[0].name]),
        ] {
            let url = URL(fileURLWithPath: "\(site)/\(page)").absoluteString
            let dom = try Self.runChromium(["--dump-dom"], url: url)
            #expect(dom.status == 0, "chromium --dump-dom \(page) exited \(dom.status)")
            for text in expected { #expect(dom.output.contains(text), "\(page) as rendered lacks \(text)") }
            #expect(!dom.output.contains("<script"), "\(page) has a script")
            let shot = shots.appendingPathComponent(page.replacing("/", with: "_") + ".png").path
            let taken = try Self.runChromium(["--screenshot=\(shot)"], url: url)
            #expect(taken.status == 0 && FileManager.default.fileExists(atPath: shot), "no screenshot of \(page)")
            let facts = try Self.pngFacts(shot)
            #expect(facts.width == 1280 && facts.height == 900, "\(page): \(facts.width)×\(facts.height)")
            #expect(facts.inked > 0.01 && facts.inked < 0.9, "\(page): \(facts.inked) of the screenshot is drawn")
        }
        // Every link of every page is relative and names a file of the folder.
        var found: [String: String] = [:]
        PublicationManifest.walkFolder(site, into: &found)
        var links = 0
        for page in found.keys where page.hasSuffix(".html") {
            let html = String(decoding: FileManager.default.contents(atPath: "\(site)/\(page)")!, as: UTF8.self)
            for match in html.matches(of: /(?:href|src)="([^"]*)"/) {
                let target = String(match.1)
                #expect(!target.hasPrefix("/") && !target.contains("://"), "\(page): \(target) is not relative")
                let path = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                let decoded = String(path).removingPercentEncoding ?? String(path)
                let base = URL(fileURLWithPath: "\(site)/\(page)").deletingLastPathComponent()
                let resolved = URL(fileURLWithPath: decoded, relativeTo: base).standardizedFileURL.path
                #expect(resolved.hasPrefix(site + "/"), "\(page): \(target) leaves the folder")
                var isFolder: ObjCBool = false
                #expect(
                    FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder) && !isFolder.boolValue,
                    "\(page): \(target) does not resolve to a file")
                links += 1
            }
        }
        #expect(links > 50)
    }
}
