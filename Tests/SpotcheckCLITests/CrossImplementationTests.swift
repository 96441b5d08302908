import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckSimulation
import Testing

/// Writes a roster as CSV the way careless people and spreadsheets do: columns and rows in any
/// order, fields quoted or not with spaces and tabs around them, lists with repeated and empty
/// items and line breaks inside quoted cells, lines of only spaces, CRLF, a byte-order mark.
struct HostileWriter {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &random) < percent
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &random)]
    }

    mutating func padding() -> String {
        pick(["", "", " ", "\t", "  ", " \t "])
    }

    /// One field holding `value` (which has no spaces, tabs or line breaks at its ends).
    mutating func field(_ value: String) -> String {
        let mustQuote = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        if mustQuote || chance(35) {
            let inner = chance(20) ? padding() + value + padding() : value
            return padding() + "\"" + inner.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + padding()
        }
        return chance(30) ? padding() + value + padding() : value
    }

    /// A `;` list of the items, with repeats, empty items, spaces and line breaks between them.
    mutating func list(_ items: [String]) -> String {
        var out = items
        if !out.isEmpty, chance(30) { out.insert(pick(out), at: Int.random(in: 0...out.count, using: &random)) }
        if chance(15) { out.insert("", at: Int.random(in: 0...out.count, using: &random)) }
        var text = ""
        for (index, item) in out.enumerated() {
            if index > 0 { text += pick([";", ";", "; ", " ;", ";\n", ";\r\n "]) }
            text += item
        }
        if !text.isEmpty, chance(10) { text = "\n" + text + pick([";", "\n", ""]) }
        return text
    }

    mutating func days(_ days: [Day]) -> String {
        var items: [String] = []
        var runs: [(Day, Day)] = []
        for day in Set(days).sorted() {
            if let last = runs.last, day.ordinal == last.1.ordinal + 1 {
                runs[runs.count - 1].1 = day
            } else {
                runs.append((day, day))
            }
        }
        for (first, last) in runs {
            if first == last, chance(50) {
                items.append(first.description)
            } else if chance(70) {
                items.append("\(first)..\(last)")
            } else {
                for ordinal in first.ordinal...last.ordinal { items.append(Day(ordinal: ordinal).description) }
            }
            if chance(20) { items.append("\(first)..\(first)") }
        }
        items.shuffle(using: &random)
        return list(items)
    }

    mutating func file(_ header: [String], _ rows: [[String]]) -> [UInt8] {
        let order = Array(header.indices).shuffled(using: &random)
        var lines = [order.map { field(header[$0]) }.joined(separator: ",")]
        for row in rows.shuffled(using: &random) {
            if chance(8) { lines.append(pick(["", " ", "\t", "  \t  "])) }
            lines.append(order.map { field(row[$0]) }.joined(separator: ","))
        }
        var text = chance(30) ? "\u{FEFF}" : ""
        let crlf = chance(40)
        for (index, line) in lines.enumerated() {
            text += line
            if index + 1 < lines.count || chance(70) { text += (crlf || chance(5)) ? "\r\n" : "\n" }
        }
        return Array(text.utf8)
    }

    mutating func write(_ roster: Roster, to folder: URL) throws {
        func save(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        // The optional `active` column: always when some row is inactive, sometimes otherwise.
        let withActive =
            roster.departments.contains { !$0.active } || roster.inspectors.contains { !$0.active } || chance(30)
        let withAddress = roster.departments.contains { !$0.address.isEmpty } || chance(20)
        func active(_ flag: Bool) -> [String] {
            guard withActive else { return [] }
            return [flag ? pick(["", "yes", "Y", "true", "1"]) : pick(["no", "No", "N", "false", "0"])]
        }
        try save(
            "departments.csv",
            file(
                RosterParser.departmentColumns + (withActive ? ["active"] : []) + (withAddress ? ["address"] : []),
                roster.departments.map { d in
                    [
                        d.id, d.name, d.weight.map(String.init) ?? "", list(d.powers.map(\.rawValue)),
                        list(d.requiredSkills), list(d.pools),
                    ] + active(d.active) + (withAddress ? [d.address] : [])
                }))
        var inspectorRows: [[String]] = []
        for i in roster.inspectors {
            let lead = i.canLead ? pick(["yes", "Yes", "TRUE", "1", "y"]) : pick(["no", "N", "false", "0", ""])
            let cap = i.dailyCap == 1 && chance(50) ? "" : String(i.dailyCap)
            inspectorRows.append(
                [
                    i.id, i.name, i.login, i.home, list(i.former.map { "\($0.department)@\($0.left)" }), list(i.skills),
                    lead,
                    days(
                        i.unavailable.ranges.flatMap { range in
                            (range.lower.ordinal...range.upper.ordinal).map { Day(ordinal: $0) }
                        }), cap,
                ] + active(i.active))
        }
        try save(
            "inspectors.csv", file(RosterParser.inspectorColumns + (withActive ? ["active"] : []), inspectorRows))
        try save(
            "conflicts.csv",
            file(
                RosterParser.conflictColumns,
                roster.conflicts.map { [$0.inspector, $0.department, $0.reason, $0.until?.description ?? ""] }))
        try save(
            "history.csv",
            file(
                RosterParser.historyColumns, roster.history.map { [$0.date.description, $0.inspector, $0.department] }))
    }
}

