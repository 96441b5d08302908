import SpotcheckCore
import Testing

@testable import SpotcheckRoster

/// The fast reading of roster files (`ValidRoster`, bytes in place) against the reference
/// reading (`RosterParser.parseReference`, a `String` per field): on every file the reference
/// accepts, the same roster; on every file it refuses, the same errors, since the fast reading
/// then gives way to it.
@Suite struct ValidRosterTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Writes valid roster files in every form the format allows: a BOM or none, LF or CRLF,
    /// fields quoted or not, spaces around fields and list items, doubled quotes, commas and line
    /// breaks inside quoted names, CJK text, yes/no in any case, optional columns, columns in any
    /// order, blank lines, published (hashed) conflicts.
    struct Writer {
        var random: Generator
        var crlf = false

        mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

        mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

        mutating func cell(_ value: String, mustQuote: Bool = false) -> String {
            let padding = chance(15) ? pick([" ", "\t", "  "]) : ""
            if mustQuote || chance(20) {
                let inner = value.replacing("\"", with: "\"\"")
                return padding + "\"" + (chance(20) ? " " : "") + inner + "\"" + (chance(20) ? " " : "")
            }
            return padding + value + padding
        }

        mutating func list(_ items: [String]) -> String {
            var parts = items.map { chance(10) ? " \($0) " : $0 }
            if chance(10) { parts.append("") }
            // A line break next to a separator is trimmed away with the item's spaces.
            return parts.joined(separator: pick([";", ";", ";", " ; ", ";\n", "\r\n;"]))
        }

        mutating func flag(_ value: Bool) -> String {
            value ? pick(["yes", "YES", "Yes", "true", "1", "y", "Y"]) : pick(["no", "No", "false", "0", "n", ""])
        }

        mutating func name() -> String {
            let base = pick(["甲局", "税务局", "市场监督管理局", "王伟", "李娜", "Zhang San", "O'Brien", "Ωmega"])
            return chance(10) ? pick(["\(base), 分局", "\(base) \"东\"", "\(base)\ttab", "\(base)  二部"]) : base
        }

        mutating func date() -> String {
            let day = Day(year: 2026, month: 12, day: 1)!.adding(days: -Int.random(in: 0...2_000, using: &random))
            return day.description
        }

        mutating func file(_ header: [String], _ rows: [[String: String]], quoted: Set<String> = []) -> [UInt8] {
            let eol = crlf ? "\r\n" : "\n"
            var text = (chance(30) ? "\u{FEFF}" : "") + header.map { cell($0) }.joined(separator: ",") + eol
            for row in rows {
                if chance(5) { text += pick(["", "   ", "\t"]) + eol }
                let fields = header.map { column in
                    let value = row[column] ?? ""
                    let needsQuotes = value.utf8.contains(where: {
                        $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D
                    })
                    return cell(value, mustQuote: needsQuotes || quoted.contains(column))
                }
                text += fields.joined(separator: ",") + eol
            }
            if chance(20) { text.removeLast(eol.count) }
            return Array(text.utf8)
        }

        mutating func roster(departments: Int, inspectors: Int) -> RosterFiles {
            crlf = chance(40)
            let skills = ["finance", "law", "engineering", "it"]
            let departmentIDs = (1...departments).map {
                "d-\($0)" + (chance(10) ? "-with-a-long-name-past-fifteen" : "")
            }
            let inspectorIDs = (1...inspectors).map { "i.\($0)" }
            var optional = [String]()
            if chance(50) { optional.append("contacts") }
            if chance(50) { optional.append("address") }
            if chance(50) { optional.append("active") }
            var departmentHeader = RosterParser.departmentColumns + optional
            departmentHeader.shuffle(using: &random)
            var departmentRows: [[String: String]] = []
            for id in departmentIDs {
                var row = [
                    "id": id, "name": name(),
                    "weight": chance(50) ? "" : String(Int.random(in: 0...1_000, using: &random)),
                    "powers": list(
                        Power.allCases.filter { _ in chance(30) }.map(\.rawValue) + (chance(10) ? ["approval"] : [])),
                    "required_skills": list(skills.filter { _ in chance(20) }),
                    "pools": list(["main"] + (chance(20) ? ["key"] : [])),
                ]
                row["contacts"] = list((0..<Int.random(in: 0...2, using: &random)).map { "c\($0)" })
                row["address"] = chance(50) ? "城关路 \(Int.random(in: 1...99, using: &random)) 号" : ""
                row["active"] = chance(10) ? pick(["no", "NO", "false", "0"]) : flag(true)
                departmentRows.append(row)
            }
            var inspectorHeader = RosterParser.inspectorColumns + (chance(50) ? ["active"] : [])
            inspectorHeader.shuffle(using: &random)
            var inspectorRows: [[String: String]] = []
            for (number, id) in inspectorIDs.enumerated() {
                var unavailable: [String] = []
                if chance(20) { unavailable.append(date()) }
                if chance(10) {
                    let start = date()
                    let end = Day(iso: start)!.adding(days: Int.random(in: 0...30, using: &random)).description
                    unavailable.append("\(start)..\(end)")
                }
                inspectorRows.append([
                    "id": id, "name": name(), "login": "user\(number)" + (chance(10) ? "_x.y-z" : ""),
                    "home": pick(departmentIDs),
                    "former": list(
                        (0..<Int.random(in: 0...3, using: &random)).map { _ in "\(pick(departmentIDs))@\(date())" }),
                    "skills": list(skills.filter { _ in chance(25) }), "can_lead": flag(chance(30)),
                    "unavailable": list(unavailable),
                    "daily_cap": chance(70) ? "" : String(Int.random(in: 1...3, using: &random)),
                    "active": chance(5) ? "no" : flag(true),
                ])
            }
            let hashed = chance(30)
            var conflictHeader = hashed ? RosterParser.publishedConflictColumns : RosterParser.conflictColumns
            conflictHeader.shuffle(using: &random)
            let conflictRows = (0..<inspectors / 2).map { _ in
                [
                    "inspector": pick(inspectorIDs), "department": pick(departmentIDs),
                    "reason": pick(["配偶在该单位任职", "曾被投诉, 2024", "同学 \"关系\""]),
                    "reason_sha256": String((0..<64).map { _ in pick(Array("0123456789abcdefABCDEF")) }),
                    "until": chance(50) ? "" : date(),
                ]
            }
            let historyRows = (0..<inspectors / 2).map { _ in
                ["date": date(), "inspector": pick(inspectorIDs), "department": pick(departmentIDs)]
            }
            let historyHeader = RosterParser.historyColumns.shuffled(using: &random)
            let withConflicts = chance(80)
            let withHistory = chance(80)
            return RosterFiles(
                departments: .init(name: "departments.csv", bytes: file(departmentHeader, departmentRows)),
                inspectors: .init(name: "inspectors.csv", bytes: file(inspectorHeader, inspectorRows)),
                conflicts: withConflicts
                    ? .init(name: "conflicts.csv", bytes: file(conflictHeader, conflictRows)) : nil,
                history: withHistory
                    ? .init(
                        name: "history.csv",
                        bytes: file(historyHeader, historyRows))
                    : nil)
        }
    }

    enum Outcome: Equatable {
        case roster(Roster, [UInt8])
        case refused([InputError])
    }

    static func reference(_ files: RosterFiles) -> Outcome {
        do {
            let roster = try RosterParser.parseReference(files)
            return .roster(roster, roster.canonicalBytes)
        } catch {
            return .refused(error.errors)
        }
    }

    static func parsed(_ files: RosterFiles) -> Outcome {
        do {
            let roster = try RosterParser.parse(files)
            return .roster(roster, roster.canonicalBytes)
        } catch {
            return .refused(error.errors)
        }
    }

    static func contacts(_ roster: Roster) -> [[String]] { roster.departments.map(\.contacts) }
    static func addresses(_ roster: Roster) -> [[UInt8]] { roster.departments.map { Array($0.address.utf8) } }

    @Test func generatedRostersInEveryFormReadTheSameAsTheReference() throws {
        var writer = Writer(random: Generator(state: 0x5EED_0A11))
        for round in 0..<60 {
            let files = writer.roster(departments: 1 + round % 17, inspectors: 1 + round * 3)
            let fast = try #require(ValidRoster.read(files), "round \(round): the fast reading gave way on valid files")
            let reference = try RosterParser.parseReference(files)
            #expect(fast == reference, "round \(round)")
            #expect(fast.canonicalBytes == reference.canonicalBytes, "round \(round)")
            // Not in the snapshot, compared as bytes.
            #expect(
                Self.contacts(fast) == Self.contacts(reference) && Self.addresses(fast) == Self.addresses(reference))
            #expect(fast.inspectors.map { Array($0.name.utf8) } == reference.inspectors.map { Array($0.name.utf8) })
        }
    }

    @Test func mutatedRostersAreRefusedWithTheReferenceErrorsOrReadTheSame() {
        var writer = Writer(random: Generator(state: 0x5EED_0A12))
        var random = Generator(state: 0x5EED_0A13)
        let tokens: [[UInt8]] =
            [
                "\"", "\"\"", ",", "\n", "\r\n", "\r", ";", " ; ", "@", "..", "\u{FEFF}", "\u{202E}", "\u{0}", "\u{85}",
                "\u{37E}", "\u{212A}", "\u{301}", "YES", "İ", "9999-12-31", "2026-02-29", "999999999", "d-1", "i.1",
                "reason_sha256", "active", "contacts", "approval",
                String(repeating: "a", count: 65),
            ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]
        var refused = 0
        var accepted = 0
        for round in 0..<400 {
            var files = writer.roster(departments: 3, inspectors: 6)
            func mutate(_ bytes: inout [UInt8]) {
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0 where position < bytes.count:
                        bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
                    case 1 where position < bytes.count: bytes.remove(at: position)
                    default:
                        bytes.insert(contentsOf: tokens[Int.random(in: 0..<tokens.count, using: &random)], at: position)
                    }
                }
            }
            switch round % 4 {
            case 0: mutate(&files.departments.bytes)
            case 1: mutate(&files.inspectors.bytes)
            case 2: if files.conflicts != nil { mutate(&files.conflicts!.bytes) }
            default: if files.history != nil { mutate(&files.history!.bytes) }
            }
            let reference = Self.reference(files)
            #expect(Self.parsed(files) == reference, "round \(round)")
            if case .roster(let roster, _) = reference {
                accepted += 1
                if let fast = ValidRoster.read(files) {
                    #expect(fast == roster && Self.addresses(fast) == Self.addresses(roster), "round \(round)")
                }
            } else {
                refused += 1
                #expect(ValidRoster.read(files) == nil, "round \(round): the fast reading accepted a refused file")
            }
        }
        #expect(refused > 100 && accepted > 20)
    }

    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        var random = Generator(state: 0x5EED_0A14)
        let pieces: [[UInt8]] = [
            [0x41], [0x7F], [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0x80],
            [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xFE], [0xFF], Array("张三,".utf8), Array("abcdefghijklmnop".utf8),
        ]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                let piece = pieces[Int.random(in: 0..<pieces.count, using: &random)]
                bytes += Int.random(in: 0..<4, using: &random) == 0 ? Array(piece.prefix(1)) : piece
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Check.isValid) == expected, "\(bytes)")
        }
    }

    @Test func aQuotedFieldWithDoubledQuotesAndALineBreakKeepsItsLineNumbers() throws {
        func files(_ name: String) -> RosterFiles {
            let departments =
                "id,name,weight,powers,required_skills,pools\r\nd1,\"\(name)\",,,,main\r\n\r\nd2,乙,x,,,main"
            let inspectors =
                "\u{FEFF}id,name,login,home,former,skills,can_lead,unavailable,daily_cap\ni1,\"X, Y\",x,d1,d2@2026-01-01,,YES,,\n"
            return RosterFiles(
                departments: .init(name: "departments.csv", bytes: Array(departments.utf8)),
                inspectors: .init(name: "inspectors.csv", bytes: Array(inspectors.utf8)))
        }
        // The weight of d2 is refused on line 4 (a blank line before it), whether or not the
        // quoted name before it spans two lines.
        for (name, line) in [("甲 \"\"东\"\" 局", 4), ("甲\n局", 5)] {
            let broken = files(name)
            #expect(ValidRoster.read(broken) == nil)
            let refusal = Self.parsed(broken)
            #expect(refusal == Self.reference(broken))
            guard case .refused(let errors) = refusal else {
                Issue.record("accepted \(name.debugDescription)")
                continue
            }
            #expect(errors.last?.line == line && errors.last?.field == "weight")
        }
        let valid = try #require(
            ValidRoster.read(
                RosterFiles(
                    departments: .init(
                        name: "d.csv",
                        bytes: Array(
                            "id,name,weight,powers,required_skills,pools\r\nd1,\"甲 \"\"东\"\"局\" ,,,,main\r\n".utf8)),
                    inspectors: .init(
                        name: "i.csv",
                        bytes: Array(
                            "\u{FEFF}id,name,login,home,former,skills,can_lead,unavailable,daily_cap\ni1,\"X, Y\",x,d1,,,YES,,"
                                .utf8)))))
        #expect(valid.departments.map(\.name) == ["甲 \"东\"局"])
        #expect(valid.inspectors.first?.name == "X, Y" && valid.inspectors.first?.canLead == true)
    }
}
