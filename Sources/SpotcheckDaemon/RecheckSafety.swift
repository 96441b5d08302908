import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore
import SpotcheckText
import Synchronization

/// Nothing is told unchecked, and nothing is committed that cannot be drawn
/// (docs/draw-algorithm.md §5, "Roster changes after the draw").
///
/// - When the reveal cannot check a draw's teams against the current roster (the current roster
///   and the draw's policy are input a draw refuses), every assignment of the draw is withheld
///   and the journal warns (`recheck-failed`, and `member-withheld` for each member): nobody is
///   told an assignment that might be forbidden.
/// - A roster edit, import or reload whose required skills and a pool's `member_from` groups
///   together exceed what a draw supports is refused whole, naming the field.
/// - Before a seed is committed, the snapshot goes through the draw's own input checks: a draw
///   committed to input it refuses would stay committed for good.
extension Engine {
    /// The re-check of `draw` could not run: at the reveal, withhold every assignment; after it
    /// (an approved declaration), leave the told teams and warn.
    func recheckCannotRun(
        _ draw: StoredDraw, _ record: DrawRecord, because error: any Error, now: Date, atReveal: Bool
    ) throws {
        let reason = "\(Catalogue.RecheckSafety.uncheckedReason): \(error)"
        events.emit(
            .recheckFailed,
            "pool \(draw.pool) on \(draw.date): the teams of draw \(draw.id) cannot be checked against the current roster (\(error)); "
                + (atReveal
                    ? "every assignment is withheld, nobody is told" : "the teams already told stay as they are"),
            [
                "POOL": draw.pool, "DATE": draw.date.description, "DRAW_ID": String(draw.id),
                "REASON": "\(error)",
            ])
        guard atReveal else { return }
        for team in record.teams {
            for member in team.members {
                try withhold(draw, team.department, member.inspector, because: reason, now: now)
            }
        }
    }

    /// Runs the draw's own input checks on what is about to be committed.
    static func checkBeforeCommit(_ input: DrawInput) throws {
        do {
            try checkDrawInput(input)
        } catch {
            throw DrawInputRefusal(pool: input.pool, date: input.date, problem: error)
        }
    }

    /// A scheduled draw refused before its commitment: journaled once per pool, day and problem,
    /// then tried again by every tick (the roster may be put right the same day).
    func noteRefusedScheduledDraw(_ refusal: DrawInputRefusal) {
        let key = "\(ObjectIdentifier(self))/\(refusal.pool)/\(refusal.date)/\(refusal.problem)"
        guard Self.refusedDraws.withLock({ $0.insert(key).inserted }) else { return }
        events.emit(
            .drawFailed,
            "pool \(refusal.pool) cannot be drawn on \(refusal.date): \(refusal.problem); nothing was committed, the draw is tried again when the roster or policy is put right",
            ["POOL": refusal.pool, "DATE": refusal.date.description, "REASON": "\(refusal.problem)"])
    }

    private static let refusedDraws = Mutex<Set<String>>([])
}

/// A draw's input refused before any seed was committed to it.
struct DrawInputRefusal: Error, CustomStringConvertible {
    var pool: String
    var date: Day
    var problem: DrawError

    var description: String { Catalogue.RecheckSafety.drawInputRefused(pool, "\(problem)").english }

    /// As an `InvalidOrder` refusal: the English message and a code the command line tells.
    var orderParameters: [String: Varlink.Value] {
        ["message": .string(description), "code": .string("draw-input"), "pool": .string(pool)]
    }
}

/// The distinct required skills of a roster and the `member_from` groups of each configured pool
/// together, against what one draw supports.
enum DrawSkillLimit {
    /// The first pool whose draws the roster would make fail, as a problem of the departments file.
    static func problems(_ config: DaemonConfig, roster: Roster) -> [ControlMessages.Problem] {
        guard let found = excess(config, roster: roster) else { return [] }
        return [
            ControlMessages.Problem(
                file: "departments.csv", line: 0, field: "required_skills",
                message: Catalogue.RecheckSafety.tooManySkills(found.pool, found.skills, found.groups).english)
        ]
    }

    /// The same as an error of the roster folder, for a reload or a start.
    static func errors(_ config: DaemonConfig, roster: Roster) -> [InputError] {
        guard let found = excess(config, roster: roster) else { return [] }
        return [
            InputError(
                file: "\(config.paths.roster)/departments.csv", line: 0, field: "required_skills",
                message: Catalogue.RecheckSafety.tooManySkills(found.pool, found.skills, found.groups).english)
        ]
    }

    static func excess(_ config: DaemonConfig, roster: Roster) -> (pool: String, skills: String, groups: String)? {
        let required = Set(roster.departments.flatMap(\.requiredSkills)).count
        for pool in config.pools {
            let groups = Set(pool.policy.composition?.memberFrom ?? []).count
            guard groups > 0, drawSkillCount(roster: roster, policy: pool.policy) > drawSkillLimit else { continue }
            return (pool.name, String(required), String(groups))
        }
        return nil
    }
}
