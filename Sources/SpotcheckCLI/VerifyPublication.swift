import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckSystem
import SpotcheckText

/// `spotcheck verify --publication DIR [--key HEX] [--not-before TIME]`: a copy of the public
/// site checked offline against its signed manifest (PublicationManifest): the signature, by the
/// key given (or, when none is given, the key the folder names), and every file: a changed, added
/// or missing one is named, and the exit status is 1. It says when the copy was published and its
/// edition; with `--not-before`, a copy published earlier (an old site replayed) is refused.
/// Names are printed escaped (`shown`), so that no file's name writes a line of the report.
enum VerifyPublication {
    /// `--not-before`: YYYY-MM-DD (00:00 at UTC+08:00, China Standard Time) or an RFC 3339
    /// date-time with its offset (PublicationManifest.instant, as tools/verify_publication.py's
    /// `instant`); nil when it is neither.
    static func moment(_ text: String) -> (seconds: Int64, nanoseconds: Int)? {
        PublicationManifest.instant(text, dayAlone: true)
    }

    /// Text as printed: control, format (bidirectional, zero-width), separator, private and
    /// unassigned characters escaped (`\n`, `\u200e`), and each byte of a file name that was not
    /// UTF-8 as `\xNN` (PublicationManifest.nameText), as tools/verify_publication.py prints them.
    static func shown(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            // U+0000 and a scalar at strayByteBase + 0x80 or more: a byte of a name that is not UTF-8.
            if scalar == "\u{0}", index < scalars.count,
                scalars[index].value >= PublicationManifest.strayByteBase + 0x80
            {
                out += "\\x" + String(scalars[index].value - PublicationManifest.strayByteBase, radix: 16)
                index += 1
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\\": out += "\\\\"
            default:
                switch scalar.properties.generalCategory {
                case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
                    let hex = String(scalar.value, radix: 16)
                    out +=
                        scalar.value <= 0xFFFF
                        ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                        : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    static func run(folder: String, key: String?, notBefore: String? = nil, json: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIFailure(Catalogue.VerifyCauses.notAFolder(folder).text, exitCode: ExitCodes.noInput)
        }
        let pinned = try key.map { text throws(CLIFailure) -> [UInt8] in
            guard let bytes = PublicationManifest.hexBytes(text.lowercased()), bytes.count == 32 else {
                throw CLIFailure(Catalogue.VerifyCauses.badKey.text, exitCode: ExitCodes.usage)
            }
            // A key under which anyone may sign (PublicationRules.swift) is refused as the option it is.
            if let fault = PublicationManifest.pointFault(bytes) {
                throw CLIFailure(
                    Catalogue.VerifyCauses.publicationPatterns.told(PublicationManifest.keyRefusal("--key", fault)),
                    exitCode: ExitCodes.usage)
            }
            return bytes
        }
        var check = PublicationManifest.check(folder: folder, pinnedKey: pinned)
        if let notBefore, let manifest = check.manifest {
            // Compared as whole seconds, then nanoseconds: no rounding tells them apart differently.
            let published = PublicationManifest.instant(manifest.published)
            if let limit = moment(notBefore), published.map({ ($0.seconds, $0.nanoseconds) < limit }) ?? true {
                check.problems.insert(
                    "\(PublicationManifest.manifestName) published: \(manifest.published) is before --not-before \(notBefore) "
                        + "(an older edition of the site; the current one is published by the inspection office)",
                    at: 0)
            }
        }
        if json {
            struct Report: Encodable {
                var holds: Bool
                var files: Int
                var problems: [String]
                var chainHead: String?
                var publicKey: String?
                var keyPinned: Bool
                var published: String?
                var edition: String?
            }
            writeOut(
                RecordJSON.encode(
                    Report(
                        holds: check.problems.isEmpty, files: check.filesChecked, problems: check.problems,
                        chainHead: check.manifest?.chainHead, publicKey: check.manifest?.publicKey,
                        keyPinned: pinned != nil, published: check.manifest?.published,
                        edition: check.manifest?.edition)))
        } else if check.problems.isEmpty, let manifest = check.manifest {
            var text =
                Style.current.green(
                    Catalogue.Publication.holds(
                        check.filesChecked, shown(manifest.chainHead ?? "none"), shown(manifest.publicKey)
                    )
                    .text)
            text += Catalogue.PublicationCopy.published(shown(manifest.published), shown(manifest.edition)).text
            if pinned == nil { text += Catalogue.Publication.unpinned.text }
            writeOut(Array(text.utf8))
        } else {
            var text = Style.current.red(Catalogue.Publication.broken.text) + "\n"
            for problem in check.problems {
                text += "  - \(shown(Catalogue.VerifyCauses.publicationPatterns.told(problem)))\n"
            }
            writeOut(Array(text.utf8))
        }
        if !check.problems.isEmpty { throw ExitCodes.checkFailed }
    }
}
