public import SpotcheckCore

/// SplitMix64: a tiny seeded generator for making test and benchmark rosters reproducibly.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Makes rosters of a given shape: departments with powers and required skills, inspectors
/// with former posts, skills and lead qualification, declared conflicts and history.
public struct RosterGenerator: Sendable {
    public var departments: Int
    public var inspectors: Int
    /// Share of inspectors who may lead, in percent.
    public var leadPercent: Int = 20
    /// Share of inspectors with five or more former departments, in percent.
    public var denseFormerPercent: Int = 5
    /// Skills: name, percent of inspectors holding it, percent of departments requiring it.
    public var skills: [(name: String, holders: Int, required: Int)] = [
        ("finance", 15, 20), ("law", 10, 10),
    ]
    /// Declared conflicts per 100 inspectors.
    public var conflictsPer100: Int = 20
    /// Past assignments per 100 inspectors, within the year before `today`.
    public var historyPer100: Int = 50
    public var today: Day = Day(year: 2026, month: 12, day: 1)!
    public var pool = "main"

    public init(departments: Int, inspectors: Int) {
        self.departments = departments
        self.inspectors = inspectors
    }

    static let places = ["城关", "东城", "西城", "南湖", "北山", "河西", "新区", "高新", "临江", "青山"]
    static let bodies = [
        "税务局", "市场监督管理局", "自然资源局", "住房和城乡建设局", "交通运输局", "卫生健康委员会",
        "教育局", "民政局", "人力资源和社会保障局", "生态环境局", "农业农村局", "水利局", "审计局",
        "财政局", "发展和改革局", "应急管理局", "行政审批局", "综合执法局", "医疗保障局", "统计局",
    ]
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾")
    static let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂兰")

    public func make(seed: UInt64) -> Roster {
        var random = SplitMix64(seed: seed)
        func percent(_ p: Int) -> Bool { Int.random(in: 0..<100, using: &random) < p }
        let width = String(max(departments, inspectors)).count
        func id(_ prefix: String, _ number: Int) -> String {
            let digits = String(number)
            return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
        }

        var departmentList: [Department] = []
        for number in 1...departments {
            var powers: [Power] = []
            if percent(30) { powers.append(.approval) }
            if percent(20) { powers.append(.enforcement) }
            if percent(15) { powers.append(.fundAllocation) }
            let required = skills.filter { percent($0.required) }.map(\.name)
            let place = Self.places[number % Self.places.count]
            let body = Self.bodies[(number / Self.places.count) % Self.bodies.count]
            departmentList.append(
                Department(
                    id: id("d", number), name: "\(place)\(body)\(number / (Self.places.count * Self.bodies.count) + 1)",
                    powers: powers, requiredSkills: required, pools: [pool]))
        }

        var inspectorList: [Inspector] = []
        for number in 1...inspectors {
            let home = Int.random(in: 1...departments, using: &random)
            let formerCount =
                percent(denseFormerPercent)
                ? Int.random(in: 5...8, using: &random) : Int.random(in: 0...1, using: &random)
            var former: [FormerPost] = []
            for _ in 0..<formerCount {
                let department = Int.random(in: 1...departments, using: &random)
                guard department != home, !former.contains(where: { $0.department == id("d", department) }) else {
                    continue
                }
                former.append(
                    FormerPost(
                        department: id("d", department),
                        left: today.adding(days: -Int.random(in: 30...2000, using: &random))))
            }
            let name =
                String(Self.surnames[Int.random(in: 0..<Self.surnames.count, using: &random)])
                + String(Self.givenNames[Int.random(in: 0..<Self.givenNames.count, using: &random)])
            inspectorList.append(
                Inspector(
                    id: id("i", number), name: name, login: "insp\(number)", home: id("d", home), former: former,
                    skills: skills.filter { percent($0.holders) }.map(\.name), canLead: percent(leadPercent),
                    unavailable: percent(3) ? [today] : [], dailyCap: 1))
        }

        var conflicts: [Conflict] = []
        for _ in 0..<(inspectors * conflictsPer100 / 100) {
            conflicts.append(
                Conflict(
                    inspector: id("i", Int.random(in: 1...inspectors, using: &random)),
                    department: id("d", Int.random(in: 1...departments, using: &random)),
                    reason: ["亲属任职", "曾被投诉", "同学关系"][Int.random(in: 0..<3, using: &random)]))
        }
        var history: [PastAssignment] = []
        for _ in 0..<(inspectors * historyPer100 / 100) {
            history.append(
                PastAssignment(
                    date: today.adding(days: -Int.random(in: 1...365, using: &random)),
                    inspector: id("i", Int.random(in: 1...inspectors, using: &random)),
                    department: id("d", Int.random(in: 1...departments, using: &random))))
        }
        return Roster(departments: departmentList, inspectors: inspectorList, conflicts: conflicts, history: history)
    }
}