/// One generated case: a roster made harder than the generator's (rare leads and skills, caps,
/// unavailable ranges, the day so far in the history, names with commas and quotes), a policy,
/// dates, seeds and sometimes an order.
struct CrossCase {
    var roster: Roster
    var policyTOML: String
    var draws: [(date: Day, seed: String, targets: [String])]

    init(number: Int) {
        var random = SplitMix64(seed: UInt64(number) &* 7919 &+ 17)
        func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
        // A third of the cases are tight: few inspectors for their departments, so that every
        // blocker of docs/draw-algorithm.md turns up.
        let tight = number % 3 == 2
        var generator =
            tight
            ? RosterGenerator(departments: int(4...14), inspectors: int(6...36))
            : RosterGenerator(departments: int(8...40), inspectors: int(20...160))
        generator.leadPercent = tight ? int(10...70) : int(5...35)
        generator.skills = [("finance", int(5...35), int(5...50)), ("law", int(3...25), int(0...35))]
        generator.conflictsPer100 = tight ? int(20...150) : int(5...60)
        generator.historyPer100 = int(10...120)
        var roster = generator.make(seed: UInt64(number))
        let today = generator.today
        for index in roster.inspectors.indices {
            if chance(10) { roster.inspectors[index].name += pick(["，老王", ", \"老王\"", " \"Q\" 李", "O'Neil, Jr."]) }
            if chance(8) {
                let start = today.adding(days: int(-5...3))
                let range = DayRange(start, start.adding(days: int(0...6)))!
                roster.inspectors[index].unavailable = DaySet(
                    ranges: roster.inspectors[index].unavailable.ranges + [range])
            }
            if chance(10) { roster.inspectors[index].dailyCap = int(2...3) }
            if chance(5), let post = roster.inspectors[index].former.first {
                roster.inspectors[index].former.append(post)  // repeated former post
            }
        }
        for index in roster.departments.indices where chance(10) {
            roster.departments[index].name += pick(["，\"重点\"", ", 分局", "\"A\""])
            if chance(30) { roster.departments[index].weight = int(0...9) }
        }
        // Retired inspectors and closed departments (the `active` column).
        for index in roster.inspectors.indices where chance(6) { roster.inspectors[index].active = false }
        for index in roster.departments.indices where chance(6) { roster.departments[index].active = false }
        for index in roster.departments.indices where chance(15) {
            roster.departments[index].address = pick(["人民路 1 号", "东街 3 号, 2 楼", "\"老楼\" 2 层", "a\\b\tc"])
        }
        for index in roster.conflicts.indices {
            if chance(30) { roster.conflicts[index].reason = pick(["配偶在该单位任职", "同学, \"好友\"", "曾任,领导"]) }
            if chance(20) { roster.conflicts[index].until = today.adding(days: int(-10...30)) }
        }
        // The day so far: teams issued earlier today.
        for _ in 0..<(tight ? int(0...12) : int(0...6)) {
            roster.history.append(
                PastAssignment(
                    date: today, inspector: roster.inspectors[int(0...roster.inspectors.count - 1)].id,
                    department: roster.departments[int(0...roster.departments.count - 1)].id))
        }
        self.roster = roster
        let size = tight ? int(2...5) : int(1...4)
        var lines = ["[policy]", "targets_per_draw = \(tight ? int(2...10) : int(1...8))", "team_size = \(size)"]
        lines.append("lead_required = \(chance(75))")
        lines.append("min_home_departments = \(int(1...size))")
        lines.append("reciprocal_ban = \(chance(70))")
        if chance(50) { lines.append("cooldown_days = \(int(0...60))") }
        if chance(50) { lines.append("rotation_window_days = \(int(0...400))") }
        if chance(30) { lines.append("former_department_window_days = \(int(0...1000))") }
        if chance(30) { lines += ["[policy.power_weights]", "approval = \(int(0...5))"] }
        policyTOML = lines.joined(separator: "\n") + "\n"
        draws = []
        for _ in 0..<2 {
            let date = today.adding(days: pick([0, 0, 1, 3]))
            var seed = ""
            for _ in 0..<4 { seed += String(format: "%016llx", random.next()) }
            var targets: [String] = []
            if chance(20) {
                // A closed department is never ordered (the daemon refuses the order).
                targets = Array(
                    roster.departments.filter(\.active).map(\.id).shuffled(using: &random).prefix(int(1...4)))
            }
            draws.append((date, seed, targets))
        }
    }
}

