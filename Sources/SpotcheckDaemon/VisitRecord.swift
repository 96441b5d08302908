import Foundation
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckStore
import SpotcheckSystem

/// A draw's visit mode in its public folder (`PUBLIC/DATE/NAME/visit.txt`): `open` (明察) or
/// `covert` (暗访) and a newline. It is fixed when the draw is committed and published with the
/// commitment, before the draw's result exists (so a copy kept then fixes it too), and written
/// again, the same, with the record. Both verifiers check it; a folder without it (published
/// before visit modes were public) verifies as before.
extension Engine {
    static let visitFile = "visit.txt"

    /// Writes `visit.txt` for a draw whose mode is stored.
    func publishVisitMode(_ draw: StoredDraw, folder: String) throws {
        guard let mode = try store.visitMode(drawID: draw.id) else { return }
        try AtomicFile.write(Array("\(mode.rawValue)\n".utf8), to: "\(folder)/\(Self.visitFile)", mode: 0o644)
    }

    /// The visit mode a draw's stored commitment binds (`visit`), nil for a draw committed before
    /// commitments bound it: its record is completed as committed.
    static func committedVisit(_ draw: StoredDraw) -> String? {
        guard let bytes = draw.commitment else { return nil }
        return (try? JSONDecoder().decode(Commitment.self, from: Data(bytes)))?.visit
    }
}
