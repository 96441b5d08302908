import Foundation
import SpotcheckCore

/// The check of `ledger-sample.json` in a public record folder (docs/ledger.md, "Ledger
/// draws"): present exactly when the order reason names a ledger sample, and recomputed from
/// the draw's seed.
enum LedgerSampleCheck {
    static func problems(
        folder: String, record: DrawRecord, seed: Seed, reason: String
    ) throws(CLIFailure)
        -> [String]
    {
        let path = "\(folder)/ledger-sample.json"
        let claims = reason.hasPrefix("ledger recheck ") || reason.hasPrefix("ledger honesty ")
        guard Files.exists(path) else {
            return claims ? ["ledger-sample.json: missing (the order reason names a ledger sample)"] : []
        }
        let bytes = try Files.read(path)
        if let key = StrictJSON.duplicateKey(bytes) {
            return ["ledger-sample.json: \(StrictJSON.problem(path, key: key))"]
        }
        let sample: LedgerSample
        do {
            sample = try JSONDecoder().decode(LedgerSample.self, from: Data(bytes))
        } catch {
            return ["ledger-sample.json: not a ledger sample (\(error))"]
        }
        return sample.problems(
            seed: seed, orderedDepartments: record.orderedDepartments ?? [], orderReason: reason, bytes: bytes)
    }
}
