import CSpotcheckShims
import Foundation
public import SpotcheckCore
public import SpotcheckProtocol
import SpotcheckSystem

#if canImport(Glibc)
    import Glibc
#endif

/// Writes task files atomically, readable only by the daemon and the inspector.
public struct TaskWriter: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public func path(date: Day, login: String) -> String {
        "\(directory)/\(date)/\(login).json"
    }

    public func exists(date: Day, login: String) -> Bool {
        FileManager.default.fileExists(atPath: path(date: date, login: login))
    }

    /// Writes the file through a temporary file, fsync and rename, then fsyncs the folder.
    /// Returns a warning when the inspector's read access could not be granted.
    @discardableResult
    public func write(_ file: TaskFile, encode: (TaskFile) -> [UInt8]) throws -> String? {
        let folder = "\(directory)/\(file.date)"
        try Folder.make(directory, mode: 0o711)
        try Folder.make(folder, mode: 0o711)
        let target = path(date: file.date, login: file.inspector.login)
        try AtomicFile.write(encode(file), to: target, mode: 0o600)
        return Self.grantRead(path: target, login: file.inspector.login)
    }

    /// Adds a POSIX ACL entry giving the login's uid read access (the file stays 0600 for
    /// everyone else). Returns a warning when that is not possible.
    static func grantRead(path: String, login: String) -> String? {
        guard let uid = userID(login) else { return "no Unix user" }
        if uid == geteuid() { return nil }
        let undefined: UInt32 = 0xFFFF_FFFF
        var blob: [UInt8] = []
        func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { blob += $0 } }
        func put16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { blob += $0 } }
        func entry(_ tag: UInt16, _ permissions: UInt16, _ id: UInt32) {
            put16(tag)
            put16(permissions)
            put32(id)
        }
        put32(2)  // POSIX_ACL_XATTR_VERSION
        entry(0x01, 6, undefined)  // ACL_USER_OBJ rw-
        entry(0x02, 4, uid)  // ACL_USER r--
        entry(0x04, 0, undefined)  // ACL_GROUP_OBJ ---
        entry(0x10, 4, undefined)  // ACL_MASK r--
        entry(0x20, 0, undefined)  // ACL_OTHER ---
        let result = blob.withUnsafeBytes {
            spotcheck_setxattr(path, "system.posix_acl_access", $0.baseAddress, $0.count, 0)
        }
        guard result == 0 else {
            return "cannot give \(login) read access to \(path): \(String(cString: strerror(errno)))"
        }
        return nil
    }

    static func userID(_ login: String) -> UInt32? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwnam_r(login, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return entry.pw_uid
    }
}