enum CrossRun {
    /// How many generated rosters the normal suite checks; SPOTCHECK_CROSS_ROSTERS raises it (the
    /// full run uses 500).
    static let rosters = Int(ProcessInfo.processInfo.environment["SPOTCHECK_CROSS_ROSTERS"] ?? "") ?? 16

    /// Draws with the Swift binary and derives with the Python verifier; both byte-identical, and
    /// the same bytes again from a second, differently hostile copy of the roster.
    static func check(_ number: Int, adjust: (inout CrossCase) -> Void = { _ in }) throws {
        var crossCase = CrossCase(number: number)
        adjust(&crossCase)
        let folder = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var copies: [URL] = []
        for copy in 0..<2 {
            let rosterFolder = folder.appendingPathComponent("roster\(copy)")
            try FileManager.default.createDirectory(at: rosterFolder, withIntermediateDirectories: true)
            var writer = HostileWriter(seed: UInt64(number * 2 + copy))
            try writer.write(crossCase.roster, to: rosterFolder)
            try Data(crossCase.policyTOML.utf8).write(to: rosterFolder.appendingPathComponent("policy.toml"))
            copies.append(rosterFolder)
        }
        for (index, draw) in crossCase.draws.enumerated() {
            var arguments = [
                "--date", draw.date.description, "--pool", "main", "--seed", draw.seed, "--json",
            ]
            for target in draw.targets { arguments += ["--target", target] }
            let first = try Run.spotcheck(["draw", "--roster", copies[0].path] + arguments)
            let label = "roster \(number), draw \(index)"
            if first.status != 0, first.stderr.contains("no department of pool") { continue }
            #expect(first.status == 0, "\(label): \(first.stderr)")
            guard first.status == 0 else { continue }
            let second = try Run.spotcheck(["draw", "--roster", copies[1].path] + arguments)
            #expect(second.stdout == first.stdout, "\(label): another row order and quoting changed the record")
            let record = folder.appendingPathComponent("record\(index).json")
            try Data(first.stdout.utf8).write(to: record)
            let seedFile = folder.appendingPathComponent("seed\(index)")
            try Data((draw.seed + "\n").utf8).write(to: seedFile)
            let python = try Run.python([
                record.path, "--seed-file", seedFile.path, "--roster", copies[1].path, "--print",
            ])
            #expect(python.status == 0, "\(label): \(python.stderr)")
            #expect(
                python.stdout == first.stdout, "\(label): verify_draw.py --print differs from spotcheck draw --json")
            try grammarThree(
                label, arguments: arguments, copies: copies, folder: folder, index: index, seedFile: seedFile)
            if let stats = ProcessInfo.processInfo.environment["SPOTCHECK_CROSS_STATS"],
                let record = try? RecordCoding.decodeRecord(Array(first.stdout.utf8), file: "record"),
                let handle = FileHandle(forWritingAtPath: stats)
            {
                // One line per draw: kind, targets, and the blocker codes, for a look at the coverage.
                let codes = record.picks.compactMap { $0.blocker?.code }.joined(separator: " ")
                handle.seekToEndOfFile()
                handle.write(Data("\(record.kind.rawValue) \(record.teams.count) \(codes)\n".utf8))
                try? handle.close()
            }
        }
    }
}

