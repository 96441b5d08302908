import CSpotcheckShims
import Foundation
public import ServiceLifecycle
import SpotcheckProtocol
import SpotcheckSystem
import Synchronization
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

    /// A caller whose login and groups are known, with its roles under `config`.
    init(uid: UInt32, gid: UInt32, pid: Int32, login: String?, groups: [String], config: DaemonConfig) {
        let root = uid == 0
        self.init(
            uid: uid, gid: gid, pid: pid, login: login, groups: groups,
            isCoordinator: root || !Set(groups).isDisjoint(with: config.coordinatorGroups),
            isAuditor: root || !Set(groups).isDisjoint(with: config.auditorGroups))
    }

    public init(
        uid: UInt32, gid: UInt32, pid: Int32, login: String?, groups: [String], isCoordinator: Bool, isAuditor: Bool
    ) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.login = login
        self.groups = groups
        self.isCoordinator = isCoordinator
        self.isAuditor = isAuditor
    }

    /// The login and group names of a uid, from the user database.
    static func lookup(uid: UInt32) -> (login: String?, groups: [String]) {
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
        return (login, groups)
    }
}

/// Callers by uid, looked up in the user database at most every few seconds per uid (a flood of
/// connections costs no lookups), with roles from the configuration in force.
final class CallerDirectory: Sendable {
    private let configuration: ConfigurationBox
    private let lifetime: Double
    private let entries = Mutex<[UInt32: (login: String?, groups: [String], at: Double)]>([:])

    init(configuration: ConfigurationBox, lifetime: Double = 5) {
        self.configuration = configuration
        self.lifetime = lifetime
    }

    func caller(uid: UInt32, gid: UInt32, pid: Int32) -> Caller {
        let now = RefusalLog.now()
        let cached = entries.withLock { $0[uid] }
        let entry: (login: String?, groups: [String])
        if let cached, now - cached.at < lifetime {
            entry = (cached.login, cached.groups)
        } else {
            entry = Caller.lookup(uid: uid)
            entries.withLock {
                if $0.count >= 4_096 { $0.removeAll() }
                $0[uid] = (entry.login, entry.groups, now)
            }
        }
        return Caller(
            uid: uid, gid: gid, pid: pid, login: entry.login, groups: entry.groups, config: configuration.current)
    }
}

/// Answers one call: the bytes of the request in, the bytes of the reply out (nil for none).
public protocol ControlHandler: Sendable {
    func handle(_ request: [UInt8], from caller: Caller) -> [UInt8]?
}

/// What the control socket allows, so that no local user can take it down or make the daemon
/// grow: connections per uid and in all, how long a connection may stay silent, how long a call
/// may take to arrive, and how many threads answer calls. Message sizes are per method
/// (`MessageLimits`).
public struct ControlLimits: Sendable {
    /// Connections one uid may hold at once.
    public var connectionsPerUser = 32
    /// Uids only the total limits (root, the administrator).
    public var uncappedUsers: Set<UInt32> = [0]
    /// Connections beyond the total kept for uncapped users, so that root can always ask
    /// `status` while others hold every other connection.
    public var reservedForUncapped = 64
    /// Connections in all; the unit's LimitNOFILE= leaves room above it.
    public var connections = 1_024
    /// Seconds a connection may stay silent while no call of its own is being answered.
    public var idleTimeout: Double = 30
    /// Seconds a call may take from its first byte to its last.
    public var callTimeout: Double = 60
    /// Threads answering calls; calls queue fairly by uid.
    public var workers = 4
    /// Coordinator imports (up to `MessageLimits.large`) received at once; more wait their turn.
    public var largeMessages = 2
    /// Seconds the accept loop pauses when the process is out of file descriptors.
    public var acceptBackoff: Double = 0.1

    public init() {}
}

