import Foundation
import SpotcheckCore
import SpotcheckRoster
import Testing

@testable import SpotcheckDaemon

/// A pool's name is a folder of the public site (`DATE/POOL`, an order's `DATE/POOL-ordered-ID`)
/// on every copy of it: spotcheckd's configuration refuses a name that could be another's folder
/// (`-ordered`, the ledger's draw pool), leave the day's folder (`.`, `..`), clash where case is
/// not told apart (`County` beside `county`) or be a Windows device (`con`, `com1`).
@Suite struct PoolNameTests {
    static func config(pools: [String], extra: String = "") -> String {
        var text = """
            [paths]
            state = "state"
            roster = "\(Harness.county)"
            [calendar]
            time_zone = "Asia/Shanghai"
            \(extra)

            """
        for name in pools {
            text += """
                [[pool]]
                name = "\(name)"
                draw_time = "07:00"
                reveal_time = "08:00"

                """
        }
        return text
    }

    /// The problems `DaemonConfig.parse` finds, one a line, or "" when it takes the file.
    static func problems(_ text: String) -> String {
        do {
            _ = try DaemonConfig.parse(Array(text.utf8), file: "spotcheckd.toml")
            return ""
        } catch {
            return error.errors.map(\.description).joined(separator: "\n")
        }
    }

    @Test func theRuleTakesPlainLowerCaseNamesOnly() {
        for good in ["county", "key-posts", "self_check", "2026-spring", "con1", "comx", "lpt10", "ordered"] {
            #expect(PoolName.problem(good, quoted: good) == nil, "\(good)")
        }
        for bad in [
            "", ".", "..", "County", "COUNTY", "a.b", "-x", "_x", "a b", "county-ordered-3", "x-ordered",
            "con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9", "nul.tar", "水务",
            String(repeating: "a", count: 65),
        ] {
            #expect(PoolName.problem(bad, quoted: bad) != nil, "\(bad)")
        }
    }

    @Test func theConfigurationRefusesEachNameWithItsLineAndRule() {
        #expect(Self.problems(Self.config(pools: ["county", "key-posts"])) == "")
        for (name, rule) in [
            ("county-ordered-3", "'-ordered' is kept for the folders of orders"),
            ("..", "use 1-64 lower-case ASCII letters"), (".", "use 1-64 lower-case ASCII letters"),
            ("County", "use 1-64 lower-case ASCII letters"), ("con", "it is a device name on Windows"),
            ("com1", "it is a device name on Windows"), ("nul.x", "use 1-64 lower-case ASCII letters"),
        ] {
            let said = Self.problems(Self.config(pools: ["county", name]))
            #expect(
                said.contains("spotcheckd.toml:") && said.contains("pool.name: '\(name)' is not a pool name: \(rule)"),
                "\(name): \(said)")
        }
        // The ledger's draws are recorded under their own name, 'ledger' unless set.
        let ledger = Self.problems(Self.config(pools: ["county", "ledger"]))
        #expect(ledger.contains("pool.name: pool 'ledger' has the name the ledger's draws"), "\(ledger)")
        let named = Self.problems(Self.config(pools: ["county", "checks"], extra: "[ledger]\ndraw_pool = \"checks\""))
        #expect(named.contains("pool 'checks' has the name the ledger's draws"), "\(named)")
        #expect(Self.problems(Self.config(pools: ["ledger"], extra: "[ledger]\ndraw_pool = \"checks\"")) == "")
        for pool in ["Checks", "checks-ordered-1", "nul"] {
            let said = Self.problems(Self.config(pools: ["county"], extra: "[ledger]\ndraw_pool = \"\(pool)\""))
            #expect(said.contains("ledger.draw_pool: '\(pool)' is not a pool name"), "\(pool): \(said)")
        }
    }

    @Test func checkConfigExitsWith78NamingThePoolAndTheRuleInBothLanguages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pool-name-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("spotcheckd.toml").path
        try Self.config(pools: ["county", "county-ordered-3"]).write(toFile: path, atomically: true, encoding: .utf8)
        let english = try ControlTests.run(
            DaemonProcess.binary.path, ["--check-config", "--config", path], in: folder)
        #expect(english.status == 78, "\(english.output)")
        #expect(english.output.contains("pool.name: 'county-ordered-3' is not a pool name"), "\(english.output)")
        let chinese = try ControlTests.run(
            DaemonProcess.binary.path, ["--check-config", "--config", path], environment: ["LANG": "zh_CN.UTF-8"],
            in: folder)
        #expect(chinese.status == 78, "\(chinese.output)")
        #expect(
            chinese.output.contains("pool.name: 'county-ordered-3' 不能作抽签池名称：'-ordered' 留作指定检查抽签的目录名"),
            "\(chinese.output)")
    }

    @Test func theRostersPoolsColumnTakesPoolNamesOnly() throws {
        let departments = """
            id,name,weight,powers,required_skills,pools
            d-a,水务局,3,,,county;County
            d-b,财政局,3,,,county-ordered-3
            d-c,发改委,3,,,county;key-posts

            """
        let inspectors = """
            id,name,login,home,former,skills,can_lead,unavailable,daily_cap
            i1,张三,zhangsan,d-a,,,1,,1

            """
        let text = try RosterInvisibleMarkTests.inputProblems(departments: departments, inspectors: inspectors)
        #expect(text.contains("departments.csv:2:6: pools: 'County' is not a pool name"), "\(text)")
        #expect(text.contains("departments.csv:3:6: pools: 'county-ordered-3' is not a pool name"), "\(text)")
        #expect(!text.contains("departments.csv:4:"), "\(text)")
    }
}
