public import Foundation
import GRDB
public import SpotcheckCore
public import SpotcheckLedger

// The problem ledger's tables. A finding is kept whole (its JSON, the authority) and, beside it,
// as rows of measures, evidence, extensions and verifications that SQL can query; both are
// written in the one transaction that also appends the change to the ledger's history and to
// the audit trail (who, when, the state before and after).

extension Store {
    /// Registers "v6-ledger". Append only: a shipped migration is never edited.
    static func registerLedgerMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-ledger") { db in
            try db.execute(
                sql: """
                    CREATE TABLE ledger_counter (
                        year INTEGER PRIMARY KEY,
                        last INTEGER NOT NULL
                    );
                    CREATE TABLE ledger_finding (
                        id TEXT PRIMARY KEY,
                        year INTEGER NOT NULL,
                        number INTEGER NOT NULL,
                        department TEXT NOT NULL,
                        state TEXT NOT NULL,
                        category TEXT,
                        source TEXT NOT NULL,
                        draw_id INTEGER,
                        finder TEXT NOT NULL,
                        found_at REAL NOT NULL,
                        found_day TEXT NOT NULL,
                        due TEXT,
                        body BLOB NOT NULL,
                        updated_at REAL NOT NULL,
                        UNIQUE (year, number)
                    );
                    CREATE INDEX ledger_finding_by_department ON ledger_finding(department, state);
                    CREATE INDEX ledger_finding_by_draw ON ledger_finding(draw_id, department);
                    CREATE TABLE ledger_measure (
                        finding TEXT NOT NULL REFERENCES ledger_finding(id),
                        number INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        owner TEXT,
                        due TEXT,
                        state TEXT NOT NULL,
                        PRIMARY KEY (finding, number)
                    );
                    CREATE TABLE ledger_evidence (
                        finding TEXT NOT NULL REFERENCES ledger_finding(id),
                        measure INTEGER NOT NULL,
                        position INTEGER NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('sha256', 'reference')),
                        value TEXT NOT NULL,
                        PRIMARY KEY (finding, measure, position)
                    );
                    CREATE TABLE ledger_extension (
                        finding TEXT NOT NULL REFERENCES ledger_finding(id),
                        position INTEGER NOT NULL,
                        requested_by TEXT NOT NULL,
                        requested_at REAL NOT NULL,
                        reason TEXT NOT NULL,
                        previous_due TEXT NOT NULL,
                        requested_due TEXT NOT NULL,
                        decided_by TEXT,
                        decided_at REAL,
                        granted INTEGER,
                        PRIMARY KEY (finding, position)
                    );
                    CREATE TABLE ledger_verification (
                        finding TEXT NOT NULL REFERENCES ledger_finding(id),
                        position INTEGER NOT NULL,
                        verifier TEXT NOT NULL,
                        verifier_home TEXT NOT NULL,
                        at REAL NOT NULL,
                        accepted INTEGER NOT NULL,
                        note TEXT NOT NULL,
                        PRIMARY KEY (finding, position)
                    );
                    CREATE TABLE ledger_verifier (
                        finding TEXT NOT NULL REFERENCES ledger_finding(id),
                        login TEXT NOT NULL,
                        home TEXT NOT NULL,
                        assigned_at REAL NOT NULL,
                        source TEXT NOT NULL,
                        PRIMARY KEY (finding, login)
                    );
                    CREATE TABLE ledger_event (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        finding TEXT NOT NULL REFERENCES ledger_finding(id),
                        action TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        role TEXT NOT NULL,
                        at REAL NOT NULL,
                        day TEXT NOT NULL,
                        before TEXT,
                        after TEXT NOT NULL,
                        detail TEXT NOT NULL
                    );
                    CREATE INDEX ledger_event_by_finding ON ledger_event(finding, id);
                    CREATE TABLE ledger_escalation (
                        finding TEXT NOT NULL REFERENCES ledger_finding(id),
                        level TEXT NOT NULL CHECK (level IN ('reminder', 'notice', 'referral')),
                        due TEXT NOT NULL,
                        due_day TEXT NOT NULL,
                        noted_at REAL NOT NULL,
                        journaled_at REAL,
                        PRIMARY KEY (finding, level, due)
                    );
                    CREATE TABLE department_contact (
                        department TEXT NOT NULL,
                        login TEXT NOT NULL,
                        PRIMARY KEY (department, login)
                    );
                    CREATE INDEX department_contact_by_login ON department_contact(login);
                    CREATE TABLE assignment_state (
                        draw_id INTEGER NOT NULL REFERENCES draw(id),
                        department TEXT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('done', 'not-carried-out')),
                        reason TEXT,
                        actor TEXT NOT NULL,
                        at REAL NOT NULL,
                        PRIMARY KEY (draw_id, department)
                    );
                    """)
        }
    }
}

