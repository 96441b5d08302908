/// The rules of a draw: how many targets, how teams are made, and which recusal windows apply.
public struct Policy: Sendable, Hashable, Codable {
    /// How many departments a draw picks.
    public var targetsPerDraw: Int
    /// Inspectors per team.
    public var teamSize: Int
    /// Whether every team needs a member qualified to lead.
    public var leadRequired: Bool
    /// The fewest distinct home departments among a team's members.
    public var minHomeDepartments: Int
    /// Days after leaving a department during which an inspector may not inspect it.
    public var formerDepartmentWindowDays: Int
    /// Days after inspecting a department before the same inspector may inspect it again.
    public var rotationWindowDays: Int
    /// Days after an inspection before the department may be drawn again.
    public var cooldownDays: Int
    /// No department inspects one that inspects it in the same round.
    public var reciprocalBan: Bool
    /// Weight of a department with no powers and no weight of its own.
    public var baseWeight: Int
    /// Weight added for each power a department holds, when it has no weight of its own.
    public var powerWeights: PowerWeights
    /// The team-composition rule (`lead_from`, `member_from`); nil when the policy has none.
    public var composition: Composition?

    public struct PowerWeights: Sendable, Hashable, Codable {
        public var approval: Int
        public var enforcement: Int
        public var fundAllocation: Int

        public init(approval: Int = 2, enforcement: Int = 2, fundAllocation: Int = 2) {
            self.approval = approval
            self.enforcement = enforcement
            self.fundAllocation = fundAllocation
        }

        public subscript(power: Power) -> Int {
            switch power {
            case .approval: approval
            case .enforcement: enforcement
            case .fundAllocation: fundAllocation
            }
        }
    }

    public init(
        targetsPerDraw: Int = 5, teamSize: Int = 3, leadRequired: Bool = true, minHomeDepartments: Int = 2,
        formerDepartmentWindowDays: Int = 730, rotationWindowDays: Int = 180, cooldownDays: Int = 30,
        reciprocalBan: Bool = true, baseWeight: Int = 1, powerWeights: PowerWeights = PowerWeights(),
        composition: Composition? = nil
    ) {
        self.targetsPerDraw = targetsPerDraw
        self.teamSize = teamSize
        self.leadRequired = leadRequired
        self.minHomeDepartments = minHomeDepartments
        self.formerDepartmentWindowDays = formerDepartmentWindowDays
        self.rotationWindowDays = rotationWindowDays
        self.cooldownDays = cooldownDays
        self.reciprocalBan = reciprocalBan
        self.baseWeight = baseWeight
        self.powerWeights = powerWeights
        self.composition = composition?.orNil
    }

    /// The weight a department is drawn with: its own, or the base weight plus its powers'.
    public func weight(of department: Department) -> Int {
        if let own = department.weight { return own }
        return department.powers.reduce(baseWeight) { $0 + powerWeights[$1] }
    }

    /// The problems with this policy, each naming the field at fault; empty when it is usable.
    public func problems() -> [String] {
        var problems: [String] = []
        if targetsPerDraw < 1 { problems.append("targets_per_draw must be at least 1 (is \(targetsPerDraw))") }
        if teamSize < 1 || teamSize > 32 { problems.append("team_size must be from 1 to 32 (is \(teamSize))") }
        if minHomeDepartments < 1 || minHomeDepartments > teamSize {
            problems.append("min_home_departments must be from 1 to team_size (is \(minHomeDepartments))")
        }
        for (name, value) in [
            ("former_department_window_days", formerDepartmentWindowDays),
            ("rotation_window_days", rotationWindowDays), ("cooldown_days", cooldownDays),
            ("base_weight", baseWeight), ("power_weights.approval", powerWeights.approval),
            ("power_weights.enforcement", powerWeights.enforcement),
            ("power_weights.fund-allocation", powerWeights.fundAllocation),
        ] where value < 0 || value > 1_000_000 {
            problems.append("\(name) must be from 0 to 1000000 (is \(value))")
        }
        if let composition { problems += composition.problems(self) }
        return problems
    }

    /// The canonical text of the policy (`spotcheck-policy/2`): a first line naming the format,
    /// then one `key<TAB>value<LF>` line per key in a fixed order, integers in decimal and flags as
    /// `true`/`false`. Its SHA-256 is the policy hash a draw commits to.
    public var canonicalText: String {
        var text = Policy.canonicalFormat + "\n"
        for (key, value) in canonicalFields { text += "\(key)\t\(value)\n" }
        for (key, value) in composition?.canonicalFields ?? [] { text += "\(key)\t\(value)\n" }
        return text
    }

