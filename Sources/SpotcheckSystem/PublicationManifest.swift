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
        // A key or R of a form Swift Crypto reads leniently is no signer (PublicationRules.swift).
        guard pointFault(publicKey) == nil, signatureFault(signature) == nil,
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey)
        else { return false }
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
        func refused(_ problem: String) -> Check { Check(manifest: nil, problems: [problem], filesChecked: 0) }
        func regular(_ name: String) -> Bool? {
            var status = stat()
            guard lstat("\(folder)/\(name)", &status) == 0 else { return nil }
            return status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG)
        }
        // Neither is read through a link or from a FIFO: a copy holds the files themselves.
        for name in [manifestName, signatureName] where regular(name) == false {
            return refused("\(name): is not a regular file (a symbolic link or other); copy the file itself")
        }
        guard let manifestBytes = readRegular("\(folder)/\(manifestName)") else {
            return refused("\(manifestName): missing or unreadable (is \(folder) a publication folder?)")
        }
        // Strict JSON first (tools/verify_publication.py reads it so): a key twice, a lone
        // surrogate, a fraction or a byte order mark would be read differently by other readers.
        switch jsonFault(manifestBytes) {
        case nil: break
        case .malformed?, .notUTF8?, .tooDeep?, .outOfRange?, .nullCharacter?:
            return refused("\(manifestName): not a \(format) manifest")
        case .byteOrderMark?:
            return refused("\(manifestName): not a \(format) manifest (it begins with a byte order mark)")
        case .duplicateKey(let key)?:
            return refused("\(manifestName): not a \(format) manifest (the key \(key) appears twice in one object)")
        case .fraction?:
            return refused("\(manifestName): not a \(format) manifest (a number has a fraction or an exponent)")
        case .loneSurrogate?:
            return refused("\(manifestName): not a \(format) manifest (a string holds a lone surrogate)")
        }
        guard let manifest = try? JSONDecoder().decode(PublicationManifest.self, from: Data(manifestBytes)),
            manifest.format == format, manifest.files.allSatisfy({ !$0.path.isEmpty && $0.size >= 0 })
        else {
            return refused("\(manifestName): not a \(format) manifest")
        }
        guard isLowercaseHex64(manifest.publicKey), let named = hexBytes(manifest.publicKey) else {
            return refused("\(manifestName) publicKey: not 64 lowercase hex digits")
        }
        if let fault = pointFault(named) { return refused(keyRefusal("\(manifestName) publicKey", fault)) }
        if let index = manifest.files.firstIndex(where: { !isLowercaseHex64($0.sha256) }) {
            return refused("\(manifestName) files[\(index)].sha256: not 64 lowercase hex digits")
        }
        guard instant(manifest.published) != nil else {
            return refused(
                "\(manifestName) published: not an RFC 3339 date-time with its offset "
                    + "(such as 2026-12-04T10:00:00Z)")
        }
        guard let signatureBytes = readRegular("\(folder)/\(signatureName)") else {
            return refused("\(signatureName): missing or unreadable")
        }
        if let pinnedKey, pinnedKey != named {
            return refused(
                "\(manifestName) publicKey: signed with \(manifest.publicKey), not with the key given by --key "
                    + "(\(hexString(pinnedKey))); this copy was not signed by the holder of that key")
        }
        // The signature: 128 hex digits, either case, with ASCII white space around them only.
        let signatureText = String(decoding: trimmedASCII(signatureBytes), as: UTF8.self)
        let signature = signatureText.utf8.count == 128 ? hexBytes(signatureText) : nil
        // R and S of a sound form first (a key of small order is refused above).
        if let signature, let fault = signatureFault(signature) { return refused(fault) }
        guard let signature, isValid(signature: signature, of: manifestBytes, publicKey: pinnedKey ?? named)
        else {
            return refused(
                "\(signatureName): not a valid signature of \(manifestName) by \(manifest.publicKey) "
                    + "(the manifest or its signature was changed)")
        }
        // The files present, and what the manifest lists, compared as bytes: Swift's String
        // equality would take a name for another canonically equivalent one (K and U+212A).
        var present: [[UInt8]: (path: String, kind: String)] = [:]  // kind: "" for a regular file
        walkBytes(folder, "", into: &present)
        present.removeValue(forKey: Array(manifestName.utf8))
        present.removeValue(forKey: Array(signatureName.utf8))
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
            guard let data = readRegular("\(folder)/\(file.path)") else {
                problems.append("\(file.path): cannot be read")
                continue
            }
            let hash = sha256Hex(data)
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
        // The key file as bytes, ASCII white space around it dropped (a link or other is named above).
        // One that cannot be read is not the key either (as the Python verifier tells it).
        if present[Array(keyName.utf8)]?.kind == "",
            readRegular("\(folder)/\(keyName)").map(trimmedASCII) != Array(manifest.publicKey.utf8)
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
        walkRaw(root, Array(relative.utf8), relative, into: &found)
    }

    /// As `walkBytes`, the relative path as bytes (a name that is not UTF-8 is walked too) and
    /// as the text it is shown as (`nameText`).
    static func walkRaw(
        _ root: String, _ relative: [UInt8], _ shown: String, into found: inout [[UInt8]: (path: String, kind: String)]
    ) {
        func lstatBytes(_ path: [UInt8], _ status: inout stat) -> Int32 {
            (path + [0]).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { lstat($0.baseAddress!, &status) }
            }
        }
        let rootBytes = Array(root.utf8)
        guard let names = entryNames(relative.isEmpty ? rootBytes : rootBytes + [0x2F] + relative) else {
            if !relative.isEmpty { found[relative] = (shown, "cannot be read (a folder that cannot be listed)") }
            return
        }
        if names.isEmpty, !relative.isEmpty {
            found[relative + [0x2F]] = (shown + "/", "an empty folder")
        }
        for name in names {
            let childBytes = relative.isEmpty ? name : relative + [0x2F] + name
            let child = relative.isEmpty ? nameText(name) : "\(shown)/\(nameText(name))"
            var status = stat()
            guard lstatBytes(rootBytes + [0x2F] + childBytes, &status) == 0 else {
                found[childBytes] = (child, "cannot be read")
                continue
            }
            switch status.st_mode & mode_t(S_IFMT) {
            case mode_t(S_IFDIR): walkRaw(root, childBytes, child, into: &found)
            case mode_t(S_IFREG): found[childBytes] = (child, "")
            case mode_t(S_IFLNK):
                found[childBytes] = (child, "is a symbolic link; a publication holds only regular files")
            default: found[childBytes] = (child, "is not a regular file")
            }
        }
    }

    /// The names in a folder as bytes (not `.` and `..`); nil when it cannot be listed.
    static func entryNames(_ path: [UInt8]) -> [[UInt8]]? {
        let opened = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { opendir($0.baseAddress!) }
        }
        guard let directory = opened else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if name != [0x2E], name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
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

    /// Whether `text` is 64 lowercase hex digits (a SHA-256 or an Ed25519 public key as written).
    public static func isLowercaseHex64(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// `bytes` without the ASCII white space (space, tab, line feed, vertical tab, form feed,
    /// carriage return) at either end, as Python's bytes.strip().
    public static func trimmedASCII(_ bytes: [UInt8]) -> [UInt8] {
        let space: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]
        return Array(bytes.drop(while: space.contains).reversed().drop(while: space.contains).reversed())
    }

    public static func hexString(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
