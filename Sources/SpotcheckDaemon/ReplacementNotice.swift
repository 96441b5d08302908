import Foundation
import SpotcheckStore

extension Engine {
    /// When the inspector of `assignment` was told of it: the draw's reveal, or, for an inspector
    /// brought into the team by a replacement made after the reveal, that replacement. Their task
    /// file says so, and their report time leaves them the pool's notice from then; the rest of
    /// the team keeps the team's report time.
    func toldAt(_ assignment: StoredAssignment, draw: StoredDraw, revealed: Date) throws -> Date {
        let joined = try store.replacements(drawID: draw.id).last {
            $0.newInspector == assignment.inspector && $0.department == assignment.department
        }
        guard let joined, joined.at > revealed else { return revealed }
        return joined.at
    }
}
