import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckText

/// The hash chain of a public records folder (`PUBLIC/DATE/NAME/`): every record, order entry
/// and replacement entry published, linked one after the other (docs/draw-algorithm.md §6).
enum PublicChain {
    struct Report {
        var links: Int
        var problems: [String]
        /// The hash of the link that ends the chain, when the links form one chain.
        var head: String?
    }

    /// What the folder `DATE/NAME` says about its draw, compared with the record: a scheduled
    /// draw is published under `DATE/POOL`, an ordered one under `DATE/POOL-ordered-ID`.
    static func labelProblems(day: String, name: String, record: DrawRecord) -> [String] {
        var out: [String] = []
        let label = "\(day)/\(name)"
        if day != record.date.description {
            out.append(
                "\(label): the folder's date is \(day), record.json says \(record.date) (a draw was moved to another day's folder)"
            )
        }
        let prefix = "\(record.pool)-ordered-"
        let fits =
            switch record.kind {
            case .scheduled: name == record.pool
            case .ordered:
                name.hasPrefix(prefix) && name.count > prefix.count
                    && name.dropFirst(prefix.count).allSatisfy { $0.isASCII && $0.isNumber }
            }
        if !fits {
            let expected = record.kind == .scheduled ? record.pool : "\(prefix)ID"
            out.append(
                "\(label): the folder's name is \(name), but record.json is a \(record.kind.rawValue) draw of pool \(record.pool), published as \(expected) (a draw was moved to another pool's folder)"
            )
        }
        return out
    }

    /// The folder's `roster/` and `policy.txt` against the record's `snapshotHash` and `policyHash`.
    /// Without the record's seed the roster is not compared: its snapshot is salted with the seed.
    static func filesProblems(folder: String, label: String, record: DrawRecord, seed: Seed?) -> [String] {
        var out: [String] = []
        do {
            let roster = try RosterLoader.load(folder: "\(folder)/roster")
            if let snapshot = seed.map(roster.snapshotHash(seed:)), snapshot != record.snapshotHash {
                // Salted with the seed: seed.hex may be the one changed, with record.json's
                // seedCommitment edited to match it (and commitment.json too).
                out.append(
                    "\(label)/roster with seed.hex: hashes to \(snapshot), record.json's snapshotHash is \(record.snapshotHash): "
                        + "the roster or the seed is not the one the draw was made on (the snapshot is salted with the seed)"
                )
            }
        } catch {
            out.append("\(label)/roster: not a readable roster (\(error))")
        }
        let path = "\(folder)/policy.txt"
        if !Files.exists(path) {
            out.append("\(label)/policy.txt: missing (every draw publishes its policy)")
        } else {
            do {
                let policy = try PolicyFile.parse(try Files.read(path), file: path)
                if policy.hash != record.policyHash {
                    out.append(
                        "\(label)/policy.txt: hashes to \(policy.hash), record.json's policyHash is \(record.policyHash)"
                    )
                }
            } catch {
                out.append("\(label)/policy.txt: not a readable policy (\(error))")
            }
        }
        return out
    }

    /// `commitment.json` (published before the draw) against its record, field by field.
    /// Returns the commitment too, when it can be read (its seedCommitment checks the seed).
    static func commitmentProblems(
        folder: String, label: String, record: DrawRecord
    ) throws(CLIFailure)
        -> (problems: [String], commitment: Commitment?)
    {
        let path = "\(folder)/commitment.json"
        guard Files.exists(path) else {
            return (["\(label)/commitment.json: missing (every draw publishes its commitment)"], nil)
        }
        let bytes = try Files.read(path)
        if let key = StrictJSON.duplicateKey(bytes) {
            return ([StrictJSON.problem("\(label)/commitment.json", key: key)], nil)
        }
        guard let commitment = try? JSONDecoder().decode(Commitment.self, from: Data(bytes)) else {
            return (["\(label)/commitment.json: not a commitment (a field is missing or of the wrong type)"], nil)
        }
        return (commitment.differences(from: record.commitment).map { "\(label)/commitment.json \($0)" }, commitment)
    }

