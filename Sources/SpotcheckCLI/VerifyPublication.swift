import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckSystem
import SpotcheckText

/// `spotcheck verify --publication DIR [--key HEX]`: a copy of the public site checked offline
/// against its signed manifest (PublicationManifest): the signature, by the key given (or, when
/// none is given, the key the folder names), and every file: a changed, added or missing one is
/// named, and the exit status is 1.
enum VerifyPublication {
    static func run(folder: String, key: String?, json: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIFailure(Catalogue.VerifyCauses.notAFolder(folder).text, exitCode: ExitCodes.noInput)
        }
        let pinned = try key.map { text throws(CLIFailure) -> [UInt8] in
            guard let bytes = PublicationManifest.hexBytes(text.lowercased()), bytes.count == 32 else {
                throw CLIFailure(Catalogue.VerifyCauses.badKey.text, exitCode: ExitCodes.usage)
            }
            return bytes
        }
        let check = PublicationManifest.check(folder: folder, pinnedKey: pinned)
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
                    Catalogue.Publication.holds(check.filesChecked, manifest.chainHead ?? "none", manifest.publicKey)
                        .text)
            if pinned == nil { text += Catalogue.Publication.unpinned.text }
            writeOut(Array(text.utf8))
        } else {
            var text = Style.current.red(Catalogue.Publication.broken.text) + "\n"
            for problem in check.problems {
                text += "  - \(Catalogue.VerifyCauses.publicationPatterns.told(problem))\n"
            }
            writeOut(Array(text.utf8))
        }
        if !check.problems.isEmpty { throw ExitCodes.checkFailed }
    }
}