/// The control socket's event loop: one thread multiplexes every connection with epoll (reading
/// into a bounded buffer per connection, framing in linear time), a few worker threads answer
/// complete calls, one at a time per connection, in order. Callers over a cap are told so and
/// disconnected; refusals go to a `RefusalLog`. The loop never ends on an accept error: out of
/// file descriptors, it pauses accepting briefly and serves the connections it has.
public final class ControlLoop: @unchecked Sendable {
    /// One client connection; touched only on the loop thread.
    final class Connection {
        let descriptor: Int32
        let id: UInt64
        let uid: UInt32
        let gid: UInt32
        let pid: Int32
        var framer = MessageFramer()
        var limit = MessageLimits.small
        var holdsLargeSlot = false
        var waitingForLargeSlot = false
        var busy = false
        var peerClosed = false
        var closeAfterFlush = false
        var output: [UInt8] = []
        var outputOffset = 0
        var lastActivity: Double
        var callStarted: Double?

        init(descriptor: Int32, id: UInt64, uid: UInt32, gid: UInt32, pid: Int32, now: Double) {
            self.descriptor = descriptor
            self.id = id
            self.uid = uid
            self.gid = gid
            self.pid = pid
            self.lastActivity = now
        }
    }

    struct Job: Sendable {
        var descriptor: Int32
        var id: UInt64
        var uid: UInt32
        var gid: UInt32
        var pid: Int32
        var request: [UInt8]
    }

    struct Completion: Sendable {
        var descriptor: Int32
        var id: UInt64
        var reply: [UInt8]?
    }

    /// Jobs queued by uid, taken round-robin so that one uid's calls never starve another's.
    final class WorkQueue: Sendable {
        private struct State {
            var queues: [UInt32: [Job]] = [:]
            var order: [UInt32] = []
            var stopped = false
        }

        private let state = Mutex(State())
        private let available = DispatchSemaphore(value: 0)

        func push(_ job: Job) {
            state.withLock { state in
                if state.queues[job.uid] == nil { state.order.append(job.uid) }
                state.queues[job.uid, default: []].append(job)
            }
            available.signal()
        }

        /// The next job, or nil once stopped.
        func pop() -> Job? {
            available.wait()
            return state.withLock { state -> Job? in
                guard !state.stopped, !state.order.isEmpty else { return nil }
                let uid = state.order.removeFirst()
                var queue = state.queues[uid] ?? []
                let job = queue.removeFirst()
                if queue.isEmpty {
                    state.queues[uid] = nil
                } else {
                    state.queues[uid] = queue
                    state.order.append(uid)
                }
                return job
            }
        }

        func stop(workers: Int) {
            state.withLock { $0.stopped = true }
            for _ in 0..<workers { available.signal() }
        }
    }

    let listener: Int32
    let limits: ControlLimits
    let handler: any ControlHandler
    let resolve: @Sendable (UInt32, UInt32, Int32) -> Caller
    let refusals: RefusalLog
    private let epoll: Int32
    private let wake: Int32
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let queue = WorkQueue()
    private let completions = Mutex<[Completion]>([])

    // The loop thread's own state.
    private var connections: [Int32: Connection] = [:]
    private var perUser: [UInt32: Int] = [:]
    private var nextID: UInt64 = 0
    private var largeSlotsInUse = 0
    private var acceptPausedUntil: Double?
    private var readBuffer = [UInt8](repeating: 0, count: 65_536)
    /// A descriptor kept in reserve: out of descriptors, it is closed for a moment so that a
    /// waiting client can be accepted, told `TooManyConnections` and closed at once, instead of
    /// waiting in the listen queue until descriptors are free again.
    private var reserve: Int32 = -1

