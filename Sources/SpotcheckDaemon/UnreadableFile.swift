import Foundation
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// Why a file of the configuration (the configuration itself, the roster's files, the
/// prohibitions list) cannot be opened, in the daemon's English (told in the reader's language by
/// `Catalogue.ConfigProblems`): for want of permission it names the user the daemon runs as, and
/// its group, since that user (not the administrator who reads the message) must read the file.
enum UnreadableFile {
    static func message(_ path: String) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        let code = descriptor < 0 ? errno : 0
        if descriptor >= 0 { close(descriptor) }
        guard code == EACCES || code == EPERM else { return "cannot be read (missing, or no permission)" }
        let group = getgrgid(getegid()).flatMap { $0.pointee.gr_name.map { String(cString: $0) } } ?? "\(getegid())"
        return Catalogue.StartChecks.notReadableBy(StateBackup.userName(geteuid()), group).english
    }
}
