import Foundation
import SpotcheckCore
import SpotcheckSystem
import SpotcheckText

/// The published files of one draw folder as `spotcheck verify` reads them: each refused with the
/// file and the field at fault (never the decoder's own words), and what a per-draw check proves
/// about replacements (docs/publication.md, "What a per-draw check proves").
enum VerifyFiles {
    /// The fields a commitment holds (as verify_draw.py's COMMITMENT_FIELDS).
    static let commitmentFields: Set<String> = [
        "algorithm", "date", "pool", "kind", "orderedDepartments", "seedCommitment", "snapshotHash", "policyHash",
        "previousRecordHash", "hiddenSlot", "visit",
    ]

    /// The fields every record holds (DrawRecord).
    static let recordFields: Set<String> = [
        "algorithm", "date", "pool", "kind", "policy", "policyHash", "snapshotHash", "seedCommitment",
        "eligibleDepartments", "eligibleWeight", "picks", "teams", "shortfall",
    ]

    /// A decoding error as `FIELD: what is wrong`, the field as its coding path (`teams[0].members`).
    static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            let trimmed = text.hasPrefix(".") ? String(text.dropFirst()) : text
            return trimmed.isEmpty ? "the whole file" : trimmed
        }
        func kind(_ type: Any.Type) -> String {
            switch "\(type)" {
            case "String": "a string"
            case "Int", "Int64", "UInt64", "Int32": "an integer"
            case "Bool": "a boolean"
            case let name where name.hasPrefix("Array"): "a list"
            case let name where name.hasPrefix("Dictionary"): "an object"
            default: "a value of another type"
            }
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case DecodingError.typeMismatch(let type, let context):
            return "\(path(context.codingPath)): of the wrong type (it must be \(kind(type)))"
        case DecodingError.valueNotFound(let type, let context):
            return "\(path(context.codingPath)): is null (it must be \(kind(type)))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "not readable JSON" : "\(path(context.codingPath)): not a value this field can hold"
        default:
            return "\(error)"
        }
    }

    static func decode<T: Decodable>(
        _ type: T.Type, bytes: [UInt8], path: String, what: String
    ) throws(CLIFailure)
        -> T
    {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw CLIFailure(Catalogue.VerifyScope.byteOrderMark(path).text, exitCode: ExitCodes.dataError)
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw CLIFailure(
                Catalogue.VerifyWords.notA(path, what, describe(error)).text, exitCode: ExitCodes.dataError)
        }
    }

    /// record.json, each value of the wrong type named by its field (as RecordJSON.decodeRecord
    /// reads it otherwise).
    static func record(path: String) throws(CLIFailure) -> DrawRecord {
        let bytes = try Files.readRecordJSON(path)  // StrictJSON.swift: strict JSON, as the manifest
        do {
            _ = try JSONDecoder().decode(DrawRecord.self, from: Data(bytes))
        } catch {
            throw CLIFailure(
                Catalogue.VerifyWords.notA(path, "draw record", describe(error)).text, exitCode: ExitCodes.dataError)
        }
        // Fields an old record may lack read as empty when absent; null is no value of theirs.
        if let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let field = recordFields.sorted().first(where: { object[$0] is NSNull })
        {
            throw CLIFailure(
                Catalogue.VerifyWords.notA(path, "draw record", "\(field): is null").text, exitCode: ExitCodes.dataError
            )
        }
        return try RecordJSON.decodeRecord(bytes, file: path)
    }

    /// Keys of record.json that no draw record has, at any depth, each as a difference (verify_draw.py
    /// compares the file with the record it recomputes, so a key nothing recomputes is a difference
    /// there; the decoder here dropped it). Found by comparing the file with the record re-encoded.
    static func unknownFields(_ bytes: [UInt8], record: DrawRecord) -> [String] {
        guard let file = try? JSONSerialization.jsonObject(with: Data(bytes)),
            let known = try? JSONSerialization.jsonObject(with: Data(RecordJSON.encode(record)))
        else { return [] }
        var found: [String] = []
        func walk(_ held: Any, _ recomputed: Any, _ path: String) {
            if let held = held as? [String: Any], let recomputed = recomputed as? [String: Any] {
                for key in held.keys.sorted() {
                    let child = path.isEmpty ? key : "\(path).\(key)"
                    if let inner = recomputed[key] {
                        walk(held[key]!, inner, child)
                    } else {
                        found.append(
                            "\(child): not a field of a draw record (the record holds it; nothing recomputes it)")
                    }
                }
            } else if let held = held as? [Any], let recomputed = recomputed as? [Any], held.count == recomputed.count {
                for (index, pair) in zip(held, recomputed).enumerated() { walk(pair.0, pair.1, "\(path)[\(index)]") }
            }
        }
        walk(file, known, "")
        return found
    }

    /// commitment.json: a JSON object holding only the commitment's fields, each of its type.
    static func commitment(path: String) throws(CLIFailure) -> Commitment {
        let bytes = try Files.readJSON(path)
        let value = try decode(Commitment.self, bytes: bytes, path: path, what: "commitment")
        if let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let extra = object.keys.filter({ !commitmentFields.contains($0) }).sorted().first
        {
            throw CLIFailure(Catalogue.VerifyScope.unknownField(path, extra).text, exitCode: ExitCodes.dataError)
        }
        return value
    }

    /// hidden-slot.txt of a public record folder: a damaged file is named (it is not a wrong option).
    static func hiddenOpening(_ text: String, path: String) throws(CLIFailure) -> String {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2,
            SpotcheckCore.HiddenSlot(department: parts.dropLast().joined(separator: ":"), saltHex: parts.last!) != nil
        else {
            throw CLIFailure(Catalogue.VerifyScope.badHiddenSlotFile(path).text, exitCode: ExitCodes.dataError)
        }
        return text
    }

    /// One line: what this check proved about replacements, and what only the chain or the manifest proves.
    static func replacementsScope(_ count: Int?) -> String {
        (count.map { Catalogue.VerifyScope.replacementsChecked($0) } ?? Catalogue.VerifyScope.replacementsNone).text
            + Catalogue.VerifyScope.replacementsNotProved.text
    }

    /// A draw folder inside a publication (DIR/draws/DATE/NAME next to DIR/manifest.json) against the
    /// manifest's hashes: (files listed, problems, DIR), or nil outside one. The signature is
    /// `verify --publication`'s to check.
    static func manifestCheck(folder: String) throws(CLIFailure) -> (files: Int, problems: [String], root: String)? {
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        let parts = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard parts.count >= 4, parts[parts.count - 3] == "draws" else { return nil }
        let root = "/" + parts.dropLast(3).joined(separator: "/")
        let manifestPath = "\(root)/\(PublicationManifest.manifestName)"
        guard Files.exists(manifestPath) else { return nil }
        let manifest = try decode(
            PublicationManifest.self, bytes: try Files.readJSON(manifestPath), path: manifestPath,
            what: "publication manifest")
        let relative = parts.suffix(3).joined(separator: "/")
        var listed: [String: String] = [:]
        for file in manifest.files where file.path.hasPrefix(relative + "/") { listed[file.path] = file.sha256 }
        var found: [String: String] = [:]
        if let walker = FileManager.default.enumerator(atPath: absolute) {
            while let name = walker.nextObject() as? String {
                let full = "\(absolute)/\(name)"
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue
                else { continue }
                found["\(relative)/\(name)"] = sha256Hex(try Files.read(full))
            }
        }
        var problems: [String] = []
        for name in Set(listed.keys).union(found.keys).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            switch (listed[name], found[name]) {
            case (_, nil): problems.append("\(name): missing (listed in \(manifestPath))")
            case (nil, _):
                problems.append("\(name): not listed in \(manifestPath) (added after the publication was signed)")
            case (let want?, let have?) where want != have:
                problems.append("\(name): changed (SHA-256 \(have); \(manifestPath) says \(want))")
            default: break
            }
        }
        return (listed.count, problems, root)
    }
}