    /// Serves `listener` (which stays open: the caller closes it, and never shuts it down, since
    /// systemd may hold it too). `resolve` turns peer credentials into a caller.
    public init(
        listener: Int32, handler: any ControlHandler, limits: ControlLimits = ControlLimits(), refusals: RefusalLog,
        resolve: @escaping @Sendable (UInt32, UInt32, Int32) -> Caller
    ) throws {
        self.listener = listener
        self.handler = handler
        self.limits = limits
        self.refusals = refusals
        self.resolve = resolve
        epoll = spotcheck_epoll_create()
        wake = spotcheck_eventfd()
        reserve = open("/dev/null", O_RDONLY | O_CLOEXEC)
        guard epoll >= 0, wake >= 0 else { throw POSIXError(errno, "epoll", "control socket") }
        _ = spotcheck_set_nonblocking(listener)
        guard spotcheck_epoll_control(epoll, 1, listener, UInt32(SPOTCHECK_EVENT_IN)) == 0,
            spotcheck_epoll_control(epoll, 1, wake, UInt32(SPOTCHECK_EVENT_IN)) == 0
        else { throw POSIXError(errno, "epoll_ctl", "control socket") }
    }

    /// Starts the loop and the workers.
    public func start() {
        for number in 0..<max(1, limits.workers) {
            let worker = Thread { [self] in
                while let job = queue.pop() {
                    let caller = resolve(job.uid, job.gid, job.pid)
                    let reply = handler.handle(job.request, from: caller)
                    completions.withLock {
                        $0.append(Completion(descriptor: job.descriptor, id: job.id, reply: reply))
                    }
                    spotcheck_eventfd_signal(wake)
                }
            }
            worker.name = "spotcheckd-control-\(number)"
            worker.start()
        }
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "spotcheckd-control"
        thread.start()
    }

    /// Stops taking connections, closes every client connection, and returns within `timeout`
    /// seconds. The listening socket is left open for the caller.
    public func stop(timeout: Double = 1) {
        stopping.store(true, ordering: .sequentiallyConsistent)
        spotcheck_eventfd_signal(wake)
        _ = finished.wait(timeout: .now() + timeout)
        queue.stop(workers: max(1, limits.workers))
    }

    // MARK: The loop

    private func run() {
        var descriptors = [Int32](repeating: 0, count: 256)
        var events = [UInt32](repeating: 0, count: 256)
        var nextSweep = RefusalLog.now() + 1
        while !stopping.load(ordering: .sequentiallyConsistent) {
            let count = spotcheck_epoll_wait(epoll, &descriptors, &events, 256, 250)
            if count < 0, errno != EINTR {
                usleep(10_000)
                continue
            }
            for index in 0..<max(0, Int(count)) {
                let descriptor = descriptors[index]
                if descriptor == listener {
                    acceptAll()
                } else if descriptor == wake {
                    spotcheck_eventfd_drain(wake)
                    deliverCompletions()
                } else if let connection = connections[descriptor] {
                    pump(connection)
                }
            }
            let now = RefusalLog.now()
            if let until = acceptPausedUntil, now >= until {
                acceptPausedUntil = nil
                _ = spotcheck_epoll_control(epoll, 1, listener, UInt32(SPOTCHECK_EVENT_IN))
            }
            if now >= nextSweep {
                nextSweep = now + 1
                if reserve < 0 { reserve = open("/dev/null", O_RDONLY | O_CLOEXEC) }
                sweep(now: now)
                refusals.flush(now: now)
            }
        }
        for connection in Array(connections.values) { closeConnection(connection) }
        close(epoll)
        close(wake)
        if reserve >= 0 { close(reserve) }
    }

