import Foundation
import SpotcheckCore
import SpotcheckStore

extension Engine {
    /// The algorithm a committed draw is bound to: the one in its commitment, so that a draw
    /// committed before an upgrade is completed under the rules it committed to; the current one
    /// when the commitment names none this build knows.
    static func committedAlgorithm(_ draw: StoredDraw) -> String {
        guard let bytes = draw.commitment,
            let algorithm = (try? JSONDecoder().decode(Commitment.self, from: Data(bytes)))?.algorithm,
            DrawRecord.knownAlgorithms.contains(algorithm)
        else { return DrawRecord.currentAlgorithm }
        return algorithm
    }
}