    /// The keys and values of the canonical text, in its order.
    public var canonicalFields: [(key: String, value: String)] {
        [
            ("targets_per_draw", String(targetsPerDraw)), ("team_size", String(teamSize)),
            ("lead_required", String(leadRequired)), ("min_home_departments", String(minHomeDepartments)),
            ("former_department_window_days", String(formerDepartmentWindowDays)),
            ("rotation_window_days", String(rotationWindowDays)), ("cooldown_days", String(cooldownDays)),
            ("reciprocal_ban", String(reciprocalBan)), ("base_weight", String(baseWeight)),
            ("power_weights.approval", String(powerWeights.approval)),
            ("power_weights.enforcement", String(powerWeights.enforcement)),
            ("power_weights.fund-allocation", String(powerWeights.fundAllocation)),
        ]
    }

    /// SHA-256 of `canonicalText` in lowercase hex: what a commitment binds.
    public var hash: String {
        sha256Hex(Array(canonicalText.utf8))
    }

    public static let canonicalFormat = "spotcheck-policy/2"

    /// Reads a canonical policy text back; `nil` with the line at fault when it is not one.
    public static func parseCanonical(_ text: String) -> Result<Policy, CanonicalPolicyError> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else {
            return .failure(.init(line: lines.count, message: "the text must end with a line break"))
        }
        lines.removeLast()
        guard lines.first == Substring(canonicalFormat) else {
            return .failure(.init(line: 1, message: "the first line must be \(canonicalFormat)"))
        }
        let keys = Policy().canonicalFields.map(\.key)
        let extra = lines.count > keys.count + 1 ? Array(lines[(keys.count + 1)...]) : []
        if !extra.isEmpty { lines.removeLast(extra.count) }
        guard lines.count == keys.count + 1 else {
            return .failure(.init(line: lines.count, message: "expected \(keys.count) lines after the first"))
        }
        var values: [String: String] = [:]
        for (offset, key) in keys.enumerated() {
            let parts = lines[offset + 1].split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0] == Substring(key) else {
                return .failure(.init(line: offset + 2, message: "expected '\(key)<TAB>value'"))
            }
            values[key] = String(parts[1])
        }
        var policy = Policy()
        func integer(_ key: String) -> Int? {
            guard let text = values[key], !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                text.utf8.count <= 9, text == "0" || !text.hasPrefix("0")
            else { return nil }
            return Int(text)
        }
        func flag(_ key: String) -> Bool? {
            switch values[key] {
            case "true": true
            case "false": false
            default: nil
            }
        }
        for (offset, key) in keys.enumerated() {
            let ok: Bool
            switch key {
            case "lead_required", "reciprocal_ban":
                ok = flag(key) != nil
            default:
                ok = integer(key) != nil
            }
            if !ok { return .failure(.init(line: offset + 2, message: "'\(values[key] ?? "")' is not a valid \(key)")) }
        }
        policy.targetsPerDraw = integer("targets_per_draw")!
        policy.teamSize = integer("team_size")!
        policy.leadRequired = flag("lead_required")!
        policy.minHomeDepartments = integer("min_home_departments")!
        policy.formerDepartmentWindowDays = integer("former_department_window_days")!
        policy.rotationWindowDays = integer("rotation_window_days")!
        policy.cooldownDays = integer("cooldown_days")!
        policy.reciprocalBan = flag("reciprocal_ban")!
        policy.baseWeight = integer("base_weight")!
        policy.powerWeights = PowerWeights(
            approval: integer("power_weights.approval")!, enforcement: integer("power_weights.enforcement")!,
            fundAllocation: integer("power_weights.fund-allocation")!)
        switch parseCompositionLines(extra, firstLine: keys.count + 2) {
        case .success(let composition): policy.composition = composition
        case .failure(let error): return .failure(error)
        }
        if let problem = policy.problems().first { return .failure(.init(line: 0, message: problem)) }
        return .success(policy)
    }
}

/// Why a text is not a canonical policy text.
public struct CanonicalPolicyError: Error, Sendable, Hashable {
    /// 1-based line; 0 for the policy as a whole.
    public var line: Int
    public var message: String
}
