public import SpotcheckCore

/// The `[policy]` section of a TOML file (every key is optional and defaults to `Policy()`'s value;
/// unknown keys are errors), or a policy's canonical text (`spotcheck-policy/2`, as published).
public enum PolicyFile {
    public static func parse(_ bytes: [UInt8], file: String) throws(InputErrors) -> Policy {
        let format = Array((Policy.canonicalFormat + "\n").utf8)
        if bytes.starts(with: format) {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw InputErrors([InputError(file: file, line: 0, message: "is not valid UTF-8")])
            }
            switch Policy.parseCanonical(text) {
            case .success(let policy): return policy
            case .failure(let error):
                throw InputErrors([InputError(file: file, line: error.line, message: error.message)])
            }
        }
        let document = try TOML.parse(bytes, file: file)
        var root = TableReader(document, file: file, name: "")
        let section = root.table("policy")
        var errors = root.finish()
        var policy = Policy()
        if let section {
            let (decoded, problems) = decode(section, file: file, name: "policy")
            policy = decoded
            errors += problems
        } else if errors.isEmpty {
            errors.append(InputError(file: file, line: 1, message: "there is no [policy] section"))
        }
        guard errors.isEmpty else { throw InputErrors(errors.sorted { $0.line < $1.line }) }
        return policy
    }

    /// Decodes a policy table; `name` is how the table is written, for messages.
    public static func decode(
        _ table: TOMLTable, file: String, name: String, base: Policy = Policy()
    )
        -> (Policy, [InputError])
    {
        var reader = TableReader(table, file: file, name: name)
        var policy = base
        policy.targetsPerDraw = reader.integer("targets_per_draw", default: base.targetsPerDraw, range: 1...100_000)
        policy.teamSize = reader.integer("team_size", default: base.teamSize, range: 1...32)
        policy.leadRequired = reader.boolean("lead_required", default: base.leadRequired)
        policy.minHomeDepartments = reader.integer(
            "min_home_departments", default: base.minHomeDepartments, range: 1...32)
        policy.formerDepartmentWindowDays = reader.integer(
            "former_department_window_days", default: base.formerDepartmentWindowDays, range: 0...36_500)
        policy.rotationWindowDays = reader.integer(
            "rotation_window_days", default: base.rotationWindowDays, range: 0...36_500)
        policy.cooldownDays = reader.integer("cooldown_days", default: base.cooldownDays, range: 0...36_500)
        policy.reciprocalBan = reader.boolean("reciprocal_ban", default: base.reciprocalBan)
        policy.baseWeight = reader.integer("base_weight", default: base.baseWeight, range: 0...1_000_000)
        if table.entries["search_budget"] != nil {
            reader.markUsed("search_budget")
            reader.fail(
                "search_budget",
                "is no longer a policy key: since spotcheck-draw/2 every staffing question is answered exactly, "
                    + "with no search budget; delete this line")
        }
        if let weights = reader.table("power_weights") {
            var inner = TableReader(weights, file: file, name: "\(name).power_weights")
            let defaults = base.powerWeights
            policy.powerWeights = Policy.PowerWeights(
                approval: inner.integer("approval", default: defaults.approval, range: 0...1_000_000),
                enforcement: inner.integer("enforcement", default: defaults.enforcement, range: 0...1_000_000),
                fundAllocation: inner.integer("fund-allocation", default: defaults.fundAllocation, range: 0...1_000_000)
            )
            reader.absorb(inner.finish())
        }
        policy.composition = decodeComposition(&reader, table: table, base: base.composition)
        var errors = reader.finish()
        if errors.isEmpty, let composition = policy.composition,
            let problem = composition.problems(policy).first
        {
            let key = problem.hasPrefix("lead_from") ? "lead_from" : "member_from"
            errors.append(
                InputError(
                    file: file, line: max(table.entries[key]?.line ?? table.line, 1), field: "\(name).\(key)",
                    message: problem))
        }
        if errors.isEmpty, policy.minHomeDepartments > policy.teamSize {
            errors.append(
                InputError(
                    file: file, line: max(table.entries["min_home_departments"]?.line ?? table.line, 1),
                    field: "\(name).min_home_departments",
                    message: "is \(policy.minHomeDepartments), more than team_size \(policy.teamSize)"))
        }
        return (policy, errors)
    }
}
