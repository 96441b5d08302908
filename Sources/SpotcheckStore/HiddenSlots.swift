public import Foundation
import GRDB
import SpotcheckCampaign
public import SpotcheckCore

// A complaint-driven inspection hidden in the next scheduled draw (docs/draw-algorithm.md §8):
// the request is kept with the complaint, its salt private to the database, until the complaint
// is closed and the opening is published next to the draw's public record.

/// A complaint's request for a hidden inspection of its department.
public struct HiddenSlotRequest: Sendable, Hashable {
    public var complaint: Int64
    public var slot: HiddenSlot
    /// The draw that carries the slot; nil while it waits for the next scheduled draw.
    public var drawID: Int64?
    /// When the opening was written to the public folder.
    public var openedAt: Date?
}

/// A draw committing to a hidden slot that another draw already carries: refused, so that one
/// request is never drawn twice.
public struct HiddenSlotTaken: Error, CustomStringConvertible {
    public var complaint: Int64
    public var drawID: Int64
    public var other: Int64

    public var description: String {
        "the hidden slot requested for complaint \(complaint) is carried by draw \(drawID) already; draw \(other) "
            + "may not carry it too"
    }
}

extension Store {
    /// Links the request a draw's commitment carries (`hiddenSlot`) to the draw, inside the
    /// transaction that stores the draw: a crash cannot leave the request waiting for another
    /// draw, and a second draw committing to a request already carried is refused whole.
    static func linkHiddenSlot(_ db: Database, drawID: Int64, commitment bytes: [UInt8]?) throws {
        guard let bytes,
            let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let committed = object["hiddenSlot"] as? String,
            let row = try Row.fetchOne(
                db, sql: "SELECT complaint_id, draw_id FROM hidden_slot WHERE commitment = ?", arguments: [committed])
        else { return }
        let complaint: Int64 = row["complaint_id"]
        if let carried: Int64 = row["draw_id"], carried != drawID {
            throw HiddenSlotTaken(complaint: complaint, drawID: carried, other: drawID)
        }
        try db.execute(
            sql: "UPDATE hidden_slot SET draw_id = ? WHERE complaint_id = ?", arguments: [drawID, complaint])
    }

