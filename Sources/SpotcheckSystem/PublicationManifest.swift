import Crypto
import Foundation
import SpotcheckCore

#if canImport(Glibc)
    import Glibc
#endif

/// The signed manifest of a publication folder (`PUBLIC/publication/`): every file's path,
/// size and SHA-256, the head of the hash chain when it was written, and the Ed25519 public key
/// it is signed with. `manifest.json` holds it; `manifest.sig` holds the hex of the Ed25519
/// signature of `signatureContext` followed by the exact bytes of `manifest.json`. Neither file
/// is listed in the manifest; every other file of the folder is, and nothing else may be there.
public struct PublicationManifest: Codable, Sendable, Equatable {
    public static let format = "spotcheck-publication/1"
    public static let manifestName = "manifest.json"
    public static let signatureName = "manifest.sig"
    /// The public key as a file of the folder (hex and a newline), listed in the manifest.
    public static let keyName = "publication-key.txt"
    /// Domain separation: a signature made for a manifest is never valid for anything else.
    public static let signatureContext = Array("spotcheck/publication-manifest/v1\n".utf8)

    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var size: Int
        public var sha256: String

        public init(path: String, size: Int, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }
    }

    public var format: String
    /// When it was written (ISO 8601, UTC).
    public var published: String
    /// `daily`, `phase:IDENTIFIER` (the phase that ended) or `final`.
    public var edition: String
    /// The hash of the newest link of the daemon's chain when the publication was written.
    public var chainHead: String?
    /// Lowercase hex of the 32-byte Ed25519 public key.
    public var publicKey: String
    /// Every file of the folder but the manifest and its signature, sorted by path bytes.
    public var files: [File]

    public init(published: String, edition: String, chainHead: String?, publicKey: String, files: [File]) {
        format = Self.format
        self.published = published
        self.edition = edition
        self.chainHead = chainHead
        self.publicKey = publicKey
        self.files = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The bytes of `manifest.json`: sorted keys, one file per line, a final newline.
    public var encoded: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    /// The signature of a manifest's bytes by a raw 32-byte Ed25519 private key.
    public static func sign(_ manifest: [UInt8], privateKey: [UInt8]) throws -> [UInt8] {
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: privateKey)
        return Array(try key.signature(for: signatureContext + manifest))
    }

    /// The raw public key of a raw 32-byte Ed25519 private key; nil when it is not one.
    public static func publicKey(ofPrivateKey privateKey: [UInt8]) -> [UInt8]? {
        (try? Curve25519.Signing.PrivateKey(rawRepresentation: privateKey)).map {
            Array($0.publicKey.rawRepresentation)
        }
    }

    public static func isValid(signature: [UInt8], of manifest: [UInt8], publicKey: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: signatureContext + manifest)
    }

    // MARK: Checking a folder

    /// What a check of a folder found: the manifest when it could be read and its signature
    /// holds, and every problem, each naming the file at fault.
    public struct Check: Sendable {
        public var manifest: PublicationManifest?
        public var problems: [String]
        public var filesChecked: Int
    }

    /// Checks `folder` against its manifest: the signature (with `pinnedKey` when given, else the
    /// key the manifest names), the key file, and every file: a changed, added or missing one is
    /// named. Symbolic links and other special files are refused (a copy must hold the bytes).
    public static func check(folder: String, pinnedKey: [UInt8]?) -> Check {
        var problems: [String] = []
        let manager = FileManager.default
        guard let manifestData = manager.contents(atPath: "\(folder)/\(manifestName)") else {
            return Check(
                manifest: nil,
                problems: ["\(manifestName): missing or unreadable (is \(folder) a publication folder?)"],
                filesChecked: 0)
        }
        let manifestBytes = [UInt8](manifestData)
        guard let manifest = try? JSONDecoder().decode(PublicationManifest.self, from: manifestData),
            manifest.format == format
        else {
            return Check(
                manifest: nil, problems: ["\(manifestName): not a \(format) manifest"], filesChecked: 0)
        }
        guard let signatureData = manager.contents(atPath: "\(folder)/\(signatureName)") else {
            return Check(manifest: nil, problems: ["\(signatureName): missing or unreadable"], filesChecked: 0)
        }
        let signatureText = String(decoding: signatureData, as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard let named = hexBytes(manifest.publicKey), named.count == 32 else {
            return Check(
                manifest: nil, problems: ["\(manifestName) publicKey: not 64 hex digits"], filesChecked: 0)
        }
        if let pinnedKey, pinnedKey != named {
            return Check(
                manifest: nil,
                problems: [
                    "\(manifestName) publicKey: signed with \(manifest.publicKey), not with the key given by --key "
                        + "(\(hexString(pinnedKey))); this copy was not signed by the holder of that key"
                ], filesChecked: 0)
        }
        guard let signature = hexBytes(signatureText), signature.count == 64,
            isValid(signature: signature, of: manifestBytes, publicKey: pinnedKey ?? named)
        else {
            return Check(
                manifest: nil,
                problems: [
                    "\(signatureName): not a valid signature of \(manifestName) by \(manifest.publicKey) "
                        + "(the manifest or its signature was changed)"
                ], filesChecked: 0)
        }
        // The files present, and what the manifest lists, compared as bytes: Swift's String
        // equality would take a name for another canonically equivalent one (K and U+212A).
        var present: [[UInt8]: (path: String, kind: String)] = [:]  // kind: "" for a regular file
        walkBytes(folder, "", into: &present)
        present.removeValue(forKey: Array(manifestName.utf8))
        present.removeValue(forKey: Array(signatureName.utf8))
        for name in [manifestName, signatureName] {
            var status = stat()
            if lstat("\(folder)/\(name)", &status) == 0, status.st_mode & mode_t(S_IFMT) != mode_t(S_IFREG) {
                problems.append("\(name): is not a regular file (a symbolic link or other); copy the file itself")
            }
        }
        var listed = Set<[UInt8]>()
        var folded: [String: String] = [:]
        var checked = 0
        for file in manifest.files {
            let key = Array(file.path.utf8)
            guard listed.insert(key).inserted else {
                problems.append("\(manifestName): lists \(file.path) twice")
                continue
            }
            // Two paths that differ only in case are one file on a copy that ignores case.
            let fold = file.path.precomposedStringWithCanonicalMapping.folding(options: .caseInsensitive, locale: nil)
            if let same = folded[fold] {
                problems.append(
                    "\(manifestName): lists \(same) and \(file.path), one file where case is not told apart")
            } else {
                folded[fold] = file.path
            }
            guard let kind = present[key]?.kind else {
                problems.append("\(file.path): missing (the manifest lists it)")
                continue
            }
            guard kind.isEmpty else {
                problems.append("\(file.path): \(kind)")
                continue
            }
            guard let data = manager.contents(atPath: "\(folder)/\(file.path)") else {
                problems.append("\(file.path): cannot be read")
                continue
            }
            let hash = sha256Hex([UInt8](data))
            if hash != file.sha256 || data.count != file.size {
                problems.append(
                    "\(file.path): changed (SHA-256 \(hash), \(data.count) bytes; the manifest says \(file.sha256), \(file.size) bytes)"
                )
            }
            checked += 1
        }
        for (key, entry) in present.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) where !listed.contains(key)
        {
            problems.append(
                entry.kind.hasPrefix("cannot")
                    ? "\(entry.path): \(entry.kind)" : "\(entry.path): not in the manifest (a file was added)")
        }
        if let key = manager.contents(atPath: "\(folder)/\(keyName)"),
            String(decoding: key, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) != manifest.publicKey
        {
            problems.append("\(keyName): is not the key the manifest is signed with (\(manifest.publicKey))")
        }
        return Check(manifest: manifest, problems: problems, filesChecked: checked)
    }

    /// Every entry under `folder` (relative paths with `/`): "" for a regular file, otherwise
    /// what it is instead. Folders are walked, not listed.
    static func walk(_ root: String, _ relative: String, into found: inout [String: String]) {
        var entries: [[UInt8]: (path: String, kind: String)] = [:]
        walkBytes(root, relative, into: &entries)
        for entry in entries.values { found[entry.path] = entry.kind }
    }

    /// As `walk`, keyed by the bytes of each relative path; a folder that cannot be listed is
    /// an entry ("cannot be read"), and so is an empty one (nothing a manifest lists is in it).
    static func walkBytes(_ root: String, _ relative: String, into found: inout [[UInt8]: (path: String, kind: String)])
    {
        let path = relative.isEmpty ? root : "\(root)/\(relative)"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            if !relative.isEmpty {
                found[Array(relative.utf8)] = (relative, "cannot be read (a folder that cannot be listed)")
            }
            return
        }
        if names.isEmpty, !relative.isEmpty {
            found[Array((relative + "/").utf8)] = (relative + "/", "an empty folder")
        }
        for name in names {
            let child = relative.isEmpty ? name : "\(relative)/\(name)"
            var status = stat()
            guard lstat("\(root)/\(child)", &status) == 0 else {
                found[Array(child.utf8)] = (child, "cannot be read")
                continue
            }
            switch status.st_mode & mode_t(S_IFMT) {
            case mode_t(S_IFDIR): walkBytes(root, child, into: &found)
            case mode_t(S_IFREG): found[Array(child.utf8)] = (child, "")
            case mode_t(S_IFLNK):
                found[Array(child.utf8)] = (child, "is a symbolic link; a publication holds only regular files")
            default: found[Array(child.utf8)] = (child, "is not a regular file")
            }
        }
    }

    /// Every entry under `root`, as `walk` finds them.
    public static func walkFolder(_ root: String, into found: inout [String: String]) {
        walk(root, "", into: &found)
    }

    /// Every regular file under `folder` but the manifest and its signature, hashed.
    public static func files(in folder: String) throws -> [File] {
        var present: [String: String] = [:]
        walk(folder, "", into: &present)
        var files: [File] = []
        for (path, kind) in present where path != manifestName && path != signatureName {
            guard kind.isEmpty, let data = FileManager.default.contents(atPath: "\(folder)/\(path)") else {
                throw POSIXError(EINVAL, "read", "\(folder)/\(path)")
            }
            files.append(File(path: path, size: data.count, sha256: sha256Hex([UInt8](data))))
        }
        return files
    }

    public static func hexBytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case 0x30...0x39: digit - 0x30
            case 0x61...0x66: digit - 0x61 + 10
            case 0x41...0x46: digit - 0x41 + 10
            default: nil
            }
        }
        var index = 0
        while index < digits.count {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    public static func hexString(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
