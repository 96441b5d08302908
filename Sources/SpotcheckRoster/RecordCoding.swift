import Foundation
public import SpotcheckCore

/// The JSON form of records and other documents: sorted keys, two-space indentation, a final
/// newline. The bytes are what a record's hash covers, so they never depend on the machine.
public enum RecordCoding {
    public static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding the project's own value types cannot fail.
        var bytes = [UInt8](try! encoder.encode(value))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The hash that chains records: SHA-256 of the record's JSON bytes.
    public static func hash(_ bytes: [UInt8]) -> String {
        sha256Hex(bytes)
    }

    public static func decodeRecord(_ bytes: [UInt8], file: String) throws(InputError) -> DrawRecord {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        do {
            return try JSONDecoder().decode(DrawRecord.self, from: Data(bytes))
        } catch let DecodingError.keyNotFound(key, context) {
            throw InputError(
                file: file, line: 1, message: "not a draw record: key '\(path(context.codingPath + [key]))' is missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw InputError(
                file: file, line: 1, message: "not a draw record: '\(path(context.codingPath))' has the wrong type")
        } catch let DecodingError.dataCorrupted(context) {
            throw InputError(
                file: file, line: 1,
                message: "not a draw record: \(path(context.codingPath)) \(context.debugDescription)")
        } catch {
            throw InputError(file: file, line: 1, message: "not a draw record: \(error)")
        }
    }
}