/// One change of a finding as kept in the ledger's history.
public struct LedgerHistoryEntry: Sendable, Equatable {
    public var action: String
    public var actor: String
    public var role: String
    public var at: Date
    public var day: Day
    public var before: String?
    public var after: String
    public var detail: [String: String]
}

/// An escalation the daily pass noted: a level of one finding's escalation, once; journaled
/// right after it is noted (`journaledAt` nil until then, also after a crash in between).
public struct StoredEscalation: Sendable, Equatable {
    public var mark: EscalationMark
    /// The day the level fell due.
    public var dueDay: Day
    public var journaledAt: Date?
}

/// Whether an inspection assignment was carried out, as its team lead reported.
public struct AssignmentOutcome: Sendable, Equatable {
    public enum State: String, Sendable {
        case done
        case notCarriedOut = "not-carried-out"
    }

    public var drawID: Int64
    public var department: String
    public var state: State
    public var reason: String?
    public var actor: String
    public var at: Date

    public init(drawID: Int64, department: String, state: State, reason: String?, actor: String, at: Date) {
        self.drawID = drawID
        self.department = department
        self.state = state
        self.reason = reason
        self.actor = actor
        self.at = at
    }
}

/// What selects findings in a listing.
public struct FindingFilter: Sendable, Equatable {
    /// Only these departments; nil for all.
    public var departments: Set<String>?
    public var category: FindingCategory?
    public var state: FindingState?
    /// Only findings on the assignments of this draw and department.
    public var assignment: (draw: Int64, department: String)?

    public init(
        departments: Set<String>? = nil, category: FindingCategory? = nil, state: FindingState? = nil,
        assignment: (draw: Int64, department: String)? = nil
    ) {
        self.departments = departments
        self.category = category
        self.state = state
        self.assignment = assignment
    }

    public static func == (lhs: FindingFilter, rhs: FindingFilter) -> Bool {
        lhs.departments == rhs.departments && lhs.category == rhs.category && lhs.state == rhs.state
            && lhs.assignment?.draw == rhs.assignment?.draw && lhs.assignment?.department == rhs.assignment?.department
    }
}

public enum LedgerStoreError: Error, Equatable, CustomStringConvertible {
    case noSuchFinding(String)
    case storedFindingUnreadable(String)

    public var description: String {
        switch self {
        case .noSuchFinding(let id): "there is no finding \(id); list them with spotcheck findings list"
        case .storedFindingUnreadable(let id): "finding \(id) is stored but cannot be decoded"
        }
    }
}

extension Store {
    // MARK: Findings

    /// Records a new finding: allocates a free number of the year of `moment`, asks `make`
    /// for the transition with it, and stores the finding, its history entry and an audit entry
    /// in one transaction. `make`'s refusal is thrown and nothing is stored.
    @discardableResult
    public func recordFinding(
        year: Int, at date: Date, _ make: (_ counter: Int) throws -> Transition
    ) throws -> Transition {
        try recordedWrite { db in
            // An unguessable number, not a count (FindingNumbers.swift).
            let transition = try make(try Self.allocateFindingNumber(db, year: year))
            try Self.save(db, transition, inserting: true, at: date)
            return transition
        }
    }