    /// Reads every draw folder under `base` and checks the links, each order against its record
    /// and seed, and the salts and order of each draw's replacements; each folder's date and name
    /// and its `commitment.json` and seed against its record; and, given `expected`, that the
    /// chain ends at that hash.
    static func check(_ base: String, head expected: String? = nil) throws(CLIFailure) -> Report {
        let files = FileManager.default
        guard let days = try? files.contentsOfDirectory(atPath: base) else {
            // Missing, not unreadable: a public folder before its first draw, or a mistyped name.
            if !files.fileExists(atPath: base) {
                let parent = (base as NSString).deletingLastPathComponent
                throw CLIFailure(
                    (files.fileExists(atPath: parent.isEmpty ? "." : parent)
                        ? Catalogue.VerifyCauses.nothingPublished(base) : Catalogue.VerifyCauses.noSuchFolder(base))
                        .text,
                    exitCode: ExitCodes.noInput)
            }
            throw CLIFailure(Catalogue.ChainProblems.notAFolder(base).text, exitCode: ExitCodes.noInput)
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
                let bytes = try Files.readRecordJSON("\(folder)/record.json")
                let record = try RecordJSON.decodeRecord(bytes, file: "\(folder)/record.json")
                let recordLink = "\(label)/record.json"
                problems += labelProblems(day: day, name: name, record: record)
                let committed = try commitmentProblems(folder: folder, label: label, record: record)
                problems += committed.problems
                links.append(ChainLink(name: recordLink, hash: sha256Hex(bytes), previous: record.previousRecordHash))
                let published =
                    Files.exists("\(folder)/seed.hex")
                    ? Seed(
                        hex: String(decoding: try Files.read("\(folder)/seed.hex"), as: UTF8.self)
                            .trimmingCharacters(in: .whitespacesAndNewlines)) : nil
                if published == nil { problems.append("\(label)/seed.hex: missing or not 64 hex digits") }
                // Another seed than the record's is the difference; what comes from it is not checked
                // (its roster hash and salts would blame files that were not changed).
                let seed = published.flatMap {
                    seedIsCommitted($0, record: record, commitment: committed.commitment) ? $0 : nil
                }
                if let published, seed == nil {
                    if published.commitment != record.seedCommitment {
                        problems.append(
                            "\(label)/seed.hex: hashes to \(published.commitment), record.json's seedCommitment is \(record.seedCommitment)"
                        )
                        problems.append(Catalogue.VerifyCauses.chainSeedDerivedNotChecked(label).english)
                    } else {
                        // record.json's seedCommitment differs from commitment.json's (named above).
                        problems.append(Catalogue.VerifyCauses.chainSeedNotCommittedNotChecked(label).english)
                    }
                }
                problems += filesProblems(folder: folder, label: label, record: record, seed: seed)
                if Files.exists("\(folder)/order.json") {
                    do {
                        let bytes = try Files.readJSON("\(folder)/order.json")
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
                    let bytes = try Files.readJSON("\(folder)/replacements.json")
                    // Fields of the wrong type, each named (ReplacementFields.swift).
                    let fields = ReplacementFields.problems(bytes)
                    problems += fields.map { "\(label)/replacements.json \($0)" }
                    do {
                        entries = try JSONDecoder().decode([DaySoFar.Replacement].self, from: Data(bytes))
                    } catch let failure as CLIFailure {
                        throw failure
                    } catch {
                        if fields.isEmpty {
                            problems.append("\(label)/replacements.json: not a list of replacement entries (\(error))")
                        }
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
                // A cancellation comes after the record and every replacement (PublicCancellation.swift).
                problems += try cancellation(
                    folder: folder, label: label, record: record, recordBytes: bytes, seed: seed, links: &links,
                    sequence: &replacementLinks)
                sequences.append((recordLink, replacementLinks))
            }
        }
        let events = try eventLinks(base)  // ledger changes and campaign steps (PublicChainLinks.swift)
        links += events.links
        problems += events.problems
        let (order, linkProblems) = orderChain(links)
        problems += linkProblems
        problems += campaignProblems(order: order, events: events)
        if order.count == links.count { problems += linkPlaceProblems(order) }  // PublicChainLinks.swift
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
        let hashes = Dictionary(links.map { ($0.name, $0.hash) }, uniquingKeysWith: { a, _ in a })
        let head = order.count == links.count ? order.last.flatMap { hashes[$0] } : nil
        if let expected { problems += headProblems(expected, end: head, links: links) }
        return Report(links: links.count, problems: problems, head: head)
    }

    /// The chain must end exactly at `head`, a hash the auditor holds from elsewhere (the
    /// journal, an earlier copy of the folder, a later day's commitment): what was cut from the
    /// end or edited there no longer ends at it.
    static func headProblems(_ head: String, end: String?, links: [ChainLink]) -> [String] {
        guard let link = links.first(where: { $0.hash == head }) else {
            return [
                "--head \(head): no record or entry in the folder hashes to it (the newest ones were deleted or edited, or the head is of another chain)"
            ]
        }
        let followers = links.filter { $0.previous == head }.map(\.name)
        if !followers.isEmpty {
            return [
                "--head \(head) is \(link.name), but \(followers.joined(separator: ", ")) follow it (the chain goes on past the head given)"
            ]
        }
        if let end, end != head {
            return ["--head \(head) is \(link.name), but the chain ends at \(end)"]
        }
        return []
    }
}
