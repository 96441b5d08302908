import ArgumentParser
import Foundation
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// `--compact` and `--pretty`: how a command's `--json` is laid out. Without either, JSON is
/// indented for a terminal and compact (one line) for a pipe or a file.
struct JSONLayout: ParsableArguments {
    @Flag(help: ArgumentHelp(Catalogue.Conventions.compactHelp))
    var compact = false

    @Flag(help: ArgumentHelp(Catalogue.Conventions.prettyHelp))
    var pretty = false

    init() {}

    init(compact: Bool, pretty: Bool) {
        self.compact = compact
        self.pretty = pretty
    }

    func validate() throws {
        if compact && pretty { throw ValidationError(Catalogue.Common.chooseOne("--compact", "--pretty").text) }
    }

    /// Whether output is indented: on request, else when standard output is a terminal.
    var indented: Bool {
        pretty || (!compact && isatty(STDOUT_FILENO) == 1)
    }

    /// The value as `--json` prints it: keys by the naming rule (docs/json.md), sorted, with a
    /// final newline.
    func encode<T: Encodable>(_ value: T) -> [UInt8] {
        JSONOutput.encode(value, indented: indented)
    }
}

/// The naming rule of every `--json` output (docs/json.md): keys are lowerCamelCase and an
/// abbreviation is written as a word (`drawId`, `snapshotSha256`), so that each key is the
/// lowerCamelCase form of the Varlink field it carries (`draw_id`, `snapshot_sha256`).
enum JSONOutput {
    /// Keys of types shared with files on disk whose spelling predates the rule (task files,
    /// the core's roster model), as `--json` prints them.
    static let renamed: [String: String] = [
        "descriptionZhCN": "descriptionZhCn",
        "drawID": "drawId",
        "recordSHA256": "recordSha256",
        "reasonSHA256": "reasonSha256",
        "snapshotSHA256": "snapshotSha256",
    ]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init(intValue: Int) {
            self.stringValue = String(intValue)
            self.intValue = intValue
        }
    }

    /// For code without the command's options at hand: the layout the command line asked for.
    static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        let arguments = CommandLine.arguments.prefix { $0 != "--" }
        let layout = JSONLayout(
            compact: arguments.contains("--compact"), pretty: arguments.contains("--pretty"))
        return encode(value, indented: layout.indented)
    }

    static func encode<T: Encodable>(_ value: T, indented: Bool) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            indented ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .custom { path in
            let key = path.last!
            guard key.intValue == nil, let name = renamed[key.stringValue] else { return key }
            return Key(stringValue: name)
        }
        // Encoding the project's own value types cannot fail.
        var bytes = [UInt8](try! encoder.encode(value))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
