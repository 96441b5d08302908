import Crypto
public import Foundation
import GRDB
public import SpotcheckCampaign
public import SpotcheckCore
public import SpotcheckLedger

// Self-inspection forms (自查自纠表): one per department and campaign, issued with the list of
// prohibitions it asks about, returned once by a contact of the department, or locked when its
// due date passes. A returned form's answers are kept row by row, and each problem found is a
// finding of the problem ledger (source self-inspection), recorded in the same transaction.

extension Store {
    /// Registers "v9-self-inspection". Append only: a shipped migration is never edited.
    static func registerSelfInspectionMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9-self-inspection") { db in
            try db.execute(
                sql: """
                    CREATE TABLE self_inspection_form (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        campaign TEXT NOT NULL,
                        department TEXT NOT NULL,
                        department_name TEXT NOT NULL,
                        prohibitions TEXT NOT NULL,
                        issued_at REAL NOT NULL,
                        issued_by TEXT NOT NULL,
                        due TEXT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('issued', 'returned', 'locked')),
                        returned_at REAL,
                        returned_by TEXT,
                        file_sha256 TEXT,
                        locked_at REAL,
                        journaled_at REAL,
                        UNIQUE (campaign, department)
                    );
                    CREATE TABLE self_inspection_answer (
                        form_id INTEGER NOT NULL REFERENCES self_inspection_form(id),
                        position INTEGER NOT NULL,
                        code TEXT NOT NULL,
                        problem_found INTEGER NOT NULL,
                        description TEXT NOT NULL,
                        measures TEXT NOT NULL,
                        finding TEXT REFERENCES ledger_finding(id),
                        PRIMARY KEY (form_id, code)
                    );
                    """)
        }
    }
}

/// A self-inspection form as stored.
public struct StoredSelfInspectionForm: Sendable, Equatable {
    public var id: Int64
    public var campaign: String
    public var department: String
    public var departmentName: String
    /// The prohibitions the form asks about, as issued.
    public var prohibitions: [Prohibition]
    public var issuedAt: Date
    public var issuedBy: String
    public var due: Day
    public var state: SelfInspectionFormState
    public var returnedAt: Date?
    public var returnedBy: String?
    /// The SHA-256 of the file returned.
    public var fileSha256: String?
    public var lockedAt: Date?
    /// When a locked form's lateness reached the journal.
    public var journaledAt: Date?
    /// The answers of a returned form, in the order of the prohibitions, with their findings.
    public var answers: [(answer: SelfInspectionAnswer, finding: FindingID?)]

    public static func == (lhs: StoredSelfInspectionForm, rhs: StoredSelfInspectionForm) -> Bool {
        lhs.id == rhs.id && lhs.state == rhs.state && lhs.returnedAt == rhs.returnedAt && lhs.lockedAt == rhs.lockedAt
            && lhs.journaledAt == rhs.journaledAt
            && lhs.answers.map(\.answer) == rhs.answers.map(\.answer)
            && lhs.answers.map(\.finding) == rhs.answers.map(\.finding)
    }

    /// The findings recorded from the form's problems.
    public var findings: [FindingID] { answers.compactMap(\.finding) }
}

/// What the gates into self-inspection and supervision ask about the forms.
public struct SelfInspectionFacts: Sendable, Equatable {
    /// Departments of the roster without a form in the campaign.
    public var departmentsWithoutForm: Int
    /// Forms neither returned nor locked (a form past due is locked by the daily pass).
    public var formsOutstanding: Int
    /// Problems reported in returned forms without their finding in the ledger.
    public var selfReportedNotInLedger: Int
    /// Forms locked as late.
    public var formsLocked: Int
}

public enum SelfInspectionStoreError: Error, Equatable, CustomStringConvertible {
    case noForm(department: String)
    case alreadyReturned(department: String, at: Date)
    case locked(department: String, due: Day)
    case late(department: String, due: Day)

    public var description: String {
        switch self {
        case .noForm(let department):
            "no self-inspection form was issued to \(department); a coordinator issues them (spotcheck self-inspection issue)"
        case .alreadyReturned(let department, _):
            "the self-inspection form of \(department) was already returned; a form is returned once"
        case .locked(let department, let due), .late(let department, let due):
            "the self-inspection form of \(department) was due on \(due) and is locked as late; it is no longer accepted"
        }
    }
}

extension Store {
    // MARK: Issuing

