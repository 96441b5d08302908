public import Foundation
import GRDB
public import SpotcheckCore
public import SpotcheckLedger

// When a finding awaiting verification was submitted decides whether the deadline's clock runs
// on (docs/ledger.md, "The clock while the verifier has it"): a finding keeps the moment in its
// JSON (`Finding.submitted`). Findings submitted before that moment was kept get it from their
// history, the last `verification.requested` entry. A submission made in time that waits too
// long for its verifier is noted once (`ledger_verification_wait`) and journaled.

/// A submission that waited `verification_working_days` for its verifier, as noted.
public struct StoredVerificationWait: Sendable, Equatable {
    public var finding: FindingID
    /// `Moment.unixSeconds` of the submission.
    public var submitted: Int64
    public var submittedDay: Day
    /// The working day the wait reached the limit.
    public var dueDay: Day
    public var journaledAt: Date?
}

extension Store {
    /// Registers "v20-finding-submissions": fills `submitted` of every finding awaiting
    /// verification from its history, and adds `ledger_verification_wait`. Append only.
    static func registerFindingSubmissionsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v20-finding-submissions") { db in
            try db.execute(
                sql: """
                    UPDATE ledger_finding
                    SET body = CAST(json_set(CAST(body AS TEXT), '$.submitted', json_object(
                            'unixSeconds', (SELECT CAST(e.at AS INTEGER) FROM ledger_event e
                                WHERE e.finding = ledger_finding.id AND e.action = 'verification.requested'
                                ORDER BY e.id DESC LIMIT 1),
                            'day', (SELECT e.day FROM ledger_event e
                                WHERE e.finding = ledger_finding.id AND e.action = 'verification.requested'
                                ORDER BY e.id DESC LIMIT 1))) AS BLOB)
                    WHERE state = 'awaiting-verification'
                        AND json_extract(CAST(body AS TEXT), '$.submitted') IS NULL
                        AND EXISTS (SELECT 1 FROM ledger_event e
                            WHERE e.finding = ledger_finding.id AND e.action = 'verification.requested');
                    CREATE TABLE IF NOT EXISTS ledger_verification_wait (
                        finding TEXT NOT NULL REFERENCES ledger_finding(id),
                        submitted INTEGER NOT NULL,
                        submitted_day TEXT NOT NULL,
                        due_day TEXT NOT NULL,
                        noted_at REAL NOT NULL,
                        journaled_at REAL,
                        PRIMARY KEY (finding, submitted)
                    );
                    """)
        }
    }

    /// Notes that the submission `submitted` of `finding` has waited for its verifier until
    /// `dueDay`, with an audit entry; `false` when it was noted before.
    public func noteVerificationWait(
        _ finding: FindingID, submitted: Moment, dueDay: Day, at date: Date
    ) throws -> Bool {
        try recordedWrite { db in
            try db.execute(
                sql: """
                    INSERT INTO ledger_verification_wait (finding, submitted, submitted_day, due_day, noted_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT(finding, submitted) DO NOTHING
                    """,
                arguments: [
                    finding.description, submitted.unixSeconds, submitted.day.description, dueDay.description,
                    date.timeIntervalSince1970,
                ])
            guard db.changesCount > 0 else { return false }
            let detail = [
                "finding": finding.description, "submitted": submitted.day.description, "day": dueDay.description,
            ]
            try Self.audit(db, actor: "spotcheckd", action: "ledger.verification.waiting", detail: detail, at: date)
            // A link of the hash chain like every change of the ledger, and an entry of the
            // finding's history (findings show).
            try Self.queueLedgerLink(
                db, action: "verification.waiting", actor: "spotcheckd", role: "system", at: date, before: nil,
                after: "waiting", detail: detail, history: finding.description, day: dueDay)
            return true
        }
    }

    /// Every wait noted, oldest first.
    public func verificationWaits() throws -> [StoredVerificationWait] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM ledger_verification_wait ORDER BY noted_at, rowid").compactMap {
                row in
                guard let id = try? FindingID(row["finding"] as String),
                    let submittedDay = Day(iso: row["submitted_day"] as String),
                    let dueDay = Day(iso: row["due_day"] as String)
                else { return nil }
                return StoredVerificationWait(
                    finding: id, submitted: row["submitted"], submittedDay: submittedDay, dueDay: dueDay,
                    journaledAt: (row["journaled_at"] as Double?).map { Date(timeIntervalSince1970: $0) })
            }
        }
    }

    /// Notes that a noted wait reached the journal.
    public func setVerificationWaitJournaled(_ finding: FindingID, submitted: Int64, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE ledger_verification_wait SET journaled_at = ? WHERE finding = ? AND submitted = ?",
                arguments: [date.timeIntervalSince1970, finding.description, submitted])
        }
    }
}
