/// The checks a draw makes of its input before it picks anything, run on their own: a daemon
/// runs them on the snapshot before it commits a seed to it, so that a committed draw can always
/// be computed (a draw committed to input it refuses would stay committed, never revealed, and
/// block the day's orders and replacements).
///
/// Everything `draw(_:)` throws for reasons of its input is checked here, in the same order:
/// the policy, the algorithm, the roster's ids and skills (`DrawContext`), the named targets and
/// the hidden slot's place. Only the solver's work is left out.
public func checkDrawInput(_ input: DrawInput) throws(DrawError) {
    let problems = input.policy.problems()
    guard problems.isEmpty else { throw .invalidPolicy(problems) }
    guard DrawRecord.knownAlgorithms.contains(input.algorithm) else { throw .unknownAlgorithm(input.algorithm) }
    let context = try DrawContext(
        roster: input.roster, policy: input.policy, date: input.date,
        dayReciprocal: DayReciprocal.applies(algorithm: input.algorithm))
    _ = try namedTargets(input.fixedTargets, in: context)
    if let hidden = input.hidden {
        guard input.fixedTargets == nil else { throw .hiddenSlot("only a scheduled draw hides a slot") }
        guard context.departmentIndex[hidden.department] != nil else {
            throw .hiddenSlot("'\(hidden.department)' is not a department the pool may draw today")
        }
    }
}

/// How many distinct required skills a draw of `policy` on `roster` works with: the skills the
/// departments require plus one for each `member_from` group of the policy's composition rule
/// (docs/draw-algorithm.md). A draw supports at most `drawSkillLimit`.
public func drawSkillCount(roster: Roster, policy: Policy) -> Int {
    var skills = Set((policy.composition ?? Composition()).memberFrom.map(Composition.skillName))
    for department in roster.departments { skills.formUnion(department.requiredSkills) }
    return skills.count
}

/// The most distinct required skills (the roster's and the composition rule's groups together)
/// one draw supports.
public let drawSkillLimit = 64

/// The departments a targeted draw names, by index in `context`, in the order named (nil for a
/// scheduled draw): refused when none is named, one is unknown, named twice or closed.
func namedTargets(_ names: [String]?, in context: DrawContext) throws(DrawError) -> [Int]? {
    guard let names else { return nil }
    guard !names.isEmpty else { throw .noTargets }
    var seen = Set<String>()
    var indices: [Int] = []
    for name in names {
        guard let index = context.departmentIndex[name] else { throw .unknownTarget(name) }
        guard seen.insert(name).inserted else { throw .duplicateTarget(name) }
        guard context.departments[index].active else { throw .closedTarget(name) }
        indices.append(index)
    }
    return indices
}