    /// Issues a form to each of `departments` (id and name) that has none in `campaign`, asking
    /// about `prohibitions`, due on `due`; audited per form. Returns the forms issued now.
    @discardableResult
    public func issueSelfInspectionForms(
        campaign: String, departments: [(id: String, name: String)], prohibitions: [Prohibition], due: Day,
        actor: String, at date: Date
    ) throws -> [StoredSelfInspectionForm] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let list = String(decoding: try encoder.encode(prohibitions), as: UTF8.self)
        let issued: [Int64] = try recordedWrite { db in
            var ids: [Int64] = []
            for department in departments {
                try db.execute(
                    sql: """
                        INSERT INTO self_inspection_form (campaign, department, department_name, prohibitions,
                            issued_at, issued_by, due, state)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'issued')
                        ON CONFLICT(campaign, department) DO NOTHING
                        """,
                    arguments: [
                        campaign, department.id, department.name, list, date.timeIntervalSince1970, actor,
                        due.description,
                    ])
                guard db.changesCount > 0 else { continue }
                ids.append(db.lastInsertedRowID)
                try Self.audit(
                    db, actor: actor, action: "self-inspection.issued",
                    detail: [
                        "department": department.id, "due": due.description, "rules": String(prohibitions.count),
                        "campaign": campaign,
                    ], at: date)
            }
            return ids
        }
        return try selfInspectionForms(campaign: campaign).filter { issued.contains($0.id) }
    }

    // MARK: Reading

    /// Every form of `campaign`, by department id.
    public func selfInspectionForms(campaign: String) throws -> [StoredSelfInspectionForm] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM self_inspection_form WHERE campaign = ? ORDER BY department",
                arguments: [campaign]
            ).map { try Self.selfInspectionForm(db, $0) }
        }
    }

    public func selfInspectionForm(campaign: String, department: String) throws -> StoredSelfInspectionForm? {
        try database.read { db in
            try Self.selfInspectionForm(db, campaign: campaign, department: department)
        }
    }

    static func selfInspectionForm(
        _ db: Database, campaign: String, department: String
    ) throws -> StoredSelfInspectionForm? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM self_inspection_form WHERE campaign = ? AND department = ?",
            arguments: [campaign, department]
        ).map { try selfInspectionForm(db, $0) }
    }

    static func selfInspectionForm(_ db: Database, _ row: Row) throws -> StoredSelfInspectionForm {
        let id: Int64 = row["id"]
        let answers = try Row.fetchAll(
            db, sql: "SELECT * FROM self_inspection_answer WHERE form_id = ? ORDER BY position", arguments: [id]
        ).map { answer in
            (
                answer: SelfInspectionAnswer(
                    code: answer["code"], problemFound: answer["problem_found"], description: answer["description"],
                    measures: answer["measures"], line: 0),
                finding: (answer["finding"] as String?).flatMap { try? FindingID($0) }
            )
        }
        func date(_ column: String) -> Date? {
            (row[column] as Double?).map { Date(timeIntervalSince1970: $0) }
        }
        return StoredSelfInspectionForm(
            id: id, campaign: row["campaign"], department: row["department"], departmentName: row["department_name"],
            prohibitions: (try? JSONDecoder().decode(
                [Prohibition].self, from: Data((row["prohibitions"] as String).utf8))) ?? [],
            issuedAt: Date(timeIntervalSince1970: row["issued_at"]), issuedBy: row["issued_by"],
            due: Day(iso: row["due"] as String) ?? Day(ordinal: 0),
            state: SelfInspectionFormState(rawValue: row["state"]) ?? .issued, returnedAt: date("returned_at"),
            returnedBy: row["returned_by"], fileSha256: row["file_sha256"], lockedAt: date("locked_at"),
            journaledAt: date("journaled_at"), answers: answers)
    }

    // MARK: Returning

    /// Returns the form of `department` with `answers` (already validated against the form's
    /// prohibitions), by `actor` (a contact of the department) on `moment`; each problem found
    /// becomes a finding (source self-inspection, the prohibition's code as its rule, the
    /// description as its facts), numbered and stored with the form in one transaction. A form
    /// returned, locked, or past its due date on `moment.day` is refused and nothing is stored.
    public func returnSelfInspectionForm(
        campaign: String, department: String, answers: [SelfInspectionAnswer], fileSha256: String, actor: Actor,
        at moment: Moment, rules: LedgerRules
    ) throws -> (form: StoredSelfInspectionForm, findings: [Finding]) {
        let date = Date(timeIntervalSince1970: Double(moment.unixSeconds))
        let (formID, findings): (Int64, [Finding]) = try recordedWrite { db in
            guard let form = try Self.selfInspectionForm(db, campaign: campaign, department: department) else {
                throw SelfInspectionStoreError.noForm(department: department)
            }
            switch form.state {
            case .returned:
                throw SelfInspectionStoreError.alreadyReturned(department: department, at: form.returnedAt ?? date)
            case .locked: throw SelfInspectionStoreError.locked(department: department, due: form.due)
            case .issued: break
            }
            guard !SelfInspectionFormState.isLate(due: form.due, today: moment.day) else {
                throw SelfInspectionStoreError.late(department: department, due: form.due)
            }
            var findings: [Finding] = []
            for (position, answer) in answers.enumerated() {
                var finding: Finding?
                if answer.problemFound {
                    let year = moment.day.parts.year
                    // An unguessable number, not a count (FindingNumbers.swift).
                    let counter = try Self.allocateFindingNumber(db, year: year)
                    let transition = try Finding.record(
                        counter: counter, department: department, source: .selfInspection, category: nil,
                        ruleCodes: rules.prohibitions.rule(answer.code) == nil ? [] : [answer.code],
                        severity: answer.severity,
                        facts: answer.description, by: actor, at: moment, rules: rules)
                    try Self.save(db, transition, inserting: true, at: date)
                    finding = transition.finding
                    findings.append(transition.finding)
                }
                try db.execute(
                    sql: """
                        INSERT INTO self_inspection_answer (form_id, position, code, problem_found, description,
                            measures, finding)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        form.id, position + 1, answer.code, answer.problemFound, answer.description, answer.measures,
                        finding?.id.description,
                    ])
            }
            try db.execute(
                sql: """
                    UPDATE self_inspection_form SET state = 'returned', returned_at = ?, returned_by = ?, file_sha256 = ?
                    WHERE id = ?
                    """,
                arguments: [date.timeIntervalSince1970, actor.login, fileSha256, form.id])
            try Self.audit(
                db, actor: actor.login, action: "self-inspection.returned",
                detail: [
                    "department": department, "campaign": campaign, "sha256": fileSha256,
                    "problems": String(findings.count),
                    "findings": findings.map(\.id.description).joined(separator: ","),
                ], at: date)
            return (form.id, findings)
        }
        let form = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM self_inspection_form WHERE id = ?", arguments: [formID]).map {
                try Self.selfInspectionForm(db, $0)
            }
        }
        return (form!, findings)
    }

    // MARK: Late forms

    /// Locks every form of `campaign` still issued whose due date is before `today`; audited.
    /// Returns the forms locked now.
    @discardableResult
    public func lockLateSelfInspectionForms(
        campaign: String, today: Day, at date: Date
    ) throws
        -> [StoredSelfInspectionForm]
    {
        let late = try selfInspectionForms(campaign: campaign).filter {
            $0.state == .issued && SelfInspectionFormState.isLate(due: $0.due, today: today)
        }
        guard !late.isEmpty else { return [] }
        let locked: [Int64] = try recordedWrite { db in
            var ids: [Int64] = []
            for form in late {
                try db.execute(
                    sql:
                        "UPDATE self_inspection_form SET state = 'locked', locked_at = ? WHERE id = ? AND state = 'issued'",
                    arguments: [date.timeIntervalSince1970, form.id])
                guard db.changesCount > 0 else { continue }
                ids.append(form.id)
                try Self.audit(
                    db, actor: "spotcheckd", action: "self-inspection.locked",
                    detail: [
                        "department": form.department, "campaign": campaign, "due": form.due.description,
                        "day": today.description,
                    ], at: date)
            }
            return ids
        }
        return try selfInspectionForms(campaign: campaign).filter { locked.contains($0.id) }
    }

    /// Notes that a locked form's lateness reached the journal.
    public func setSelfInspectionLateJournaled(formID: Int64, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE self_inspection_form SET journaled_at = ? WHERE id = ?",
                arguments: [date.timeIntervalSince1970, formID])
        }
    }

    // MARK: Gate facts

    /// The forms' part of the gates, for `campaign` and the roster's `departments`: departments
    /// without a form, forms outstanding (neither returned nor locked), problems reported without
    /// their finding in the ledger, and forms locked as late. One read.
    public func selfInspectionFacts(campaign: String, departments: Set<String>) throws -> SelfInspectionFacts {
        try database.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT department, state FROM self_inspection_form WHERE campaign = ?", arguments: [campaign])
            let withForm = Set(rows.map { $0["department"] as String })
            let missing =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM self_inspection_answer AS answer
                        JOIN self_inspection_form AS form ON form.id = answer.form_id
                        LEFT JOIN ledger_finding AS finding ON finding.id = answer.finding
                        WHERE form.campaign = ? AND answer.problem_found = 1 AND finding.id IS NULL
                        """,
                    arguments: [campaign]) ?? 0
            return SelfInspectionFacts(
                departmentsWithoutForm: departments.subtracting(withForm).count,
                formsOutstanding: rows.filter { $0["state"] as String == "issued" }.count,
                selfReportedNotInLedger: missing,
                formsLocked: rows.filter { $0["state"] as String == "locked" }.count)
        }
    }
}
