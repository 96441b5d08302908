import Glibc
import Testing

@testable import SpotcheckCore
@testable import SpotcheckRoster

@Suite struct CSVTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n  spaced  ,2,3\n"
        let rows = try CSV.parse(Array(text.utf8), file: "t.csv")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["spaced", "2", "3"]])
        #expect(rows.map(\.line) == [1, 2, 5])
    }

    @Test func skipsAByteOrderMark() throws {
        let rows = try CSV.parse([0xEF, 0xBB, 0xBF] + Array("id\nx\n".utf8), file: "t.csv")
        #expect(rows.first?.fields == ["id"])
    }

    @Test func refusesBytesThatAreNotUTF8WithLineAndColumn() {
        let bytes = Array("id,name\nd1,ok\nd2,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(
            throws: InputErrors([
                InputError(file: "t.csv", line: 3, column: 2, message: "is not valid UTF-8; save the file as UTF-8")
            ])
        ) {
            try CSV.parse(bytes, file: "t.csv")
        }
    }

    @Test func refusesAnUnclosedQuote() {
        #expect(throws: InputErrors.self) { try CSV.parse(Array("a\n\"open\n".utf8), file: "t.csv") }
    }
}

@Suite struct RosterParserTests {
    static let departments = """
        id,name,weight,powers,required_skills,pools
        d-a,甲局,,approval;enforcement,law,county
        d-b,乙局,3,,,county;key
        d-c,丙局,0,fund-allocation,finance,county

        """
    static let inspectors = """
        id,name,login,home,former,skills,can_lead,unavailable,daily_cap
        i1,张三,zhangsan,d-a,d-b@2025-06-30,law;finance,yes,2026-12-01..2026-12-03;2026-12-10,
        i2,李四,lisi,d-b,,,no,,2

        """

    static func files(
        departments: String = departments, inspectors: String = inspectors, conflicts: String? = nil,
        history: String? = nil
    ) -> RosterFiles {
        RosterFiles(
            departments: .init(name: "departments.csv", bytes: Array(departments.utf8)),
            inspectors: .init(name: "inspectors.csv", bytes: Array(inspectors.utf8)),
            conflicts: conflicts.map { .init(name: "conflicts.csv", bytes: Array($0.utf8)) },
            history: history.map { .init(name: "history.csv", bytes: Array($0.utf8)) })
    }

    static func errors(_ files: RosterFiles) -> [InputError] {
        do {
            _ = try RosterParser.parse(files)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func readsEveryColumn() throws {
        let roster = try RosterParser.parse(
            Self.files(
                conflicts: "inspector,department,reason,until\ni2,d-a,配偶在该单位任职,2027-01-31\n",
                history: "date,inspector,department\n2026-10-01,i1,d-c\n"))
        #expect(roster.departments.count == 3)
        let a = roster.departments[0]
        #expect(
            a.name == "甲局" && a.weight == nil && a.powers == [.approval, .enforcement] && a.requiredSkills == ["law"])
        #expect(roster.departments[1].weight == 3 && roster.departments[1].pools == ["county", "key"])
        let first = roster.inspectors[0]
        #expect(first.former == [FormerPost(department: "d-b", left: Day(iso: "2025-06-30")!)])
        #expect(first.skills == ["law", "finance"] && first.canLead && first.dailyCap == 1)
        #expect(first.unavailable.ranges.map(\.description) == ["2026-12-01..2026-12-03", "2026-12-10..2026-12-10"])
        #expect(roster.inspectors[1].dailyCap == 2 && !roster.inspectors[1].canLead)
        #expect(
            roster.conflicts == [
                Conflict(inspector: "i2", department: "d-a", reason: "配偶在该单位任职", until: Day(iso: "2027-01-31"))
            ])
        #expect(roster.history == [PastAssignment(date: Day(iso: "2026-10-01")!, inspector: "i1", department: "d-c")])
    }