    /// Changes a finding: reads it, asks `change` for the transition, stores it with its history
    /// and audit entries, all in one transaction (two concurrent changes cannot both start from
    /// the same state).
    @discardableResult
    public func updateFinding(
        _ id: FindingID, at date: Date, _ change: (Finding) throws -> Transition
    ) throws -> Transition {
        try updateFinding(id, at: date) { finding in [try change(finding)] }.last!
    }

    /// Several changes of one finding in one transaction (each with its own history and audit
    /// entries), `change` returning them in order; all or none are stored.
    @discardableResult
    public func updateFinding(
        _ id: FindingID, at date: Date, _ change: (Finding) throws -> [Transition]
    ) throws -> [Transition] {
        try recordedWrite { db in
            guard let finding = try Self.finding(db, id: id.description) else {
                throw LedgerStoreError.noSuchFinding(id.description)
            }
            let transitions = try change(finding)
            precondition(!transitions.isEmpty, "a change of a finding with no transition")
            for transition in transitions { try Self.save(db, transition, inserting: false, at: date) }
            return transitions
        }
    }

    public func finding(_ id: FindingID) throws -> Finding? {
        try database.read { db in try Self.finding(db, id: id.description) }
    }

    /// Findings matching `filter`, in the order recorded.
    public func findings(_ filter: FindingFilter = FindingFilter()) throws -> [Finding] {
        try database.read { db in
            var clauses: [String] = []
            var arguments: StatementArguments = []
            if let departments = filter.departments {
                if departments.isEmpty { return [] }
                clauses.append(
                    "department IN (\(Array(repeating: "?", count: departments.count).joined(separator: ",")))")
                for department in departments.sorted() { arguments += [department] }
            }
            if let category = filter.category {
                clauses.append("category = ?")
                arguments += [category.rawValue]
            }
            if let state = filter.state {
                clauses.append("state = ?")
                arguments += [state.rawValue]
            }
            if let assignment = filter.assignment {
                clauses.append("draw_id = ? AND department = ?")
                arguments += [assignment.draw, assignment.department]
            }
            let condition = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
            return try Row.fetchAll(
                db, sql: "SELECT id, body FROM ledger_finding\(condition) ORDER BY rowid", arguments: arguments
            ).map { row in try Self.decode(row) }
        }
    }