    private func acceptAll() {
        // A bounded batch per wake-up, so that a stream of connections never starves the others.
        for _ in 0..<256 {
            let descriptor = spotcheck_accept(listener)
            if descriptor < 0 {
                let code = errno
                switch code {
                case EAGAIN, EWOULDBLOCK: return
                case EINTR, ECONNABORTED, EPROTO: continue
                default:
                    if code == EMFILE || code == ENFILE, reserve >= 0, refuseWaitingClients(code: code) { return }
                    // Out of descriptors or memory (EMFILE, ENFILE, ENOBUFS, ENOMEM) or anything
                    // else: stop accepting for a moment, keep serving, and try again.
                    _ = spotcheck_epoll_control(epoll, 0, listener, 0)
                    acceptPausedUntil = RefusalLog.now() + limits.acceptBackoff
                    refusals.refuse(
                        uid: UInt32.max,
                        "cannot accept connections on the control socket for now: \(String(cString: strerror(code))); retrying",
                        ["ERRNO": String(code)])
                    return
                }
            }
            var pid: Int32 = 0
            var uid: UInt32 = 0
            var gid: UInt32 = 0
            guard spotcheck_peer_credentials(descriptor, &pid, &uid, &gid) == 0 else {
                close(descriptor)
                continue
            }
            let mine = perUser[uid, default: 0]
            let uncapped = limits.uncappedUsers.contains(uid)
            let total = limits.connections + (uncapped ? limits.reservedForUncapped : 0)
            if connections.count >= total || (!uncapped && mine >= limits.connectionsPerUser) {
                let limit = connections.count >= total ? total : limits.connectionsPerUser
                var message = Varlink.encode(Varlink.Failure.tooManyConnections(limit: limit))
                message.append(0)
                _ = message.withUnsafeBytes {
                    send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
                }
                close(descriptor)
                refusals.refuse(
                    uid: uid,
                    "refused a connection to uid \(uid) (pid \(pid)): \(mine) open, at most \(limits.connectionsPerUser) per user and \(limits.connections) in all",
                    ["REASON": "too-many-connections", "PID": String(pid)])
                continue
            }
            let now = RefusalLog.now()
            nextID += 1
            let connection = Connection(descriptor: descriptor, id: nextID, uid: uid, gid: gid, pid: pid, now: now)
            let events =
                UInt32(SPOTCHECK_EVENT_IN | SPOTCHECK_EVENT_OUT | SPOTCHECK_EVENT_RDHUP) | UInt32(SPOTCHECK_EVENT_EDGE)
            guard spotcheck_epoll_control(epoll, 1, descriptor, events) == 0 else {
                close(descriptor)
                continue
            }
            connections[descriptor] = connection
            perUser[uid] = mine + 1
            pump(connection)
        }
    }

    /// Out of descriptors: accepts each waiting client on the reserve descriptor, tells it the
    /// daemon is full and closes it, until the listen queue is empty. True when it is; false
    /// when the reserve could not be taken back (then accepting pauses instead).
    private func refuseWaitingClients(code: Int32) -> Bool {
        var refused = 0
        defer {
            if refused > 0 {
                refusals.refuse(
                    uid: UInt32.max,
                    "out of file descriptors (\(String(cString: strerror(code)))): refused \(refused) new connection(s) at once with TooManyConnections; \(connections.count) open",
                    ["REASON": "out-of-descriptors", "ERRNO": String(code), "COUNT": String(refused)])
            }
        }
        var message = Varlink.encode(Varlink.Failure.tooManyConnections(limit: connections.count))
        message.append(0)
        for _ in 0..<1_024 {
            close(reserve)
            let descriptor = spotcheck_accept(listener)
            let acceptError = errno
            if descriptor >= 0 {
                _ = message.withUnsafeBytes {
                    send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
                }
                close(descriptor)
                refused += 1
            }
            reserve = open("/dev/null", O_RDONLY | O_CLOEXEC)
            guard reserve >= 0 else { return false }
            if descriptor < 0 {
                switch acceptError {
                case EAGAIN, EWOULDBLOCK: return true
                case EINTR, ECONNABORTED, EPROTO: continue
                default: return false
                }
            }
        }
        return true
    }

