import GRDB
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// A failure of the state database an administrator can act on (a full disk, a read-only file
/// system), told as such: the file, what happened, that nothing was stored, what to do.
enum StorageFailure {
    /// The sentence for `error`, or nil when it is no such failure.
    static func message(_ error: any Error, path: String?) -> String? {
        guard let error = error as? DatabaseError else { return nil }
        let path = path ?? "(in memory)"
        switch error.resultCode {
        case .SQLITE_FULL: return Catalogue.Storage.diskFull(path).english
        case .SQLITE_READONLY: return Catalogue.Storage.readOnly(path).english
        default: return nil
        }
    }
}

/// Whether a folder's file system has room left, for failures SQLite tells only as "disk I/O error".
enum StateRoom {
    /// `folder` when its file system has less than 64 KiB left for spotcheckd's user, else nil.
    static func full(_ folder: String) -> String? {
        var room = statvfs()
        guard statvfs(folder, &room) == 0 else { return nil }
        return UInt64(room.f_bavail) * UInt64(room.f_frsize) < 65536 ? folder : nil
    }
}
