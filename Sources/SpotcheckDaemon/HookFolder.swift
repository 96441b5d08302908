import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The hooks folder, opened once without following a symbolic link and checked on its open
/// descriptor: its programs are listed and opened relative to that descriptor (openat), so a
/// folder renamed, replaced or turned into a symbolic link after the check is not where the
/// programs come from. The folders above it are still checked by path (`Notices.untrustedFolder`):
/// none of them may be changed by another account, or it could put another folder in its place
/// before the open.
struct HookFolder: Sendable {
    /// The path it was opened from (for messages only).
    let path: String
    let descriptor: Int32

    /// Opens `path` as a folder (O_DIRECTORY | O_NOFOLLOW) and checks the open folder: owned by
    /// root or the daemon's user, writable by nobody else. The failure says why, or is "" when
    /// there is no folder at all (nothing to warn about).
    static func open(_ path: String) -> Result<HookFolder, HookFolderRefusal> {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            switch errno {
            case ENOENT: return .failure(HookFolderRefusal(reason: "it does not exist", missing: true))
            case ELOOP, ENOTDIR:
                // With O_DIRECTORY a link is refused as ENOTDIR or ELOOP: say which it is.
                var info = stat()
                if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                    return .failure(
                        HookFolderRefusal(reason: "it is a symbolic link (name the folder itself in [hooks] folder)"))
                }
                return .failure(HookFolderRefusal(reason: "it is not a folder"))
            default: return .failure(HookFolderRefusal(reason: "it cannot be opened (errno \(errno))"))
            }
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            Glibc.close(fd)
            return .failure(HookFolderRefusal(reason: "it cannot be examined (errno \(errno))"))
        }
        if info.st_uid != 0 && info.st_uid != getuid() {
            Glibc.close(fd)
            return .failure(
                HookFolderRefusal(reason: "it belongs to uid \(info.st_uid), neither root nor the daemon's user"))
        }
        if info.st_mode & 0o022 != 0 {
            Glibc.close(fd)
            return .failure(HookFolderRefusal(reason: "it is writable by group or others (chmod go-w)"))
        }
        return .success(HookFolder(path: path, descriptor: fd))
    }

    /// The names of the entries of the open folder (not `.` and `..`), sorted.
    func names() -> [String] {
        let copy = fcntl(descriptor, F_DUPFD_CLOEXEC, 3)
        guard copy >= 0 else { return [] }
        guard let directory = fdopendir(copy) else {
            Glibc.close(copy)
            return []
        }
        defer { closedir(directory) }
        rewinddir(directory)
        var out: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { out.append(name) }
        }
        return out.sorted()
    }

    /// Closes the descriptor.
    func close() { _ = Glibc.close(descriptor) }
}

/// Why the hooks folder is not used; `missing` when there is none (not worth a warning).
struct HookFolderRefusal: Error, Equatable, Sendable {
    var reason: String
    var missing = false
}
