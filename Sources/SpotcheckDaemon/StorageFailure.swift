import GRDB
import SpotcheckText

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
