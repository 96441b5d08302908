import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore

/// What a roster brought in through the control socket may not do to the daemon's own records.
///
/// - Departments and inspectors that the daemon's draws name (its assignments) stay in the
///   roster: closed or retired, never deleted. Every later draw adds those assignments to its
///   snapshot's history; a name missing from the roster would make that snapshot unreadable
///   after its seed was committed, and no draw could complete again. Until a draw is revealed,
///   every row of the roster it committed to is kept alike (its teams are nobody's to know yet).
/// - History from the day the daemon first drew on comes from its own draws only, and nothing is
///   dated today or later: a line added by hand would put a department into its cool-down (out
///   of every draw) or change who may go where, and a published snapshot would show it as an
///   ordinary inspection.
enum RosterRecordGuard {
    static func problems(new roster: Roster, old: Roster?, store: Store, today: Day) throws -> [ControlMessages.Problem]
    {
        var problems: [ControlMessages.Problem] = []
        let draws = try store.draws()
        // A draw not revealed yet (today's or later) names nobody here: its rows are kept like
        // every other row of the roster it committed to, so that a refusal says nothing of its teams.
        let secret = draws.filter { $0.state != .missed && $0.revealedAt == nil && $0.date >= today }
        let hidden = Set(secret.map(\.id))
        let assignments = try store.assignments().filter { !hidden.contains($0.drawID) }
        let departments = Set(roster.departments.map(\.id))
        let inspectors = Set(roster.inspectors.map(\.id))
        // One refusal per deleted row, whichever draws keep it.
        var told = Set<String>()
        func refuse(department: String, _ message: String) {
            guard !departments.contains(department), told.insert("d " + department).inserted else { return }
            problems.append(.init(file: "departments.csv", line: 0, field: "id", message: message))
        }
        func refuse(inspector: String, _ message: String) {
            guard !inspectors.contains(inspector), told.insert("i " + inspector).inserted else { return }
            problems.append(.init(file: "inspectors.csv", line: 0, field: "id", message: message))
        }
        for draw in secret {
            guard let versionID = draw.rosterVersionID, let version = try store.rosterVersion(id: versionID) else {
                continue
            }
            let committed = try version.roster()
            for department in committed.departments.map(\.id) {
                refuse(
                    department: department,
                    "department '\(department)' is in the roster draw \(draw.id) of \(draw.date) committed to and cannot be deleted before its reveal; close it instead (spotcheck departments close \(department))"
                )
            }
            for inspector in committed.inspectors.map(\.id) {
                refuse(
                    inspector: inspector,
                    "inspector '\(inspector)' is in the roster draw \(draw.id) of \(draw.date) committed to and cannot be deleted before its reveal; retire them instead (spotcheck inspectors retire \(inspector))"
                )
            }
        }
        for assignment in assignments {
            refuse(
                department: assignment.department,
                "department '\(assignment.department)' was inspected in draw \(assignment.drawID) on \(assignment.date) and cannot be deleted; close it instead (spotcheck departments close \(assignment.department))"
            )
            refuse(
                inspector: assignment.inspector,
                "inspector '\(assignment.inspector)' served in draw \(assignment.drawID) on \(assignment.date) and cannot be deleted; retire them instead (spotcheck inspectors retire \(assignment.inspector))"
            )
        }
        let firstDrawDay = draws.map(\.date).min()
        let cutoff = firstDrawDay.map { min($0, today) } ?? today
        let known = Set(old?.history ?? [])
        for (index, line) in roster.history.enumerated() where line.date >= cutoff && !known.contains(line) {
            let message =
                line.date >= today
                ? "the inspection of \(line.department) by \(line.inspector) on \(line.date) has not happened yet; history holds only days before today (\(today))"
                : "history from \(cutoff) on is recorded by the daemon's own draws; the line for \(line.inspector) in \(line.department) on \(line.date) cannot be added by hand"
            problems.append(.init(file: "history.csv", line: index + 2, field: "date", message: message))
        }
        return problems
    }
}