    @Test func refusesAnUnknownDepartmentWithFileLineAndColumn() {
        let errors = Self.errors(
            Self.files(inspectors: Self.inspectors + "i3,王五,wangwu,d-zz,,,no,,\n"))
        #expect(
            errors == [
                InputError(
                    file: "inspectors.csv", line: 4, column: 4, field: "home", message: "unknown department 'd-zz'")
            ])
        #expect(errors.first?.description == "inspectors.csv:4:4: home: unknown department 'd-zz'")
    }

    @Test func refusesDuplicateIds() {
        let errors = Self.errors(Self.files(departments: Self.departments + "d-b,又一个,,,,county\n"))
        #expect(errors.count == 1)
        #expect(errors.first?.line == 5 && errors.first?.field == "id")
        #expect(errors.first?.message.contains("already defined on line 3") == true)
    }

    @Test func refusesNegativeAndFractionalWeights() {
        let errors = Self.errors(
            Self.files(departments: Self.departments + "d-x,X,-1,,,county\nd-y,Y,2.5,,,county\nd-z,Z,heavy,,,county\n"))
        #expect(errors.map(\.line) == [5, 6, 7])
        #expect(errors.allSatisfy { $0.column == 3 && $0.field == "weight" })
    }

    @Test func refusesBadDates() {
        let errors = Self.errors(
            Self.files(history: "date,inspector,department\n2026-02-30,i1,d-a\n2026/10/01,i1,d-a\n"))
        #expect(errors.map(\.line) == [2, 3])
        #expect(errors.allSatisfy { $0.file == "history.csv" && $0.field == "date" })
    }

    @Test func refusesAWrongColumnCount() {
        let errors = Self.errors(Self.files(departments: Self.departments + "d-x,X,1,,county\n"))
        #expect(errors.count == 1)
        #expect(errors.first?.line == 5)
        #expect(errors.first?.message.contains("has 5 fields, the header has 6") == true)
    }

    @Test func refusesAFileThatIsNotUTF8() {
        var bytes = Array(Self.departments.utf8)
        bytes += [0xFF, 0xFE] + Array(",X,1,,,county\n".utf8)
        let files = RosterFiles(
            departments: .init(name: "departments.csv", bytes: bytes),
            inspectors: .init(name: "inspectors.csv", bytes: Array(Self.inspectors.utf8)))
        let errors = Self.errors(files)
        #expect(errors.first?.line == 5 && errors.first?.column == 1)
        #expect(errors.first?.message.contains("UTF-8") == true)
    }

    @Test func refusesAMissingOrUnknownHeaderColumn() {
        let errors = Self.errors(Self.files(departments: "id,name,weight,powers,skills,pools\nd-a,A,,,,county\n"))
        #expect(errors.contains { $0.message.contains("unknown column 'skills'") && $0.column == 5 })
        #expect(errors.contains { $0.message.contains("no column 'required_skills'") })
    }

    @Test func reportsEveryProblemAtOnce() {
        let errors = Self.errors(
            Self.files(
                departments: Self.departments + "d-x,X,-1,,,county\n",
                inspectors: Self.inspectors + "i9,赵六,zhaoliu,d-a,,,maybe,,0\n"))
        #expect(errors.count == 3)
    }

    @Test func theExampleCountyParses() throws {
        let folder = "deploy/examples/county"
        func read(_ name: String) throws -> [UInt8] {
            try #require(FileReader.read("\(folder)/\(name)"))
        }
        let roster = try RosterParser.parse(
            RosterFiles(
                departments: .init(name: "departments.csv", bytes: try read("departments.csv")),
                inspectors: .init(name: "inspectors.csv", bytes: try read("inspectors.csv")),
                conflicts: .init(name: "conflicts.csv", bytes: try read("conflicts.csv")),
                history: .init(name: "history.csv", bytes: try read("history.csv"))))
        #expect(roster.departments.count == 40)
        #expect(roster.inspectors.count == 150)
        let policy = try PolicyFile.parse(try read("policy.toml"), file: "policy.toml")
        #expect(policy.targetsPerDraw == 5 && policy.teamSize == 3)
    }
}

@Suite struct PolicyFileTests {
    static func parse(_ text: String) throws(InputErrors) -> Policy {
        try PolicyFile.parse(Array(text.utf8), file: "p.toml")
    }

    @Test func readsEveryKeyAndKeepsDefaultsForTheRest() throws {
        let policy = try Self.parse(
            """
            # comment
            [policy]
            targets_per_draw = 7
            team_size = 4   # trailing comment
            reciprocal_ban = false

            [policy.power_weights]
            fund-allocation = 9
            """)
        #expect(policy.targetsPerDraw == 7 && policy.teamSize == 4 && !policy.reciprocalBan)
        #expect(
            policy.powerWeights.fundAllocation == 9 && policy.powerWeights.approval == Policy().powerWeights.approval)
        #expect(policy.minHomeDepartments == Policy().minHomeDepartments)
    }

    @Test func refusesUnknownKeysWithTheirLine() {
        #expect(
            throws: InputErrors([
                InputError(file: "p.toml", line: 3, field: "policy.team_sise", message: "unknown key in [policy]")
            ])
        ) {
            try Self.parse("[policy]\ntargets_per_draw = 2\nteam_sise = 3\n")
        }
    }

    @Test func refusesWrongTypesAndRanges() {
        do {
            _ = try Self.parse("[policy]\nteam_size = \"three\"\ncooldown_days = -4\nlead_required = 1\n")
            Issue.record("accepted a bad policy")
        } catch {
            #expect(error.errors.map(\.line) == [2, 3, 4])
            #expect(error.description.contains("p.toml:2: policy.team_size: must be an integer, not a string"))
        }
    }

    @Test func refusesSyntaxErrorsWithTheirLine() {
        do {
            _ = try Self.parse("[policy]\nteam_size = 3 4\n")
            Issue.record("accepted a bad line")
        } catch {
            #expect(error.errors.first?.line == 2)
        }
        #expect(throws: InputErrors.self) { try Self.parse("[policy]\n[policy]\n") }
        #expect(throws: InputErrors.self) { try Self.parse("[policy]\na = {b = 1}\n") }
    }
}

