import Foundation
import SpotcheckCore
import SpotcheckRoster

/// The hash chain of a public records folder (`PUBLIC/DATE/NAME/`): every record, order entry
/// and replacement entry published, linked one after the other (docs/draw-algorithm.md §6).
enum PublicChain {
    struct Report {
        var links: Int
        var problems: [String]
    }

    /// Reads every draw folder under `base` and checks the links, each order against its record
    /// and seed, and the salts and order of each draw's replacements.
    static func check(_ base: String) throws(CLIFailure) -> Report {
        let files = FileManager.default
        guard let days = try? files.contentsOfDirectory(atPath: base) else {
            throw CLIFailure("\(base): not a readable folder", exitCode: ExitCodes.noInput)
        }
        var links: [ChainLink] = []
        var problems: [String] = []
        // Per draw folder: the record's link name and its replacements' link names, in file order.
        var sequences: [(record: String, replacements: [String])] = []
        for day in days.sorted() where Day(iso: day) != nil {
            let names = (try? files.contentsOfDirectory(atPath: "\(base)/\(day)")) ?? []
            for name in names.sorted() where Files.exists("\(base)/\(day)/\(name)/record.json") {
                let folder = "\(base)/\(day)/\(name)"
                let label = "\(day)/\(name)"
                let bytes = try Files.read("\(folder)/record.json")
                let record = try RecordJSON.decodeRecord(bytes, file: "\(folder)/record.json")
                let recordLink = "\(label)/record.json"
                links.append(ChainLink(name: recordLink, hash: sha256Hex(bytes), previous: record.previousRecordHash))
                let seed =
                    Files.exists("\(folder)/seed.hex")
                    ? Seed(
                        hex: String(decoding: try Files.read("\(folder)/seed.hex"), as: UTF8.self)
                            .trimmingCharacters(in: .whitespacesAndNewlines)) : nil
                if seed == nil { problems.append("\(label)/seed.hex: missing or not 64 hex digits") }
                if Files.exists("\(folder)/order.json") {
                    do {
                        let bytes = try Files.read("\(folder)/order.json")
                        let order = try JSONDecoder().decode(OrderEntry.self, from: Data(bytes))
                        links.append(
                            ChainLink(
                                name: "\(label)/order.json", hash: order.hash, previous: order.previousRecordHash))
                        if let seed {
                            problems += order.differences(record: record, seed: seed, bytes: bytes).map {
                                "\(label)/\($0)"
                            }
                        }
                    } catch let failure as CLIFailure {
                        throw failure
                    } catch {
                        problems.append("\(label)/order.json: not an order entry (\(error))")
                    }
                } else if record.kind == .ordered {
                    problems.append("\(label)/order.json: missing (an ordered draw publishes its order)")
                }
                var replacementLinks: [String] = []
                if Files.exists("\(folder)/replacements.json") {
                    let entries: [DaySoFar.Replacement]
                    let bytes = try Files.read("\(folder)/replacements.json")
                    do {
                        entries = try JSONDecoder().decode([DaySoFar.Replacement].self, from: Data(bytes))
                    } catch let failure as CLIFailure {
                        throw failure
                    } catch {
                        problems.append("\(label)/replacements.json: not a list of replacement entries (\(error))")
                        entries = []
                    }
                    for (index, entry) in entries.enumerated() {
                        let linkName = "\(label)/replacements.json[\(index)]"
                        replacementLinks.append(linkName)
                        links.append(ChainLink(name: linkName, hash: entry.hash, previous: entry.previousRecordHash))
                    }
                    if let seed {
                        problems += verifyReplacementEntries(entries, seed: seed, bytes: bytes).map {
                            $0.hasPrefix("replacements.json") ? "\(label)/\($0)" : "\(label)/replacements.json \($0)"
                        }
                    }
                }
                sequences.append((recordLink, replacementLinks))
            }
        }
        let (order, linkProblems) = orderChain(links)
        problems += linkProblems
        let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for sequence in sequences {
            var last = position[sequence.record]
            for name in sequence.replacements {
                guard let here = position[name] else { continue }
                if let before = last, here < before {
                    problems.append("\(name): comes before the record or replacement it follows in the chain")
                }
                last = here
            }
        }
        return Report(links: links.count, problems: problems)
    }
}
