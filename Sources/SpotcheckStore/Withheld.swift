public import Foundation
import GRDB

/// A member of a committed team whom the daemon withheld at the reveal: the roster changed after
/// the draw so that they may not inspect the department, and no valid newcomer could take the
/// place (or the department was closed). Their assignment is removed, so they are never told of it.
public struct WithheldMember: Sendable, Equatable, Codable {
    public var department: String
    public var inspector: String
    public var reason: String

    public init(department: String, inspector: String, reason: String) {
        self.department = department
        self.inspector = inspector
        self.reason = reason
    }
}

extension Store {
    static func withheldKey(_ drawID: Int64) -> String { "withheld.draw.\(drawID)" }

    /// The members withheld from draw `drawID`'s teams, in the order they were withheld.
    public func withheld(drawID: Int64) throws -> [WithheldMember] {
        guard let text = try setting(Self.withheldKey(drawID)) else { return [] }
        return (try? JSONDecoder().decode([WithheldMember].self, from: Data(text.utf8))) ?? []
    }

    /// Withholds a member (see `WithheldMember`): removes the assignment and remembers why, in one
    /// transaction, with an audit line.
    public func withhold(drawID: Int64, _ member: WithheldMember, actor: String, at date: Date) throws {
        var all = try withheld(drawID: drawID)
        guard !all.contains(where: { $0.department == member.department && $0.inspector == member.inspector }) else {
            return
        }
        all.append(member)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(all), as: UTF8.self)
        try recordedWrite { db in
            try db.execute(
                sql: "DELETE FROM assignment WHERE draw_id = ? AND inspector = ? AND department = ?",
                arguments: [drawID, member.inspector, member.department])
            try db.execute(
                sql:
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [Self.withheldKey(drawID), text])
            try Self.audit(
                db, actor: actor, action: "assignment.withheld",
                detail: [
                    "draw": String(drawID), "department": member.department, "inspector": member.inspector,
                    "reason": member.reason,
                ], at: date)
        }
    }
}
