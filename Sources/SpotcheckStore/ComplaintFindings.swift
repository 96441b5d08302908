public import Foundation
import GRDB
import SpotcheckCampaign
public import SpotcheckCore
public import SpotcheckLedger

// A complaint that leads to a finding: the finding names the complaint by its number only
// (source `complaint`), and the complaint keeps the link — a row of `complaint_finding` and an
// internal note for its handlers, never shown to the complainant's receipt lookup.

extension Store {
    /// Records a finding that complaint `id` led to, with the link on the complaint and their
    /// audit entries, in one transaction. Throws `ComplaintStoreError.notFound` for a complaint
    /// that does not exist or is a content-free stub.
    @discardableResult
    public func recordComplaintFinding(
        complaint id: Int64, year: Int, actor: String, at date: Date, day: Day,
        _ make: (_ counter: Int) throws -> Transition
    ) throws -> Transition {
        try recordedWrite { db in
            guard let complaint = try Self.complaint(db, id), !complaint.stub else {
                throw ComplaintStoreError.notFound(id)
            }
            let transition = try make(try Self.allocateFindingNumber(db, year: year))
            try Self.save(db, transition, inserting: true, at: date)
            let finding = transition.finding.id.description
            try db.execute(
                sql: "INSERT INTO complaint_finding (complaint_id, finding, actor, at) VALUES (?, ?, ?, ?)",
                arguments: [id, finding, actor, date.timeIntervalSince1970])
            try db.execute(
                sql: """
                    INSERT INTO complaint_entry (complaint_id, kind, at, day, actor, text, state)
                    VALUES (?, 'note', ?, ?, ?, ?, NULL)
                    """,
                arguments: [
                    id, date.timeIntervalSince1970, day.description, actor,
                    "finding \(finding) recorded from this complaint",
                ])
            try Self.audit(
                db, actor: actor, action: "complaint.finding", detail: ["complaint": String(id), "finding": finding],
                at: date)
            return transition
        }
    }

    /// The findings complaint `id` led to, in the order recorded.
    public func complaintFindings(complaint id: Int64) throws -> [String] {
        try database.read { db in
            try String.fetchAll(
                db, sql: "SELECT finding FROM complaint_finding WHERE complaint_id = ? ORDER BY rowid", arguments: [id])
        }
    }
}