    static func registerHiddenSlotMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v13-hidden-slot") { db in
            try db.execute(
                sql: """
                    CREATE TABLE hidden_slot (
                        complaint_id INTEGER PRIMARY KEY REFERENCES complaint(id),
                        department TEXT NOT NULL,
                        salt BLOB NOT NULL CHECK (length(salt) = 32),
                        commitment TEXT NOT NULL UNIQUE,
                        requested_at REAL NOT NULL,
                        actor TEXT NOT NULL,
                        draw_id INTEGER REFERENCES draw(id),
                        opened_at REAL
                    );
                    """)
        }
    }

    /// Stores complaint `id`'s request for a hidden inspection of its department, with an internal
    /// note for its handlers and an audit entry (the complaint's number only). Throws
    /// `ComplaintStoreError.notFound` for a missing complaint or a stub, `.refused` when it already
    /// has one or is closed.
    @discardableResult
    public func requestHiddenSlot(
        complaint id: Int64, salt: [UInt8], actor: String, at date: Date, day: Day
    ) throws -> HiddenSlotRequest {
        try recordedWrite { db in
            guard let complaint = try Self.complaint(db, id), !complaint.stub else {
                throw ComplaintStoreError.notFound(id)
            }
            guard complaint.state != .closed else {
                throw ComplaintStoreError.refused(.complaintClosed(complaint: id))
            }
            guard try Self.hiddenSlotRow(db, complaint: id) == nil else {
                throw ComplaintStoreError.refused(.inspectionRequested(complaint: id))
            }
            guard let slot = HiddenSlot(department: complaint.department, salt: salt) else {
                throw ComplaintStoreError.refused(.badSalt)
            }
            try db.execute(
                sql: """
                    INSERT INTO hidden_slot (complaint_id, department, salt, commitment, requested_at, actor)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, slot.department, Data(salt), slot.commitment, date.timeIntervalSince1970, actor])
            try db.execute(
                sql: """
                    INSERT INTO complaint_entry (complaint_id, kind, at, day, actor, text, state)
                    VALUES (?, 'note', ?, ?, ?, ?, NULL)
                    """,
                arguments: [
                    id, date.timeIntervalSince1970, day.description, actor,
                    HiddenInspectionNote.requested,
                ])
            try Self.audit(
                db, actor: actor, action: "complaint.hidden-slot", detail: ["complaint": String(id)], at: date)
            return HiddenSlotRequest(complaint: id, slot: slot, drawID: nil, openedAt: nil)
        }
    }

    /// Who asked for complaint `id`'s hidden inspection (`uid N (login)`) and whether the draw
    /// that carries it is revealed; nil when the complaint has no request.
    public func hiddenSlotRequester(complaint id: Int64) throws -> (actor: String, revealed: Bool)? {
        try database.read { db in
            guard let row = try Self.hiddenSlotRow(db, complaint: id) else { return nil }
            let drawID: Int64? = row["draw_id"]
            let revealed = try drawID.map {
                try Bool.fetchOne(db, sql: "SELECT revealed_at IS NOT NULL FROM draw WHERE id = ?", arguments: [$0])
            }
            return (row["actor"], revealed.flatMap { $0 } ?? false)
        }
    }

    /// The requests no draw carries yet, oldest first.
    public func pendingHiddenSlots() throws -> [HiddenSlotRequest] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM hidden_slot WHERE draw_id IS NULL ORDER BY requested_at, complaint_id"
            ).compactMap(Self.hiddenSlot)
        }
    }

    /// The request whose slot hashes to `commitment` (a draw's `hiddenSlot`), linked to draw
    /// `drawID` if it was not yet.
    public func hiddenSlot(commitment: String, drawID: Int64) throws -> HiddenSlotRequest? {
        try database.write { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM hidden_slot WHERE commitment = ?", arguments: [commitment]),
                var request = Self.hiddenSlot(row)
            else { return nil }
            if request.drawID == nil {
                try db.execute(
                    sql: "UPDATE hidden_slot SET draw_id = ? WHERE complaint_id = ?",
                    arguments: [drawID, request.complaint])
                request.drawID = drawID
            }
            guard request.drawID == drawID else {
                throw HiddenSlotTaken(complaint: request.complaint, drawID: request.drawID ?? 0, other: drawID)
            }
            return request
        }
    }

    /// The requests whose complaint is closed, whose draw is published, and whose opening is not
    /// yet public.
    public func hiddenSlotsToOpen() throws -> [HiddenSlotRequest] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT hidden_slot.* FROM hidden_slot
                    JOIN complaint ON complaint.id = hidden_slot.complaint_id
                    JOIN draw ON draw.id = hidden_slot.draw_id
                    WHERE hidden_slot.opened_at IS NULL AND complaint.state = 'closed'
                        AND draw.published_at IS NOT NULL
                    ORDER BY hidden_slot.complaint_id
                    """
            ).compactMap(Self.hiddenSlot)
        }
    }

    /// Records that the opening of complaint `id`'s slot is public.
    public func markHiddenSlotOpened(complaint id: Int64, at date: Date) throws {
        try recordedWrite { db in
            try db.execute(
                sql: "UPDATE hidden_slot SET opened_at = ? WHERE complaint_id = ?",
                arguments: [date.timeIntervalSince1970, id])
            try Self.audit(
                db, actor: "spotcheckd", action: "complaint.hidden-slot-opened", detail: ["complaint": String(id)],
                at: date)
        }
    }

    static func hiddenSlotRow(_ db: Database, complaint id: Int64) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT * FROM hidden_slot WHERE complaint_id = ?", arguments: [id])
    }

    static func hiddenSlot(_ row: Row) -> HiddenSlotRequest? {
        guard let salt = row["salt"] as Data?,
            let slot = HiddenSlot(department: row["department"], salt: Array(salt))
        else { return nil }
        let opened = row["opened_at"] as Double?
        return HiddenSlotRequest(
            complaint: row["complaint_id"], slot: slot, drawID: row["draw_id"],
            openedAt: opened.map { Date(timeIntervalSince1970: $0) })
    }
}
