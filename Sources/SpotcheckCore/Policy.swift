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
    /// How many search steps the team solver may take to prove or find a staffing before it
    /// reports the question undecided.
    public var searchBudget: Int

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
        searchBudget: Int = 2_000_000
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
        self.searchBudget = searchBudget
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
        if searchBudget < 1 { problems.append("search_budget must be at least 1 (is \(searchBudget))") }
        return problems
    }
}