extension CrossRun {
    /// The same draw in snapshot grammar 3 (`--published-roster`, the roster's salts kept in one
    /// file for all its draws): both copies give the same record and the same published files,
    /// and the Python verifier derives the same bytes from the published roster and opens every
    /// commitment with the salts.
    static func grammarThree(
        _ label: String, arguments: [String], copies: [URL], folder: URL, index: Int, seedFile: URL
    ) throws {
        let salts = folder.appendingPathComponent("conflict-salts.csv").path
        var published: [String] = []
        var outputs: [String] = []
        for (copy, roster) in copies.enumerated() {
            let out = folder.appendingPathComponent("published\(index)-\(copy)").path
            let made = try Run.spotcheck(
                ["draw", "--roster", roster.path] + arguments + [
                    "--published-roster", out, "--conflict-salts", salts,
                ])
            #expect(made.status == 0, "\(label), grammar 3: \(made.stderr)")
            guard made.status == 0 else { return }
            published.append(out)
            outputs.append(made.stdout)
        }
        #expect(outputs[1] == outputs[0], "\(label), grammar 3: another row order and quoting changed the record")
        // The published files may keep each copy's order of list items; what they commit to is one.
        let seed = try #require(Seed(hex: arguments[arguments.firstIndex(of: "--seed")! + 1]))
        #expect(
            try OfflineGrammarAndOrderFormTests.roster(published[0]).snapshotHash(seed: seed)
                == OfflineGrammarAndOrderFormTests.roster(published[1]).snapshotHash(seed: seed),
            "\(label), grammar 3: the published rosters of the two copies commit to different snapshots")
        let record = try RecordCoding.decodeRecord(Array(outputs[0].utf8), file: "record")
        #expect(try OfflineGrammarAndOrderFormTests.roster(published[0]).snapshotGrammar == 3)
        let recordFile = folder.appendingPathComponent("record\(index)-g3.json")
        try Data(outputs[0].utf8).write(to: recordFile)
        let python = try Run.python(
            [
                recordFile.path, "--seed-file", seedFile.path, "--roster", published[1], "--policy",
                copies[1].appendingPathComponent("policy.toml").path, "--print",
            ] + (FileManager.default.fileExists(atPath: salts) ? ["--conflict-salts", salts] : []))
        #expect(python.status == 0, "\(label), grammar 3: \(python.stderr)")
        #expect(
            python.stdout == outputs[0],
            "\(label), grammar 3: verify_draw.py --print differs from spotcheck draw --json (\(record.snapshotHash))")
    }
}

@Suite struct CrossImplementationTests {
    @Test(arguments: 0..<CrossRun.rosters)
    func pythonDerivesTheSameBytesAsTheSwiftDrawOnHostileRosters(number: Int) throws {
        try CrossRun.check(number)
    }

    @Test(arguments: ["county", "key-posts"], ["2026-12-01", "2026-12-02", "2026-12-07"])
    func pythonDerivesTheSameBytesOnTheExampleCounty(pool: String, date: String) throws {
        let folder = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in 1...3 {
            let seed = Run.seed(number * 977 + Day(iso: date)!.ordinal)
            let swift = try Run.spotcheck([
                "draw", "--roster", Run.county, "--date", date, "--pool", pool, "--seed", seed, "--json",
            ])
            #expect(swift.status == 0, "\(swift.stderr)")
            let record = folder.appendingPathComponent("record\(number).json")
            try Data(swift.stdout.utf8).write(to: record)
            let seedFile = folder.appendingPathComponent("seed\(number)")
            try Data(seed.utf8).write(to: seedFile)
            let python = try Run.python([record.path, "--seed-file", seedFile.path, "--roster", Run.county, "--print"])
            #expect(python.status == 0, "\(python.stderr)")
            #expect(python.stdout == swift.stdout, "seed \(seed): the two implementations differ")
        }
    }

    @Test func anOrderedCountyDrawAgreesToo() throws {
        let folder = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = Run.seed(5)
        let swift = try Run.spotcheck([
            "draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", seed, "--json", "--target", "d-fagai",
            "--target", "d-shuiwu", "--target", "d-jiaotong",
        ])
        #expect(swift.status == 0, "\(swift.stderr)")
        let record = folder.appendingPathComponent("record.json")
        try Data(swift.stdout.utf8).write(to: record)
        let seedFile = folder.appendingPathComponent("seed")
        try Data(seed.utf8).write(to: seedFile)
        let python = try Run.python([record.path, "--seed-file", seedFile.path, "--roster", Run.county, "--print"])
        #expect(python.stdout == swift.stdout)
    }
}

