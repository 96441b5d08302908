/// What an audit of a draw record found.
public struct Verification: Sendable, Hashable {
    /// Every way the record differs from what the seed, roster and policy produce, each naming the
    /// field at fault; empty when it reproduces exactly.
    public var differences: [String]

    public var reproduces: Bool { differences.isEmpty }
}

/// The difference told instead of the snapshot hash's (and the salts') when the seed given is not
/// the one the record commits to: they come from the seed, so theirs would blame the roster.
public let seedDerivedNotChecked =
    "snapshotHash: not checked, nor the salts: the roster's snapshot hash and the salts come from the seed, and this seed is not the one the record commits to (seedCommitment)"

/// The same when the seed is the one the record commits to but not the one the published
/// commitment binds: record.json's seedCommitment was changed to match another seed.
public let seedNotCommittedNotChecked =
    "snapshotHash: not checked, nor the salts: the roster's snapshot hash and the salts come from the seed, and this seed is not the one commitment.json commits to (seedCommitment)"

/// Whether `seed` is the one the record commits to and, given the published commitment, the
/// one it binds too: only then do the roster's snapshot hash and the salts say anything.
public func seedIsCommitted(_ seed: Seed, record: DrawRecord, commitment: Commitment?) -> Bool {
    seed.commitment == record.seedCommitment && (commitment.map { $0.seedCommitment == seed.commitment } ?? true)
}

/// Whether `difference` is a salt's, which only the record's own seed can check (`of this
/// draw's seed`): with another seed it says nothing of the entry (seedDerivedNotChecked).
public func isSeedSaltDifference(_ difference: String) -> Bool {
    difference.contains("of this draw's seed")
}

/// Recomputes the draw from the revealed seed, the roster snapshot and the policy (from a policy
/// file: the record's own copy is never trusted) and compares every field with the record. With
/// `commitment` (the published `commitment.json`), also checks that the record binds exactly it.
public func verify(
    _ record: DrawRecord, seed: Seed, roster: Roster, policy: Policy, commitment: Commitment? = nil
) -> Verification {
    var differences: [String] = []
    if !DrawRecord.knownAlgorithms.contains(record.algorithm) {
        return Verification(differences: [
            "algorithm: the record says '\(record.algorithm)'; this build verifies "
                + DrawRecord.knownAlgorithms.sorted().map { "'\($0)'" }.joined(separator: " and ")
        ])
    }
    if let commitment {
        differences += commitment.differences(from: record.commitment).map { "commitment \($0)" }
    }
    if seed.commitment != record.seedCommitment {
        differences.append(
            "seedCommitment: the record says \(record.seedCommitment), the seed hashes to \(seed.commitment)")
        // The snapshot is salted with the seed: another seed changes its hash, not the roster.
        differences.append(seedDerivedNotChecked)
    } else if !seedIsCommitted(seed, record: record, commitment: commitment) {
        // The record's seedCommitment differs from the published one (named above): the seed
        // agrees with an edited record, so the snapshot would blame the roster wrongly.
        differences.append(seedNotCommittedNotChecked)
    } else {
        let snapshot = roster.snapshotHash(seed: seed)
        if snapshot != record.snapshotHash {
            // Salted with the seed: without a published commitment the seed may be the one changed
            // (with record.json's seedCommitment edited to match it).
            differences.append(
                "snapshotHash: the record says \(record.snapshotHash), the roster and the seed hash to \(snapshot): "
                    + "the roster or the seed is not the one the draw was made on (the snapshot is salted with the seed)"
            )
        }
    }
    if policy.hash != record.policyHash {
        differences.append("policyHash: the record says \(record.policyHash), the policy hashes to \(policy.hash)")
    }
    let theirs = Dictionary(uniqueKeysWithValues: policy.canonicalFields.map { ($0.key, $0.value) })
    for (key, value) in record.policy.canonicalFields where theirs[key] != value {
        differences.append("policy.\(key): the record says \(value), the policy file says \(theirs[key] ?? "nothing")")
    }
    if record.policy.composition != policy.composition {
        differences.append("policy.composition: the record's lead_from/member_from differ from the policy file's")
    }
    if (record.kind == .ordered) != (record.orderedDepartments != nil) {
        differences.append("orderedDepartments: present exactly when the kind is ordered")
    }
    if let visit = record.visit, !Commitment.visitModes.contains(visit) {
        differences.append("visit: '\(visit)' is not a visit mode (open or covert)")
    }
    guard differences.isEmpty else { return Verification(differences: differences) }
    if let hidden = record.hiddenSlot {
        return Verification(differences: [
            "hiddenSlot: the draw hides a complaint-driven slot (\(hidden)); verify it with its opening (verifyHidden)"
        ])
    }

    let recomputed: DrawRecord
    do {
        var input = DrawInput(
            roster: roster, policy: policy, date: record.date, pool: record.pool, seed: seed,
            fixedTargets: record.orderedDepartments, previousRecordHash: record.previousRecordHash,
            visit: record.visit)
        input.algorithm = record.algorithm
        recomputed = try draw(input)
    } catch {
        return Verification(differences: ["the draw cannot be recomputed: \(error)"])
    }
    return Verification(differences: compare(record, recomputed))
}