/// Reads fixture files relative to the package root, where `swift test` runs.
enum FileReader {
    static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }
}

@Suite struct CSVGrammarTests {
    static func rows(_ text: String) throws(InputErrors) -> [[String]] {
        try CSV.parse(Array(text.utf8), file: "t.csv").map(\.fields)
    }

    @Test func spacesAndTabsAroundQuotedFieldsAreDropped() throws {
        #expect(try Self.rows("a, \"胡超\" ,\t\"x, y\"\t,b\n") == [["a", "胡超", "x, y", "b"]])
    }

    @Test func linesOfOnlySpacesAndTabsAreBlank() throws {
        #expect(try Self.rows("a,b\n   \n\t\t\n \t \r\nc,d\n") == [["a", "b"], ["c", "d"]])
        // A quoted empty field is a record, not a blank line.
        #expect(try Self.rows("\"\"\n") == [[""]])
    }

    @Test func quotedLineBreaksCommasAndQuotesSurvive() throws {
        #expect(
            try Self.rows("id,skills\ni1,\"finance;\r\nlaw\"\ni2,\"王 \"\"老王\"\", 伟\"\n")
                == [["id", "skills"], ["i1", "finance;\r\nlaw"], ["i2", "王 \"老王\", 伟"]])
    }

    @Test func aByteOrderMarkAndCRLFAreAccepted() throws {
        #expect(try Self.rows("\u{FEFF}a,b\r\nc,d\r\n") == [["a", "b"], ["c", "d"]])
        #expect(try Self.rows("a,\r\n") == [["a", ""]])
        #expect(try Self.rows("a,") == [["a", ""]])
    }

    @Test func valuesAreTrimmedOfLineBreaksToo() throws {
        #expect(try Self.rows("\"\n x \n\",y\n") == [["x", "y"]])
    }

    @Test(arguments: [
        ("a,b\"c\n", "a quote inside an unquoted field"), ("\"a\" b,c\n", "text after the closing quote"),
        ("a,\"b\n", "never closed"),
    ])
    func malformedFieldsAreNamedWithTheirLine(text: String, message: String) {
        do {
            _ = try Self.rows(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.errors.first?.message.contains(message) == true, "\(error)")
            #expect(error.errors.first?.line == 1)
        }
    }
}

@Suite struct RemovedPolicyKeyTests {
    @Test func searchBudgetIsRefusedWithItsLine() {
        do {
            _ = try PolicyFile.parse(Array("[policy]\nteam_size = 3\nsearch_budget = 2000000\n".utf8), file: "p.toml")
            Issue.record("search_budget was accepted")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors.first?.line == 3)
            #expect(error.errors.first?.field == "policy.search_budget")
            #expect(error.description.contains("delete this line"))
        }
    }

    @Test func aCanonicalPolicyTextIsReadAsAPolicyFile() throws {
        var policy = Policy()
        policy.cooldownDays = 7
        #expect(try PolicyFile.parse(Array(policy.canonicalText.utf8), file: "policy.txt") == policy)
    }
}

@Suite struct PublishedConflictTests {
    @Test func aPublishedConflictsFileCarriesTheReasonHashAndTheSnapshotStaysTheSame() throws {
        let departments = RosterFiles.File(
            name: "departments.csv",
            bytes: Array("id,name,weight,powers,required_skills,pools\nA,甲,,,,p\nB,乙,,,,p\n".utf8))
        let inspectors = RosterFiles.File(
            name: "inspectors.csv",
            bytes: Array("id,name,login,home,former,skills,can_lead,unavailable,daily_cap\nx,X,ux,B,,,yes,,\n".utf8))
        let reason = "配偶在该单位任职"
        let plain = RosterFiles.File(
            name: "conflicts.csv", bytes: Array("inspector,department,reason,until\nx,A,\(reason),\n".utf8))
        let hashed = RosterFiles.File(
            name: "conflicts.csv",
            bytes: Array("inspector,department,reason_sha256,until\nx,A,\(sha256Hex(Array(reason.utf8))),\n".utf8))
        let one = try RosterParser.parse(
            RosterFiles(departments: departments, inspectors: inspectors, conflicts: plain))
        let two = try RosterParser.parse(
            RosterFiles(departments: departments, inspectors: inspectors, conflicts: hashed))
        #expect(one.snapshotHash == two.snapshotHash)
        #expect(two.conflicts[0].reason.isEmpty)
        let bad = RosterFiles.File(
            name: "conflicts.csv", bytes: Array("inspector,department,reason_sha256,until\nx,A,abc,\n".utf8))
        #expect(throws: InputErrors.self) {
            try RosterParser.parse(RosterFiles(departments: departments, inspectors: inspectors, conflicts: bad))
        }
    }
}