@Suite struct HandMadeBlockerTests {
    /// Writes a small roster, draws the ordered departments with both implementations and returns
    /// the blocker codes of the Swift record after checking that the bytes agree.
    func blockers(departments: String, inspectors: String, policy: String, targets: [String]) throws -> [String] {
        let folder = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(("id,name,weight,powers,required_skills,pools\n" + departments).utf8).write(
            to: folder.appendingPathComponent("departments.csv"))
        try Data(("id,name,login,home,former,skills,can_lead,unavailable,daily_cap\n" + inspectors).utf8).write(
            to: folder.appendingPathComponent("inspectors.csv"))
        try Data(("[policy]\n" + policy).utf8).write(to: folder.appendingPathComponent("policy.toml"))
        let seed = Run.seed(9)
        var arguments = ["draw", "--roster", folder.path, "--date", "2026-12-01", "--seed", seed, "--json"]
        for target in targets { arguments += ["--target", target] }
        let swift = try Run.spotcheck(arguments)
        #expect(swift.status == 0, "\(swift.stderr)")
        let record = folder.appendingPathComponent("record.json")
        try Data(swift.stdout.utf8).write(to: record)
        let python = try Run.python([record.path, "--seed", seed, "--roster", folder.path, "--print"])
        #expect(python.status == 0, "\(python.stderr)")
        #expect(python.stdout == swift.stdout)
        let decoded = try RecordCoding.decodeRecord(Array(swift.stdout.utf8), file: "record.json")
        return decoded.picks.compactMap { $0.blocker?.code }
    }

    @Test func twoDepartmentsThatWouldInspectEachOtherAreRefusedAsReciprocal() throws {
        let codes = try blockers(
            departments: "A,甲,,,,p\nB,乙,,,,p\n", inspectors: "a1,A1,ua,A,,,yes,,\nb1,B1,ub,B,,,yes,,\n",
            policy: "team_size = 1\nmin_home_departments = 1\nreciprocal_ban = true\n", targets: ["A", "B"])
        #expect(codes == ["reciprocal"])
    }

    @Test func aScarceSkillIsRefusedWithItsHallCertificate() throws {
        let codes = try blockers(
            departments: "A,甲,,,law,p\nB,乙,,,law,p\nC,丙,,,,p\n",
            inspectors: "c1,C1,uc,C,,law,yes,,\nc2,C2,ud,C,,,yes,,\nc3,C3,ue,C,,,yes,,\n",
            policy: "team_size = 1\nmin_home_departments = 1\nlead_required = false\n", targets: ["A", "B"])
        #expect(codes == ["skill-exhausted"])
    }
}

@Suite struct CSVAgreementTests {
    /// The rows verify_draw.py's tokenizer reads from the bytes, or nil when it refuses them.
    func pythonRows(_ bytes: [UInt8]) throws -> [[String]]? {
        let folder = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("t.csv")
        try Data(bytes).write(to: file)
        let script = """
            import importlib.util, json, sys
            spec = importlib.util.spec_from_file_location("v", sys.argv[1])
            v = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(v)
            try:
                print(json.dumps(v.parse_csv(open(sys.argv[2], "rb").read(), "t.csv")))
            except v.InputProblem:
                print("null")
            """
        let result = try Run.run("/usr/bin/env", ["python3", "-c", script, Run.verifier, file.path])
        return try JSONDecoder().decode([[String]]?.self, from: Data(result.stdout.utf8))
    }

    @Test(arguments: [
        "a,b\n", "a,b", "a,\n", "a,", "\"\"\n", "  \n\t\n", "\u{FEFF}x,y\r\n1,2\r\n", " \"a\" ,\t\"b\"\t\n",
        "\"a\nb\",c\r\n", "\"a\"\"b\",\"c,d\"\n", "a\rb,c\n", "a\r\r\n", "\"x\" y,z\n", "a,b\"c\n", "\"open\n",
        "胡超,\"王 \"\"老王\"\", 伟\"\n", ",,\n", "\n\n\n", "\"\",\"\"\n", "a;\"b\n",
    ])
    func bothReadersAgreeOnTrickyBytes(text: String) throws {
        let bytes = Array(text.utf8)
        let swift = try? CSV.parse(bytes, file: "t.csv").map(\.fields)
        #expect(try pythonRows(bytes) == swift, "\(text.debugDescription)")
    }
}