/// The fields in which `record` differs from `recomputed`, each named. A record without `salt`
/// was made before records carried one and is compared without it.
func compare(_ record: DrawRecord, _ recomputed: DrawRecord) -> [String] {
    var differences: [String] = []
    var recomputed = recomputed
    if record.salt == nil { recomputed.salt = nil }
    func check<T: Equatable>(_ name: String, _ mine: T, _ theirs: T, _ show: (T) -> String) {
        if mine != theirs { differences.append("\(name): the record says \(show(mine)), recomputed \(show(theirs))") }
    }
    check("eligibleDepartments", record.eligibleDepartments, recomputed.eligibleDepartments) { String($0) }
    check("eligibleWeight", record.eligibleWeight, recomputed.eligibleWeight) { String($0) }
    check("picks (count)", record.picks.count, recomputed.picks.count) { String($0) }
    for (index, (mine, theirs)) in zip(record.picks, recomputed.picks).enumerated() where mine != theirs {
        let name = "picks[\(index)]"
        check("\(name).order", mine.order, theirs.order) { String($0) }
        check("\(name).department", mine.department, theirs.department) { $0 }
        check("\(name).weight", mine.weight, theirs.weight) { $0.map(String.init) ?? "nothing" }
        check("\(name).remainingWeight", mine.remainingWeight, theirs.remainingWeight) {
            $0.map(String.init) ?? "nothing"
        }
        check("\(name).ticket", mine.ticket, theirs.ticket) { $0 ?? "nothing" }
        check("\(name).attempt", mine.attempt, theirs.attempt) { $0.map(String.init) ?? "nothing" }
        check("\(name).outcome", mine.outcome, theirs.outcome) { $0.rawValue }
        check("\(name).blocker", mine.blocker, theirs.blocker) { $0.map { "\($0.code) (\($0.message))" } ?? "nothing" }
        check("\(name).replacedBy", mine.replacedBy, theirs.replacedBy) { $0 ?? "nothing" }
    }
    check("teams (count)", record.teams.count, recomputed.teams.count) { String($0) }
    for (index, (mine, theirs)) in zip(record.teams, recomputed.teams).enumerated() where mine != theirs {
        let name = "teams[\(index)]"
        check("\(name).department", mine.department, theirs.department) { $0 }
        check("\(name).departmentName", mine.departmentName, theirs.departmentName) { $0 }
        check("\(name).members", mine.members, theirs.members) { members in
            "[" + members.map { "\($0.inspector) \($0.role.rawValue)" }.joined(separator: ", ") + "]"
        }
    }
    check("shortfall", record.shortfall, recomputed.shortfall) { String($0) }
    if record.salt != recomputed.salt {
        differences.append(
            "salt: the record says \(record.salt ?? "nothing"), recomputed \(recomputed.salt ?? "nothing") "
                + "(HMAC(seed, \"spotcheck/v2/record-salt\"))")
    }
    if differences.isEmpty, record != recomputed {
        differences.append("the record differs from the recomputed one in a field not compared above")
    }
    return differences
}

