public import Foundation
import GRDB
public import SpotcheckCore

// The ledger's changes that are not transitions of a finding — an escalation level falling due,
// a ledger draw staffing a check, a verifier drawn or assigned, a re-check's or honesty visit's
// outcome, a monthly sample — as links of the hash chain, like the transitions themselves
// (ChainLinks.swift): the private entry (who, when, what, before, after, details, salt) is
// queued in the transaction that makes the change, and its salted SHA-256 becomes public.
//
// Those a department may see once they happened (an escalation, a visit's outcome) also enter
// the finding's history (`ledger_event`), so `spotcheck findings show` lists them. Draws and
// verifiers do not: the department must not learn in advance who is coming, or that anyone is.

/// The outcome of a re-check (回头看) or honesty visit, as its team lead or a coordinator reports it.
public enum LedgerCheckOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// The rectification held (re-check), or the department's "no problem" stood (honesty).
    case passed
    /// The rectification did not hold (the finding is reopened), or problems were found.
    case failed
    /// The visit did not take place (a reason is required).
    case notCarriedOut = "not-carried-out"
}

extension Store {
    /// Queues a ledger change for the chain and, when `history` names a finding, adds it to that
    /// finding's history; call inside the transaction that makes the change.
    static func queueLedgerLink(
        _ db: Database, action: String, actor: String, role: String, at date: Date, before: String?, after: String,
        detail: [String: String], history finding: String? = nil, day: Day? = nil
    ) throws {
        try queueChainEvent(
            db, kind: .ledger, at: date, facts: nil,
            fields: ledgerChainFields(
                finding: detail["finding"] ?? "", action: action, actor: actor, role: role,
                at: Int64(date.timeIntervalSince1970.rounded(.down)), before: before, after: after, detail: detail))
        guard let finding, let day else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try db.execute(
            sql: """
                INSERT INTO ledger_event (finding, action, actor, role, at, day, before, after, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                finding, action, actor, role, date.timeIntervalSince1970.rounded(.down), day.description, before,
                after, String(decoding: try encoder.encode(detail), as: UTF8.self),
            ])
    }

    /// Records the outcome of a re-check or honesty visit, once: audited, a link of the chain,
    /// and (for a re-check) an entry of the finding's history. Returns false when the check
    /// already has an outcome (nothing changes).
    @discardableResult
    public func recordLedgerCheckOutcome(
        key: String, outcome: LedgerCheckOutcome, by login: String, role: String, note: String, at date: Date, day: Day
    ) throws -> Bool {
        try recordedWrite { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT kind, finding, department, draw_id, outcome FROM ledger_check WHERE key = ?",
                    arguments: [key]), (row["outcome"] as String?) == nil
            else { return false }
            try db.execute(
                sql: "UPDATE ledger_check SET outcome = ?, outcome_by = ?, outcome_at = ?, note = ? WHERE key = ?",
                arguments: [outcome.rawValue, login, date.timeIntervalSince1970, note, key])
            let kind: String = row["kind"]
            let finding: String? = row["finding"]
            let detail = [
                "key": key, "kind": kind, "finding": finding ?? "", "department": row["department"] as String,
                "draw": String(row["draw_id"] as Int64), "outcome": outcome.rawValue, "note": note,
            ]
            try Self.audit(db, actor: login, action: "ledger.check.outcome", detail: detail, at: date)
            try Self.queueLedgerLink(
                db, action: "\(kind).\(outcome.rawValue)", actor: login, role: role, at: date, before: "drawn",
                after: outcome.rawValue, detail: detail, history: finding, day: day)
            return true
        }
    }
}
