/// What an audit of a draw record found.
public struct Verification: Sendable, Hashable {
    /// Every way the record differs from what the seed and roster produce; empty when it
    /// reproduces exactly.
    public var differences: [String]

    public var reproduces: Bool { differences.isEmpty }
}

/// Recomputes the draw from the record's own inputs (date, pool, policy, targets of a targeted
/// draw), the revealed seed and the roster snapshot, and compares it with the record.
public func verify(_ record: DrawRecord, seed: Seed, roster: Roster) -> Verification {
    var differences: [String] = []
    if record.algorithm != DrawRecord.currentAlgorithm {
        return Verification(differences: [
            "algorithm is '\(record.algorithm)'; this build verifies '\(DrawRecord.currentAlgorithm)'"
        ])
    }
    if seed.commitment != record.seedCommitment {
        differences.append(
            "seed commitment: the record says \(record.seedCommitment), the seed hashes to \(seed.commitment)")
    }
    let snapshot = roster.snapshotHash
    if snapshot != record.snapshotHash {
        differences.append("snapshot hash: the record says \(record.snapshotHash), the roster hashes to \(snapshot)")
    }
    guard differences.isEmpty else { return Verification(differences: differences) }

    let fixed = record.mode == .targeted ? record.picks.map(\.department) : nil
    let recomputed: DrawRecord
    do {
        recomputed = try draw(
            DrawInput(
                roster: roster, policy: record.policy, date: record.date, pool: record.pool, seed: seed,
                fixedTargets: fixed, previousRecordHash: record.previousRecordHash))
    } catch {
        return Verification(differences: ["the draw cannot be recomputed: \(error)"])
    }
    if recomputed.eligibleDepartments != record.eligibleDepartments {
        differences.append(
            "eligible departments: record \(record.eligibleDepartments), recomputed \(recomputed.eligibleDepartments)")
    }
    if recomputed.eligibleWeight != record.eligibleWeight {
        differences.append("eligible weight: record \(record.eligibleWeight), recomputed \(recomputed.eligibleWeight)")
    }
    for index in 0..<max(record.picks.count, recomputed.picks.count) {
        let mine = index < record.picks.count ? record.picks[index] : nil
        let theirs = index < recomputed.picks.count ? recomputed.picks[index] : nil
        guard mine != theirs else { continue }
        differences.append(
            "pick \(index + 1): record \(describe(mine)), recomputed \(describe(theirs))")
    }
    let recordTeams = Dictionary(record.teams.map { ($0.department, $0) }, uniquingKeysWith: { a, _ in a })
    let recomputedTeams = Dictionary(recomputed.teams.map { ($0.department, $0) }, uniquingKeysWith: { a, _ in a })
    for department in Set(recordTeams.keys).union(recomputedTeams.keys).sorted(by: idLess) {
        let mine = recordTeams[department]
        let theirs = recomputedTeams[department]
        guard mine != theirs else { continue }
        differences.append(
            "team for \(department): record \(describe(mine)), recomputed \(describe(theirs))")
    }
    if record.teams.map(\.department) != recomputed.teams.map(\.department), differences.isEmpty {
        differences.append("the order of the teams differs")
    }
    if record.shortfall != recomputed.shortfall {
        differences.append("shortfall: record \(record.shortfall), recomputed \(recomputed.shortfall)")
    }
    if differences.isEmpty, record != recomputed {
        differences.append("the record differs from the recomputed one in a field not compared above")
    }
    return Verification(differences: differences)
}

private func describe(_ pick: DrawRecord.Pick?) -> String {
    guard let pick else { return "nothing" }
    var text = "\(pick.department) (\(pick.outcome.rawValue)"
    if let ticket = pick.ticket { text += ", ticket \(ticket)" }
    return text + ")"
}

private func describe(_ team: DrawRecord.Team?) -> String {
    guard let team else { return "no team" }
    return "[" + team.members.map { "\($0.inspector) \($0.role.rawValue)" }.joined(separator: ", ") + "]"
}