/// Checks the replacements made to one draw's teams, in order: each names a team of the record and
/// a member of it as it stands, brings in an inspector not on it, and leaves a team that meets
/// every rule in the draw's context: the roster snapshot the draw committed to (the day so far
/// before it) and this draw's teams as they stand. The incoming inspector takes the outgoing one's
/// place and role; a lead must be able to lead. Returns the problems, each naming the entry.
///
/// - Parameter dayReciprocal: whether the reciprocal ban reaches the day so far in the snapshot
///   (`DayReciprocal`); by default, as the record's algorithm says (`spotcheck-draw/3` on, `/2`
///   off). The replacement rule asks without it which inspectors it passes over (ReplacementRule).
public func verifyReplacements(
    _ replacements: [DaySoFar.Replacement], of record: DrawRecord, roster: Roster, policy: Policy,
    dayReciprocal: Bool? = nil
) -> [String] {
    let context: DrawContext
    do {
        context = try DrawContext(
            roster: roster, policy: policy, date: record.date,
            dayReciprocal: dayReciprocal ?? DayReciprocal.applies(algorithm: record.algorithm))
    } catch {
        return ["replacements: the roster cannot be read: \(error)"]
    }
    var teams = record.teams
    var problems: [String] = []
    for (index, replacement) in replacements.enumerated() {
        let name = "replacements[\(index)]"
        if replacement.reason.trimmingSpaces.isEmpty { problems.append("\(name).reason: is empty") }
        if replacement.at.isEmpty { problems.append("\(name).at: is empty") }
        guard let teamIndex = teams.firstIndex(where: { $0.department == replacement.department }) else {
            problems.append("\(name).department: \(replacement.department) has no team in this draw")
            continue
        }
        guard let position = teams[teamIndex].members.firstIndex(where: { $0.inspector == replacement.outgoing })
        else {
            problems.append(
                "\(name).out: \(replacement.outgoing) is not on the team for \(replacement.department)")
            continue
        }
        guard let incoming = context.inspectorIndex[replacement.incoming] else {
            problems.append("\(name).in: \(replacement.incoming) is not an inspector of the roster")
            continue
        }
        guard !teams[teamIndex].members.contains(where: { $0.inspector == replacement.incoming }) else {
            problems.append("\(name).in: \(replacement.incoming) is already on the team for \(replacement.department)")
            continue
        }
        let person = context.inspectors[incoming]
        teams[teamIndex].members[position] = DrawRecord.Member(
            inspector: person.id, name: person.name, home: person.home, role: teams[teamIndex].members[position].role)
        for rule in teamProblems(teams[teamIndex], among: teams, context: context) {
            problems.append("\(name): the team for \(replacement.department) after it: \(rule)")
        }
    }
    return problems
}

/// Every rule one team of a draw breaks, given all the draw's teams (for daily load and the
/// reciprocal ban).
func teamProblems(_ team: DrawRecord.Team, among teams: [DrawRecord.Team], context: DrawContext) -> [String] {
    let policy = context.policy
    var problems: [String] = []
    guard let target = context.departmentIndex[team.department] else {
        return ["\(team.department) is not a department of the roster"]
    }
    var members: [Int] = []
    for member in team.members {
        guard let index = context.inspectorIndex[member.inspector] else {
            problems.append("\(member.inspector) is not an inspector of the roster")
            continue
        }
        members.append(index)
    }
    guard problems.isEmpty else { return problems }
    if members.count != policy.teamSize {
        problems.append("has \(members.count) members, the policy says \(policy.teamSize)")
    }
    for inspector in members {
        let id = context.inspectors[inspector].id
        for reason in context.reasons(inspector: inspector, department: target) {
            problems.append("\(id): \(reason.code)")
        }
        let load = teams.filter { $0.members.contains { $0.inspector == id } }.count
        if context.capacity[inspector] > 0, load > context.capacity[inspector] {
            problems.append("\(id): daily-cap (on \(load) teams, capacity \(context.capacity[inspector]))")
        }
    }
    for (member, inspector) in zip(team.members, members) where member.role == .lead && !context.canLead[inspector] {
        problems.append(
            "\(member.inspector): is lead but cannot lead"
                + (policy.composition?.leadFrom.isEmpty == false ? " or does not come from lead_from" : ""))
    }
    if policy.leadRequired, team.members.filter({ $0.role == .lead }).count != 1 {
        problems.append("has no single lead")
    }
    let held = members.reduce(UInt64(0)) { $0 | context.skillMask[$1] }
    for (bit, skill) in context.skillNames.enumerated()
    where context.requiredMask[target] & (1 << UInt64(bit)) != 0 && held & (1 << UInt64(bit)) == 0 {
        problems.append(
            Composition.group(ofSkill: skill).map { "no member comes from any of \($0) (member_from)" }
                ?? "no member holds the required skill \(skill)")
    }
    let homes = Set(members.map { context.inspectors[$0].home })
    if homes.count < policy.minHomeDepartments {
        problems.append(
            "members come from \(homes.count) home departments, the policy needs \(policy.minHomeDepartments)")
    }
    if policy.reciprocalBan {
        for other in teams where other.department != team.department {
            let goesThere = team.members.contains { $0.home == other.department }
            let comesBack = other.members.contains { $0.home == team.department }
            if goesThere, comesBack {
                problems.append("reciprocal with \(other.department)")
            }
        }
    }
    return problems
}

extension String {
    var trimmingSpaces: Substring {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