    /// Moves a connection forward as far as it can go without blocking: sends pending output,
    /// then hands the next complete call to a worker, reading more bytes when needed.
    private func pump(_ connection: Connection) {
        guard connections[connection.descriptor] === connection else { return }
        if !flush(connection) { return }
        if connection.closeAfterFlush {
            closeConnection(connection)
            return
        }
        while connections[connection.descriptor] === connection, !connection.busy, !connection.waitingForLargeSlot {
            if let message = connection.framer.next() {
                dispatch(connection, message)
                return
            }
            if connection.peerClosed {
                closeConnection(connection)
                return
            }
            // Never more than the limit plus one byte is buffered: the byte that proves it too large.
            let room = connection.limit + 1 - connection.framer.pendingCount
            let count = readBuffer.withUnsafeMutableBytes {
                read(connection.descriptor, $0.baseAddress, min($0.count, max(1, room)))
            }
            if count < 0 {
                if errno == EINTR { continue }
                if errno != EAGAIN, errno != EWOULDBLOCK { closeConnection(connection) }
                return
            }
            if count == 0 {
                connection.peerClosed = true
                continue
            }
            let now = RefusalLog.now()
            connection.lastActivity = now
            if connection.callStarted == nil { connection.callStarted = now }
            readBuffer.withUnsafeBytes { connection.framer.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            if let message = connection.framer.next() {
                dispatch(connection, message)
                return
            }
            if connection.framer.pendingCount > connection.limit { overflow(connection) }
        }
    }

    /// A message has outgrown its limit before its end: only a coordinator's roster import may
    /// grow past the small limit, up to its own.
    private func overflow(_ connection: Connection) {
        let method = MessageLimits.method(inPrefixOf: connection.framer.pending)
        guard !connection.holdsLargeSlot, let method, MessageLimits.coordinatorOnlyLarge.contains(method) else {
            refuseMessage(connection, method: method, limit: connection.limit)
            return
        }
        let caller = resolve(connection.uid, connection.gid, connection.pid)
        guard caller.isCoordinator else {
            refuseMessage(connection, method: method, limit: connection.limit)
            return
        }
        guard largeSlotsInUse < limits.largeMessages else {
            // Wait for a slot: the rest of the message stays in the sender's socket buffer.
            connection.waitingForLargeSlot = true
            return
        }
        largeSlotsInUse += 1
        connection.holdsLargeSlot = true
        connection.limit = MessageLimits.maximum(for: method)
    }

    private func releaseLargeSlot(_ connection: Connection) {
        guard connection.holdsLargeSlot else { return }
        connection.holdsLargeSlot = false
        connection.limit = MessageLimits.small
        largeSlotsInUse -= 1
        if let waiting = connections.values.first(where: { $0.waitingForLargeSlot }) {
            waiting.waitingForLargeSlot = false
            overflow(waiting)
            pump(waiting)
        }
    }

    /// Answers a message that is too large with an error, drops what was buffered, and closes
    /// the connection once the answer is sent (the rest of the message is not read).
    private func refuseMessage(_ connection: Connection, method: String?, limit: Int) {
        refusals.refuse(
            uid: connection.uid,
            "refused a message of more than \(limit) bytes (method \(method ?? "unknown")) to uid \(connection.uid) (pid \(connection.pid))",
            ["REASON": "message-too-large", "METHOD": method ?? "", "PID": String(connection.pid)])
        connection.framer.reset()
        releaseLargeSlot(connection)
        connection.output += Varlink.encode(Varlink.Failure.messageTooLarge(method, limit: limit)) + [0]
        connection.closeAfterFlush = true
        connection.peerClosed = true
        pump(connection)
    }

    private func dispatch(_ connection: Connection, _ message: [UInt8]) {
        connection.callStarted = connection.framer.pendingCount > 0 ? RefusalLog.now() : nil
        releaseLargeSlot(connection)
        if message.count > 4 << 10 {
            let method = MessageLimits.method(inPrefixOf: message[...])
            let limit = MessageLimits.maximum(for: method ?? "")
            if message.count > limit {
                refuseMessage(connection, method: method, limit: limit)
                return
            }
        }
        connection.busy = true
        queue.push(
            Job(
                descriptor: connection.descriptor, id: connection.id, uid: connection.uid, gid: connection.gid,
                pid: connection.pid, request: message))
    }

    private func deliverCompletions() {
        let done = completions.withLock { completions -> [Completion] in
            defer { completions.removeAll() }
            return completions
        }
        for completion in done {
            guard let connection = connections[completion.descriptor], connection.id == completion.id else { continue }
            connection.busy = false
            connection.lastActivity = RefusalLog.now()
            if let reply = completion.reply {
                if connection.output.isEmpty {
                    connection.output = reply
                } else {
                    connection.output += reply
                }
                connection.output.append(0)
            }
            pump(connection)
        }
    }

    /// Sends what it can of the pending output; true when all of it is sent.
    private func flush(_ connection: Connection) -> Bool {
        while connection.outputOffset < connection.output.count {
            let count = connection.output.withUnsafeBytes {
                send(
                    connection.descriptor, $0.baseAddress! + connection.outputOffset,
                    $0.count - connection.outputOffset, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
            }
            if count < 0 {
                if errno == EINTR { continue }
                if errno != EAGAIN, errno != EWOULDBLOCK { closeConnection(connection) }
                return false
            }
            connection.outputOffset += count
            connection.lastActivity = RefusalLog.now()
        }
        connection.output = []
        connection.outputOffset = 0
        return true
    }

    /// Closes silent connections and calls that take too long to arrive.
    private func sweep(now: Double) {
        for connection in Array(connections.values) where !connection.busy {
            if now - connection.lastActivity > limits.idleTimeout {
                closeConnection(connection)
            } else if let started = connection.callStarted, now - started > limits.callTimeout {
                closeConnection(connection)
            }
        }
    }

    private func closeConnection(_ connection: Connection) {
        guard connections[connection.descriptor] === connection else { return }
        connections[connection.descriptor] = nil
        close(connection.descriptor)
        let remaining = perUser[connection.uid, default: 1] - 1
        perUser[connection.uid] = remaining > 0 ? remaining : nil
        connection.waitingForLargeSlot = false
        releaseLargeSlot(connection)
        connection.framer.reset()
    }

    /// For tests: the connections open now.
    var connectionCount: Int { connections.count }
}

/// The Varlink control socket: taken from socket activation when systemd passes one, otherwise
/// bound at the configured path (mode 0666: anyone may connect, the peer credentials decide
/// what they may do). Served by a `ControlLoop` within `ControlLimits`.
public struct ControlServer: Service {
    let path: String
    let handler: any ControlHandler
    let configuration: ConfigurationBox
    let limits: ControlLimits
    let refusals: RefusalLog

    public init(
        path: String, handler: any ControlHandler, configuration: ConfigurationBox,
        limits: ControlLimits = ControlLimits(), refusals: RefusalLog
    ) {
        self.path = path
        self.handler = handler
        self.configuration = configuration
        self.limits = limits
        self.refusals = refusals
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
        guard bound == 0, chmod(path, 0o666) == 0, Glibc.listen(descriptor, 4096) == 0 else {
            let code = errno
            close(descriptor)
            throw POSIXError(code, "bind", path)
        }
        return (descriptor, false)
    }

    public func run() async throws {
        let (listener, activated) = try Self.listen(path: path)
        let directory = CallerDirectory(configuration: configuration)
        let loop = try ControlLoop(
            listener: listener, handler: CheckedCalls(handler), limits: limits, refusals: refusals,
            resolve: { directory.caller(uid: $0, gid: $1, pid: $2) })
        loop.start()
        try? await gracefulShutdown()
        loop.stop()
        // Only close: a socket passed in by systemd is systemd's too, and shutdown() would break
        // it for every later start (spotcheckd.socket would fail and refuse connections).
        close(listener)
        if !activated { unlink(path) }
    }
}