    /// Every change of a finding, oldest first.
    public func findingHistory(_ id: FindingID) throws -> [LedgerHistoryEntry] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM ledger_event WHERE finding = ? ORDER BY id", arguments: [id.description]
            ).map { row in
                LedgerHistoryEntry(
                    action: row["action"], actor: row["actor"], role: row["role"],
                    at: Date(timeIntervalSince1970: row["at"]), day: Day(iso: row["day"] as String)!,
                    before: row["before"], after: row["after"],
                    detail: (try? JSONDecoder().decode(
                        [String: String].self, from: Data((row["detail"] as String).utf8)))
                        ?? [:])
            }
        }
    }

    static func finding(_ db: Database, id: String) throws -> Finding? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, body FROM ledger_finding WHERE id = ?", arguments: [id])
        else { return nil }
        return try decode(row)
    }

    static func decode(_ row: Row) throws -> Finding {
        do {
            return try JSONDecoder().decode(Finding.self, from: row["body"] as Data)
        } catch {
            throw LedgerStoreError.storedFindingUnreadable(row["id"])
        }
    }

    static func save(_ db: Database, _ transition: Transition, inserting: Bool, at date: Date) throws {
        let finding = transition.finding
        let id = finding.id.description
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(finding)
        var drawID: Int64?
        if case .inspection(let draw, _) = finding.source { drawID = draw }
        if inserting {
            try db.execute(
                sql: """
                    INSERT INTO ledger_finding (id, year, number, department, state, category, source, draw_id, finder,
                        found_at, found_day, due, body, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, finding.id.year, finding.id.number, finding.department, finding.state.rawValue,
                    finding.category?.rawValue, finding.source.label, drawID, finding.finder,
                    Double(finding.found.unixSeconds), finding.found.day.description,
                    finding.deadline?.due.description, body, date.timeIntervalSince1970,
                ])
        } else {
            try db.execute(
                sql: """
                    UPDATE ledger_finding SET state = ?, category = ?, due = ?, body = ?, updated_at = ? WHERE id = ?
                    """,
                arguments: [
                    finding.state.rawValue, finding.category?.rawValue, finding.deadline?.due.description, body,
                    date.timeIntervalSince1970, id,
                ])
            for table in ["ledger_measure", "ledger_evidence", "ledger_extension", "ledger_verification"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE finding = ?", arguments: [id])
            }
        }
        for measure in finding.measures {
            try db.execute(
                sql: "INSERT INTO ledger_measure (finding, number, text, owner, due, state) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    id, measure.number, measure.text, measure.owner, measure.due?.description, measure.state.rawValue,
                ])
            for (position, evidence) in measure.evidence.enumerated() {
                let (kind, value): (String, String) =
                    switch evidence {
                    case .sha256(let hex): ("sha256", hex)
                    case .reference(let text): ("reference", text)
                    }
                try db.execute(
                    sql:
                        "INSERT INTO ledger_evidence (finding, measure, position, kind, value) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, measure.number, position + 1, kind, value])
            }
        }
        for (position, request) in finding.extensions.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO ledger_extension (finding, position, requested_by, requested_at, reason, previous_due,
                        requested_due, decided_by, decided_at, granted)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, position + 1, request.requestedBy, Double(request.requestedAt.unixSeconds), request.reason,
                    request.previousDue.description, request.requestedDue.description, request.decision?.by,
                    request.decision.map { Double($0.at.unixSeconds) }, request.decision?.granted,
                ])
        }
        for (position, verification) in finding.verifications.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO ledger_verification (finding, position, verifier, verifier_home, at, accepted, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, position + 1, verification.verifier, verification.verifierHome,
                    Double(verification.at.unixSeconds), verification.accepted, verification.note,
                ])
        }
        let event = transition.event
        let detailText = String(decoding: try encoder.encode(event.detail), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT INTO ledger_event (finding, action, actor, role, at, day, before, after, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, event.action.rawValue, event.actor, event.role, Double(event.at.unixSeconds),
                event.at.day.description, event.before?.rawValue, event.after.rawValue, detailText,
            ])
        var audit = event.detail
        audit["finding"] = id
        audit["role"] = event.role
        audit["before"] = event.before?.rawValue ?? ""
        audit["after"] = event.after.rawValue
        try Self.audit(
            db, actor: event.actor, action: "ledger.\(event.action.rawValue)", detail: audit,
            at: Date(timeIntervalSince1970: Double(event.at.unixSeconds)))
        // A link of the hash chain (ChainLinks.swift).
        try Self.queueChainEvent(
            db, kind: .ledger, at: Date(timeIntervalSince1970: Double(event.at.unixSeconds)), facts: nil,
            fields: Self.ledgerChainFields(
                finding: id, action: event.action.rawValue, actor: event.actor, role: event.role,
                at: event.at.unixSeconds, before: event.before?.rawValue, after: event.after.rawValue,
                detail: event.detail))
    }

    // MARK: Verifiers

    /// The verifiers chosen for a finding (by a verifier draw), with their home departments.
    public func verifiers(of id: FindingID) throws -> [(login: String, home: String)] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT login, home FROM ledger_verifier WHERE finding = ? ORDER BY login",
                arguments: [id.description]
            ).map { ($0["login"], $0["home"]) }
        }
    }

    /// The findings `login` was chosen to verify; with `undrawnOnly`, only by a choice that was no
    /// ledger draw (a verification draw's verifier is its seat, under the login the roster gives
    /// the seat's inspector now: `LedgerCheck`, the draw's assignments).
    public func findingsToVerify(by login: String, undrawnOnly: Bool = false) throws -> Set<FindingID> {
        try database.read { db in
            Set(
                try String.fetchAll(
                    db,
                    sql: "SELECT finding FROM ledger_verifier WHERE login = ?"
                        + (undrawnOnly ? " AND source NOT LIKE 'verification/%'" : ""),
                    arguments: [login]
                ).compactMap { try? FindingID($0) })
        }
    }

    /// Records that `login` (working in `home`) was chosen to verify a finding; `source` says how
    /// (the verifier draw's reference). Audited.
    public func assignVerifier(
        _ id: FindingID, login: String, home: String, source: String, actor: String, at date: Date
    ) throws {
        try recordedWrite { db in
            try db.execute(
                sql: """
                    INSERT INTO ledger_verifier (finding, login, home, assigned_at, source) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(finding, login) DO NOTHING
                    """,
                arguments: [id.description, login, home, date.timeIntervalSince1970, source])
            try Self.audit(
                db, actor: actor, action: "ledger.verifier",
                detail: ["finding": id.description, "verifier": login, "home": home, "source": source], at: date)
            try Self.queueLedgerLink(
                db, action: "verifier.assigned", actor: actor, role: "coordinator", at: date, before: nil, after: login,
                detail: ["finding": id.description, "verifier": login, "home": home, "source": source])
        }
    }

    // MARK: Escalations

    /// The escalation levels already noted (journaled, or about to be).
    public func journaledEscalations() throws -> Set<EscalationMark> {
        Set(try escalations().map(\.mark))
    }

    /// Every noted escalation, in the order noted.
    public func escalations() throws -> [StoredEscalation] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM ledger_escalation ORDER BY noted_at, rowid").compactMap { row in
                guard let id = try? FindingID(row["finding"] as String),
                    let level = EscalationLevel(rawValue: row["level"]), let due = Day(iso: row["due"] as String),
                    let dueDay = Day(iso: row["due_day"] as String)
                else { return nil }
                return StoredEscalation(
                    mark: EscalationMark(finding: id, level: level, due: due), dueDay: dueDay,
                    journaledAt: (row["journaled_at"] as Double?).map { Date(timeIntervalSince1970: $0) })
            }
        }
    }

    /// Notes that an escalation is due, with an audit entry, before it is journaled. Returns
    /// false (and changes nothing) when it already was noted.
    @discardableResult
    public func noteEscalation(_ mark: EscalationMark, dueDay: Day, at date: Date) throws -> Bool {
        try recordedWrite { db in
            try db.execute(
                sql: """
                    INSERT INTO ledger_escalation (finding, level, due, due_day, noted_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(finding, level, due) DO NOTHING
                    """,
                arguments: [
                    mark.finding.description, mark.level.rawValue, mark.due.description, dueDay.description,
                    date.timeIntervalSince1970,
                ])
            guard db.changesCount > 0 else { return false }
            try Self.audit(
                db, actor: "spotcheckd", action: "ledger.escalation.\(mark.level.rawValue)",
                detail: [
                    "finding": mark.finding.description, "level": mark.level.rawValue, "due": mark.due.description,
                    "day": dueDay.description,
                ], at: date)
            try Self.queueLedgerLink(
                db, action: "escalation.\(mark.level.rawValue)", actor: "spotcheckd", role: "system", at: date,
                before: nil, after: mark.level.rawValue,
                detail: [
                    "finding": mark.finding.description, "level": mark.level.rawValue, "due": mark.due.description,
                    "day": dueDay.description,
                ], history: mark.finding.description, day: dueDay)
            return true
        }
    }

    /// Notes that a noted escalation reached the journal.
    public func setEscalationJournaled(_ mark: EscalationMark, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE ledger_escalation SET journaled_at = ? WHERE finding = ? AND level = ? AND due = ?",
                arguments: [
                    date.timeIntervalSince1970, mark.finding.description, mark.level.rawValue, mark.due.description,
                ])
        }
    }

    // MARK: Contacts

    /// Replaces the contact logins of every department with those of `departments` (called in
    /// the transaction that stores a roster), auditing each contact added or removed.
    static func saveContacts(_ db: Database, _ departments: [Department], actor: String, at date: Date) throws {
        let old = Set(
            try Row.fetchAll(db, sql: "SELECT department, login FROM department_contact").map {
                "\($0["department"] as String)\t\($0["login"] as String)"
            })
        var new = Set<String>()
        for department in departments {
            for login in department.contacts { new.insert("\(department.id)\t\(login)") }
        }
        guard old != new else { return }
        try db.execute(sql: "DELETE FROM department_contact")
        for pair in new.sorted() {
            let parts = pair.split(separator: "\t", maxSplits: 1).map(String.init)
            try db.execute(
                sql: "INSERT INTO department_contact (department, login) VALUES (?, ?)",
                arguments: [parts[0], parts[1]])
        }
        for pair in new.subtracting(old).sorted() {
            let parts = pair.split(separator: "\t", maxSplits: 1).map(String.init)
            try audit(
                db, actor: actor, action: "roster.contact.added", detail: ["department": parts[0], "login": parts[1]],
                at: date)
        }
        for pair in old.subtracting(new).sorted() {
            let parts = pair.split(separator: "\t", maxSplits: 1).map(String.init)
            try audit(
                db, actor: actor, action: "roster.contact.removed",
                detail: ["department": parts[0], "login": parts[1]],
                at: date)
        }
    }

    /// The departments whose contact `login` is.
    public func contactDepartments(of login: String) throws -> Set<String> {
        try database.read { db in
            Set(
                try String.fetchAll(
                    db, sql: "SELECT department FROM department_contact WHERE login = ?", arguments: [login]))
        }
    }

    // MARK: Assignments

    /// The caller's revealed assignment of `draw` to `department`, if they have one.
    public func revealedAssignment(draw: Int64, department: String, login: String) throws -> StoredAssignment? {
        try database.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT assignment.* FROM assignment JOIN draw ON draw.id = assignment.draw_id
                    WHERE assignment.draw_id = ? AND assignment.department = ? AND assignment.login = ?
                        AND draw.revealed_at IS NOT NULL
                    """,
                arguments: [draw, department, login]
            ).map(Self.assignment)
        }
    }

    /// The caller's revealed assignments, any day, newest first.
    public func revealedAssignments(login: String) throws -> [StoredAssignment] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT assignment.* FROM assignment JOIN draw ON draw.id = assignment.draw_id
                    WHERE assignment.login = ? AND draw.revealed_at IS NOT NULL
                    ORDER BY assignment.date DESC, assignment.draw_id DESC
                    """,
                arguments: [login]
            ).map(Self.assignment)
        }
    }

    /// Records whether an assignment was carried out; audited with the state before and after.
    public func setAssignmentOutcome(_ outcome: AssignmentOutcome) throws {
        try recordedWrite { db in
            let before = try String.fetchOne(
                db, sql: "SELECT state FROM assignment_state WHERE draw_id = ? AND department = ?",
                arguments: [outcome.drawID, outcome.department])
            try db.execute(
                sql: """
                    INSERT INTO assignment_state (draw_id, department, state, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(draw_id, department) DO UPDATE SET state = excluded.state, reason = excluded.reason,
                        actor = excluded.actor, at = excluded.at
                    """,
                arguments: [
                    outcome.drawID, outcome.department, outcome.state.rawValue, outcome.reason, outcome.actor,
                    outcome.at.timeIntervalSince1970,
                ])
            var detail = [
                "draw": String(outcome.drawID), "department": outcome.department, "before": before ?? "issued",
                "after": outcome.state.rawValue,
            ]
            if let reason = outcome.reason { detail["reason"] = reason }
            try Self.audit(db, actor: outcome.actor, action: "assignment.state", detail: detail, at: outcome.at)
            try Self.queueChainEvent(
                db, kind: .ledger, at: outcome.at, facts: nil,
                fields: detail.merging(["actor": outcome.actor, "action": "assignment.state"]) { a, _ in a })
        }
    }

    public func assignmentOutcome(draw: Int64, department: String) throws -> AssignmentOutcome? {
        try database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM assignment_state WHERE draw_id = ? AND department = ?",
                arguments: [draw, department]
            ).map { row in
                AssignmentOutcome(
                    drawID: row["draw_id"], department: row["department"],
                    state: AssignmentOutcome.State(rawValue: row["state"]) ?? .done, reason: row["reason"],
                    actor: row["actor"], at: Date(timeIntervalSince1970: row["at"]))
            }
        }
    }
}
