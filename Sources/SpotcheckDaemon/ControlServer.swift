import CSpotcheckShims
import Foundation
public import ServiceLifecycle
import SpotcheckProtocol
import SpotcheckSystem
import SystemdKit

#if canImport(Glibc)
    import Glibc
#endif

/// Who is calling, from the socket's peer credentials, and what they may do.
public struct Caller: Sendable, Equatable {
    public var uid: UInt32
    public var gid: UInt32
    public var pid: Int32
    public var login: String?
    public var groups: [String]
    public var isCoordinator: Bool
    public var isAuditor: Bool

    /// Resolves the login and groups of a uid and its roles under `config`.
    static func resolve(uid: UInt32, gid: UInt32, pid: Int32, config: DaemonConfig) -> Caller {
        var login: String?
        var groups: [String] = []
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        if getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil {
            let name = String(cString: entry.pw_name)
            login = name
            var count: Int32 = 64
            var ids = [gid_t](repeating: 0, count: Int(count))
            if getgrouplist(name, entry.pw_gid, &ids, &count) == -1 {
                ids = [gid_t](repeating: 0, count: Int(count))
                _ = getgrouplist(name, entry.pw_gid, &ids, &count)
            }
            for id in ids.prefix(Int(max(0, count))) {
                var group = group()
                var found: UnsafeMutablePointer<group>?
                var groupBuffer = [CChar](repeating: 0, count: 16_384)
                if getgrgid_r(id, &group, &groupBuffer, groupBuffer.count, &found) == 0, found != nil {
                    groups.append(String(cString: group.gr_name))
                }
            }
        }
        let root = uid == 0
        return Caller(
            uid: uid, gid: gid, pid: pid, login: login, groups: groups,
            isCoordinator: root || !Set(groups).isDisjoint(with: config.coordinatorGroups),
            isAuditor: root || !Set(groups).isDisjoint(with: config.auditorGroups))
    }
}

/// Answers one call: the bytes of the request in, the bytes of the reply out (nil for none).
public protocol ControlHandler: Sendable {
    func handle(_ request: [UInt8], from caller: Caller) -> [UInt8]?
}

/// The Varlink control socket: taken from socket activation when systemd passes one, otherwise
/// bound at the configured path (mode 0666: anyone may connect, the peer credentials decide
/// what they may do). One thread per connection; requests on a connection are answered in
/// order.
public struct ControlServer: Service {
    let path: String
    let handler: any ControlHandler
    let configuration: ConfigurationBox

    public init(path: String, handler: any ControlHandler, configuration: ConfigurationBox) {
        self.path = path
        self.handler = handler
        self.configuration = configuration
    }

    /// Opens the listening socket: the activated one, or a new one at `path`.
    public static func listen(path: String) throws -> (descriptor: Int32, activated: Bool) {
        if let activated = try SocketActivation.listenedDescriptors().first { return (activated, true) }
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(errno, "socket", path) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(descriptor)
            throw POSIXError(ENAMETOOLONG, "bind", path)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        try? FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        // A socket that still answers belongs to a running daemon: taking its path would send
        // its callers here, and removing it at our stop would leave them with nothing.
        let probe = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        let answered =
            probe >= 0
            && withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(probe, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
                }
            }
        if probe >= 0 { close(probe) }
        if answered {
            close(descriptor)
            throw POSIXError(EADDRINUSE, "bind (another process serves this control socket)", path)
        }
        unlink(path)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0, chmod(path, 0o666) == 0, Glibc.listen(descriptor, 128) == 0 else {
            let code = errno
            close(descriptor)
            throw POSIXError(code, "bind", path)
        }
        return (descriptor, false)
    }

    public func run() async throws {
        let (listener, activated) = try Self.listen(path: path)
        let handler = self.handler
        let configuration = self.configuration
        let thread = Thread {
            while true {
                let connection = accept(listener, nil, nil)
                if connection < 0 {
                    if errno == EINTR || errno == ECONNABORTED { continue }
                    return
                }
                _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
                let worker = Thread { Self.serve(connection, handler: handler, configuration: configuration) }
                worker.name = "spotcheckd-client"
                worker.start()
            }
        }
        thread.name = "spotcheckd-accept"
        thread.start()
        try? await gracefulShutdown()
        // Wake the accept thread and stop taking connections.
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        if !activated { unlink(path) }
    }

    static func serve(_ descriptor: Int32, handler: any ControlHandler, configuration: ConfigurationBox) {
        defer { close(descriptor) }
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0
        guard spotcheck_peer_credentials(descriptor, &pid, &uid, &gid) == 0 else { return }
        let caller = Caller.resolve(uid: uid, gid: gid, pid: pid, config: configuration.current)
        let channel = MessageChannel(descriptor: descriptor)
        while let request = try? channel.receive() {
            guard let reply = handler.handle(request, from: caller) else { continue }
            do { try channel.send(reply) } catch { return }
        }
    }
}
