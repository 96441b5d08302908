import CSpotcheckShims
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One notice program, opened once and checked on its open descriptor, then started from that
/// descriptor (execveat with AT_EMPTY_PATH): what runs is the very file that was checked, even
/// if its name is replaced, renamed or turned into a symbolic link in between.
///
/// A `#!` script is started the same way; the kernel then gives its interpreter the script as
/// `/dev/fd/N`, which needs /proc. Without /proc a script is refused (and journaled) instead of
/// being run by name; a compiled program needs nothing more.
public struct HookProgram: Sendable, Equatable {
    /// The path it was opened from (for messages only; it is never run by name).
    public let path: String
    let descriptor: Int32
    /// Whether the file starts with `#!`.
    public let isScript: Bool

    /// Why a hook is not run. `notAProgram` is quietly skipped (a folder, a file without an
    /// execute bit, an entry that went away); `refused` is journaled with its reason.
    public enum Refusal: Error, Equatable, Sendable {
        case notAProgram
        case refused(String)
    }

    /// How a run ended.
    public enum Outcome: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)
        case killedAfterTimeout
        case couldNotStart(String)
    }

    /// Opens `path` without following a symbolic link and checks the open file: a regular file
    /// with an execute bit, owned by root or the daemon's user, writable by nobody else.
    public static func open(_ path: String) -> Result<HookProgram, Refusal> {
        checked(Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY), path: path)
    }

    /// Opens the entry `name` of the open hooks folder (openat, without following a symbolic
    /// link) and checks it as `open(_:)` does: the folder's path is never looked up again.
    static func open(name: String, in folder: HookFolder) -> Result<HookProgram, Refusal> {
        guard !name.isEmpty, !name.contains("/") else { return .failure(.notAProgram) }
        return checked(
            openat(folder.descriptor, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY),
            path: "\(folder.path)/\(name)")
    }

    /// The checks of an opened program (`fd` as `open` or `openat` returned it).
    private static func checked(_ opened: Int32, path: String) -> Result<HookProgram, Refusal> {
        var fd = opened
        if fd < 0 {
            switch errno {
            case ELOOP: return .failure(.refused("it is a symbolic link (copy the program into the folder instead)"))
            case ENOENT, ENOTDIR: return .failure(.notAProgram)
            default: return .failure(.refused("it cannot be opened (errno \(errno))"))
            }
        }
        // Never one of the standard descriptors: the child replaces those before the exec.
        if fd < 3 {
            let moved = fcntl(fd, F_DUPFD_CLOEXEC, 3)
            Glibc.close(fd)
            guard moved >= 0 else { return .failure(.refused("it cannot be opened (errno \(errno))")) }
            fd = moved
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            Glibc.close(fd)
            return .failure(.refused("it cannot be examined (errno \(errno))"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG, info.st_mode & 0o111 != 0 else {
            Glibc.close(fd)
            return .failure(.notAProgram)
        }
        if info.st_uid != 0 && info.st_uid != getuid() {
            Glibc.close(fd)
            return .failure(
                .refused("it belongs to uid \(info.st_uid), neither root nor the daemon's user (chown root)"))
        }
        if info.st_mode & 0o022 != 0 {
            Glibc.close(fd)
            return .failure(.refused("it is writable by group or others (chmod go-w)"))
        }
        var magic: [UInt8] = [0, 0]
        let script = pread(fd, &magic, 2, 0) == 2 && magic == [0x23, 0x21]
        if script && access("/proc/self/fd/\(fd)", F_OK) != 0 {
            Glibc.close(fd)
            return .failure(
                .refused(
                    "it is a #! script and /proc is not mounted, so its interpreter could not read the checked file "
                        + "(mount /proc, or use a compiled program)"))
        }
        return .success(HookProgram(path: path, descriptor: fd, isScript: script))
    }

    /// Closes the descriptor; the program cannot be run afterwards.
    public func close() { _ = Glibc.close(descriptor) }

    /// Runs the checked file with `arguments` (the first is the name it sees as `$0`), the
    /// environment, `input` on standard input and standard output and error discarded; kills it
    /// after `timeoutSeconds`.
    public func run(arguments: [String], environment: [String], input: [UInt8], timeoutSeconds: Int) -> Outcome {
        // A program that exits without reading its input must not end the daemon: writing to it
        // then fails with EPIPE instead of raising SIGPIPE (the child gets SIGPIPE back at default).
        signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return .couldNotStart("no pipe (errno \(errno))") }
        // Neither end may leak into a program another thread starts meanwhile.
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var failure: Int32 = 0
        let pid = spotcheck_spawn_descriptor(descriptor, fds[0], &argv, &envp, &failure)
        Glibc.close(fds[0])
        guard pid > 0 else {
            Glibc.close(fds[1])
            return .couldNotStart("error \(failure)")
        }
        // The input; a program that does not read it is no failure.
        input.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fds[1], buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        Glibc.close(fds[1])
        let deadline = Date().addingTimeInterval(TimeInterval(timeoutSeconds))
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { return .couldNotStart("its end could not be waited for (errno \(errno))") }
            if Date() >= deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return .killedAfterTimeout
            }
            usleep(20_000)
        }
        return status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signalled(status & 0x7F)
    }
}
