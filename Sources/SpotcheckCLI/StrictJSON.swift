import Foundation
import SpotcheckSystem
import SpotcheckText

/// Record files read as the independent verifier reads them (docs/draw-algorithm.md §7, "Files
/// the verifiers read"): an object that names a key twice is refused, since readers that keep the
/// first value and readers that keep the last would check different records.
enum StrictJSON {
    /// The first key named twice in one object of `bytes`, decoded; nil when there is none (or
    /// when the text is not JSON, which the decoder then refuses). Iterative: any depth is fine.
    static func duplicateKey(_ bytes: [UInt8]) -> String? {
        struct Frame {
            var isObject: Bool
            var expectKey: Bool
            var keys: Set<String> = []
        }
        var stack: [Frame] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"):
                stack.append(Frame(isObject: true, expectKey: true))
            case UInt8(ascii: "["):
                stack.append(Frame(isObject: false, expectKey: false))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !stack.isEmpty { stack.removeLast() }
            case UInt8(ascii: ","):
                if let last = stack.indices.last, stack[last].isObject { stack[last].expectKey = true }
            case UInt8(ascii: ":"):
                if let last = stack.indices.last { stack[last].expectKey = false }
            case UInt8(ascii: "\""):
                let start = index
                index += 1
                var escaped = false
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "\\") {
                        escaped = true
                        index += 2
                        continue
                    }
                    if bytes[index] == UInt8(ascii: "\"") { break }
                    index += 1
                }
                guard index < bytes.count else { return nil }
                if let last = stack.indices.last, stack[last].isObject, stack[last].expectKey {
                    let token = Array(bytes[start...index])
                    let key =
                        escaped
                        ? (try? JSONSerialization.jsonObject(with: Data(token), options: .fragmentsAllowed))
                            as? String
                        : String(decoding: token.dropFirst().dropLast(), as: UTF8.self)
                    guard let key else { return nil }
                    if !stack[last].keys.insert(key).inserted { return key }
                    stack[last].expectKey = false
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The problem a duplicate key makes, naming the file (as `verify_draw.py` names it).
    static func problem(_ name: String, key: String) -> String {
        "\(name): the key \"\(key)\" appears twice in one object; refused (each key once)"
    }
}

extension Files {
    /// Reads a record file (`read`), refusing it when an object names a key twice.
    static func readJSON(_ path: String) throws(CLIFailure) -> [UInt8] {
        let bytes = try read(path)
        if let key = StrictJSON.duplicateKey(bytes) {
            throw CLIFailure(StrictJSON.problem(path, key: key), exitCode: ExitCodes.dataError)
        }
        return bytes
    }
}

extension Files {
    /// Reads record.json as the publication verifiers read manifest.json (PublicationRules.swift,
    /// verify_draw.py's `strict_record`): UTF-8 JSON, no byte order mark, no key twice in one
    /// object, no lone surrogate, whole numbers only (no fraction, exponent, NaN or Infinity) within
    /// 64 bits, no U+0000 in a string, nesting at most 100 deep. Each is refused with the file and
    /// what is wrong (exit 65).
    static func readRecordJSON(_ path: String) throws(CLIFailure) -> [UInt8] {
        let bytes = try readJSON(path)
        let cause: Localized
        switch PublicationManifest.jsonFault(bytes, record: true) {
        case nil: return bytes
        case .malformed?: cause = Catalogue.VerifyCauses.notJSON
        case .notUTF8?: cause = Catalogue.VerifyCauses.notUTF8
        case .tooDeep?: cause = Catalogue.VerifyCauses.tooDeep
        case .duplicateKey(let key)?:
            throw CLIFailure(StrictJSON.problem(path, key: key), exitCode: ExitCodes.dataError)
        case .byteOrderMark?:
            throw CLIFailure(Catalogue.VerifyScope.byteOrderMark(path).text, exitCode: ExitCodes.dataError)
        case .fraction?: cause = Catalogue.VerifyCauses.fraction
        case .loneSurrogate?: cause = Catalogue.VerifyCauses.loneSurrogate
        case .outOfRange?: cause = Catalogue.VerifyCauses.outOfRange
        case .nullCharacter?: cause = Catalogue.VerifyCauses.nullCharacter
        }
        throw CLIFailure(
            Catalogue.VerifyCauses.notRecord(path, cause.text).text, exitCode: ExitCodes.dataError)
    }
}
