import CSpotcheckShims
import Foundation
public import SpotcheckCore

#if canImport(Glibc)
    import Glibc
#endif

/// A failed system call on a file.
public struct POSIXError: Error, CustomStringConvertible {
    public var code: Int32
    public var call: String
    public var path: String

    public init(_ code: Int32, _ call: String, _ path: String) {
        self.code = code
        self.call = call
        self.path = path
    }

    public var description: String {
        "\(path): \(call): \(String(cString: strerror(code)))"
    }
}

/// Files replaced whole: a reader sees the old content or the new, never half of either.
public enum AtomicFile {
    /// Writes through a temporary file in the same folder, fsyncs it, renames it over `path`,
    /// then fsyncs the folder so that the rename survives a crash.
    public static func write(_ bytes: [UInt8], to path: String, mode: UInt32) throws(POSIXError) {
        let temporary = "\(path).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw POSIXError(errno, "open", temporary) }
        var ok = false
        defer {
            close(descriptor)
            if !ok { unlink(temporary) }
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw POSIXError(errno, "write", temporary)
            }
            written += count
        }
        guard fchmod(descriptor, mode) == 0 else { throw POSIXError(errno, "fchmod", temporary) }
        guard fsync(descriptor) == 0 else { throw POSIXError(errno, "fsync", temporary) }
        guard rename(temporary, path) == 0 else { throw POSIXError(errno, "rename", path) }
        ok = true
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }
}

/// Folders created with an exact mode, whatever the umask.
public enum Folder {
    /// Creates the folder (and missing parents) and sets its mode.
    public static func make(_ path: String, mode: UInt32) throws(POSIXError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            throw POSIXError(Int32(underlying?.code ?? Int(EACCES)), "mkdir", path)
        }
        guard chmod(path, mode_t(mode)) == 0 else { throw POSIXError(errno, "chmod", path) }
    }
}

/// The kernel's random source.
public enum KernelRandom {
    /// 32 bytes from getrandom(2), retried on EINTR.
    public static func seed() throws(POSIXError) -> Seed {
        var bytes = [UInt8](repeating: 0, count: 32)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                spotcheck_getrandom(buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw POSIXError(errno, "getrandom", "kernel random source")
            }
            filled += count
        }
        return Seed(bytes: bytes)!
    }
}
