import Foundation
import SpotcheckCore

extension PublicChain {
    /// `cancellation.json` of a draw folder, when there is one: its link joins the chain (after the
    /// record and the draw's replacements, which `sequence` orders) and the entry is checked
    /// against the record and the seed. Returns the problems.
    static func cancellation(
        folder: String, label: String, record: DrawRecord, recordBytes: [UInt8], seed: Seed?, links: inout [ChainLink],
        sequence: inout [String]
    ) throws(CLIFailure) -> [String] {
        let path = "\(folder)/cancellation.json"
        guard Files.exists(path) else { return [] }
        let name = "\(label)/cancellation.json"
        let bytes = try Files.read(path)
        let entry: CancellationEntry
        do {
            entry = try JSONDecoder().decode(CancellationEntry.self, from: Data(bytes))
        } catch {
            return ["\(name): not a cancellation entry (draw, record, reason, at, salt, previousRecordHash)"]
        }
        links.append(ChainLink(name: name, hash: entry.hash, previous: entry.previousRecordHash))
        sequence.append(name)
        guard let seed else { return [] }
        return entry.differences(record: record, recordBytes: recordBytes, seed: seed, bytes: bytes).map {
            "\(label)/\($0)"
        }
    }
}
