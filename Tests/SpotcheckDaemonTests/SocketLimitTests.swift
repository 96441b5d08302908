import Foundation
import SpotcheckProtocol
import Synchronization
import Testing

@testable import SpotcheckDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// A raw client: sends any bytes, reads one NUL-terminated reply or the end of the stream.
final class RawClient: @unchecked Sendable {
    struct ConnectFailed: Error { var code: Int32 }

    /// -1 once closed: a descriptor is closed exactly once, since its number is soon reused by
    /// other tests of the same process (a second close would close their pipe or socket).
    private(set) var descriptor: Int32

    init(path: String) throws {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(descriptor)
            throw ConnectFailed(code: code)
        }
        self.descriptor = descriptor
    }

    /// Closes the connection (once).
    func disconnect() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { disconnect() }

    /// Sends what the peer takes within `timeout` seconds; returns the count sent.
    @discardableResult
    func send(_ bytes: [UInt8], timeout: Double = 5) -> Int {
        var sent = 0
        let deadline = Date().addingTimeInterval(timeout)
        while sent < bytes.count, Date() < deadline {
            var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            let count = bytes.withUnsafeBytes {
                Glibc.send(
                    descriptor, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
            }
            if count < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                return sent
            }
            sent += count
        }
        return sent
    }

    /// The next reply (without its NUL), or nil at the end of the stream or after `timeout`.
    func receive(timeout: Double = 5) -> String? {
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count <= 0 { return nil }
            if byte == 0 { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return nil
    }

    /// True once the daemon has closed the connection (within `timeout`).
    func isClosed(timeout: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let count = read(descriptor, &buffer, buffer.count)
            if count == 0 || (count < 0 && errno != EAGAIN && errno != EINTR) { return true }
        }
        return false
    }
}

/// Framing and the table of message sizes.
@Suite struct FramingTests {
    @Test func messagesAreSplitAtEachNulWhateverTheChunks() {
        var framer = MessageFramer()
        let stream = Array("{\"a\":1}\u{0}{\"b\":2}\u{0}{\"c\"".utf8) + Array(":3}\u{0}".utf8)
        var messages: [String] = []
        for byte in stream {
            withUnsafeBytes(of: byte) { framer.append($0) }
            while let message = framer.next() { messages.append(String(decoding: message, as: UTF8.self)) }
        }
        #expect(messages == ["{\"a\":1}", "{\"b\":2}", "{\"c\":3}"])
        #expect(framer.pendingCount == 0)
    }

    @Test func aSixteenMebibyteMessageInSmallChunksIsFramedInLinearTime() {
        // Rescanning from the start after every chunk would look at 4,096 × 8 MiB = 32 GiB of bytes.
        var framer = MessageFramer()
        let chunk = [UInt8](repeating: 0x61, count: 4_096)
        let started = Date()
        for _ in 0..<4_096 {
            chunk.withUnsafeBytes { framer.append($0) }
            #expect(framer.next() == nil)
        }
        withUnsafeBytes(of: UInt8(0)) { framer.append($0) }
        #expect(framer.next()?.count == 16 << 20)
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 1, "framing 16 MiB took \(seconds) s")
    }

    @Test func theMethodIsReadFromTheFirstBytesOfACall() {
        func method(_ text: String) -> String? { MessageLimits.method(inPrefixOf: Array(text.utf8)[...]) }
        #expect(
            method(#"{"method":"io.spotcheck.ImportRoster","parameters":{"files":{"departments":"id,na"#)
                == "io.spotcheck.ImportRoster")
        #expect(
            method(#" { "oneway" : true , "more":[1,{"x":"}"}], "method" : "io.spotcheck.GetStatus""#)
                == "io.spotcheck.GetStatus")
        // After a value that has not ended, the method cannot be known.
        #expect(method(#"{"parameters":{"files":{"departments":"id,name"#) == nil)
        #expect(method(#"{"method":"io.spotcheck.Imp"#) == nil)
        #expect(method("not json") == nil)
    }

    @Test func everyMethodOfTheInterfaceHasALimitAndOnlyTheImportIsLarge() {
        let methods = Varlink.interfaceDescription.split(separator: "\n")
            .filter { $0.hasPrefix("method ") }
            .map { "io.spotcheck." + $0.dropFirst("method ".count).prefix { $0 != "(" } }
        #expect(!methods.isEmpty)
        for method in methods {
            #expect(MessageLimits.byMethod[method] != nil, "\(method) has no size limit of its own")
        }
        let large = MessageLimits.byMethod.filter { $0.value > MessageLimits.small }.map(\.key)
        #expect(large == ["io.spotcheck.ImportRoster"])
        #expect(MessageLimits.coordinatorOnlyLarge == ["io.spotcheck.ImportRoster"])
    }
}

/// Refusals journaled once per uid per interval, with a count.
@Suite struct RefusalLogTests {
    @Test func aThousandRefusalsOfOneUserMakeTwoEntriesAndOthersKeepTheirOwn() {
        let sink = MemorySink()
        let log = RefusalLog(sinks: [sink], interval: 60)
        for index in 0..<1_000 { log.refuse(uid: 1_000, "refused io.spotcheck.Why \(index)", ["METHOD": "x"], now: 10) }
        log.refuse(uid: 1_001, "refused io.spotcheck.Why", now: 11)
        #expect(sink.recorded.count == 2)
        log.flush(now: 30)
        #expect(sink.recorded.count == 2)
        log.flush(now: 71)
        #expect(sink.recorded.count == 3)
        let summary = sink.recorded[2]
        #expect(summary.fields["COUNT"] == "999" && summary.fields["UID"] == "1000")
        #expect(summary.message.contains("999 more refusal(s)") && summary.message.contains("Why 999"))
        // A quiet interval: the next refusal is journaled at once again.
        log.refuse(uid: 1_000, "refused again", now: 200)
        #expect(sink.recorded.last?.message == "refused again")
        #expect(sink.recorded.count == 4)
    }

    @Test func refusedCallsThroughTheEventLogAreThrottledAndDecisionsAreNot() {
        let sink = MemorySink()
        let refusals = RefusalLog(sinks: [sink])
        let events = EventLog(sinks: [sink]).throttlingRefusals(refusals)
        for _ in 0..<500 { events.emit(.requestRefused, "refused io.spotcheck.Why to uid 7", ["UID": "7"]) }
        events.emit(.inspectorReplaced, "i002 replaces i001")
        #expect(sink.recorded.map(\.event) == [.requestRefused, .inspectorReplaced])
    }
}

/// The event loop in this process, with a handler of its own.
@Suite(.serialized) struct ControlLoopTests {
    struct Echo: ControlHandler {
        func handle(_ request: [UInt8], from caller: Caller) -> [UInt8]? {
            Array(#"{"parameters":{"bytes":\#(request.count),"coordinator":\#(caller.isCoordinator)}}"#.utf8)
        }
    }

    /// A loop on a fresh socket; callers are coordinators only if `coordinators`.
    static func loop(_ limits: ControlLimits, coordinators: Bool = false) throws -> (ControlLoop, String, Int32) {
        let path = "/tmp/spotcheck-loop-\(UUID().uuidString.prefix(8))"
        let (listener, _) = try ControlServer.listen(path: path)
        let loop = try ControlLoop(
            listener: listener, handler: Echo(), limits: limits, refusals: RefusalLog(sinks: [MemorySink()]),
            resolve: { uid, gid, pid in
                Caller(
                    uid: uid, gid: gid, pid: pid, login: nil, groups: [], isCoordinator: coordinators,
                    isAuditor: false)
            })
        loop.start()
        return (loop, path, listener)
    }

    static func finish(_ loop: ControlLoop, _ path: String, _ listener: Int32) {
        loop.stop()
        close(listener)
        unlink(path)
    }

    static func call(_ method: String, padding: Int = 0) -> [UInt8] {
        Array(#"{"method":"\#(method)","parameters":{"x":""#.utf8) + [UInt8](repeating: 0x61, count: padding)
            + Array(#""}}"#.utf8) + [0]
    }

    @Test func aUserOverTheCapIsToldAndDisconnectedWhileOthersAreServed() throws {
        var limits = ControlLimits()
        limits.connectionsPerUser = 3
        limits.uncappedUsers = []
        let (loop, path, listener) = try Self.loop(limits)
        defer { Self.finish(loop, path, listener) }
        let kept = try (0..<3).map { _ in try RawClient(path: path) }
        for client in kept { client.send(Self.call("io.spotcheck.GetStatus")) }
        for client in kept { #expect(client.receive()?.contains("\"bytes\"") == true) }
        let refused = try RawClient(path: path)
        #expect(refused.receive()?.contains("io.spotcheck.TooManyConnections") == true)
        #expect(refused.isClosed())
        // One leaves: the next connection is served again.
        kept.first?.disconnect()
        usleep(100_000)
        let next = try RawClient(path: path)
        next.send(Self.call("io.spotcheck.GetStatus"))
        #expect(next.receive()?.contains("\"bytes\"") == true)
    }

    @Test func theTotalCapKeepsARootReserve() throws {
        var limits = ControlLimits()
        limits.connections = 3
        limits.reservedForUncapped = 2
        let (loop, path, listener) = try Self.loop(limits)
        defer { Self.finish(loop, path, listener) }
        // Root (the uid of these tests) may use the reserve: five connections, not six.
        let kept = try (0..<5).map { _ in try RawClient(path: path) }
        for client in kept { client.send(Self.call("io.spotcheck.GetStatus")) }
        for client in kept { #expect(client.receive()?.contains("\"bytes\"") == true) }
        let refused = try RawClient(path: path)
        #expect(refused.receive()?.contains("io.spotcheck.TooManyConnections") == true)
    }

    @Test func aSilentConnectionIsClosedAfterTheIdleTimeout() throws {
        var limits = ControlLimits()
        limits.idleTimeout = 0.5
        let (loop, path, listener) = try Self.loop(limits)
        defer { Self.finish(loop, path, listener) }
        let silent = try RawClient(path: path)
        let halfway = try RawClient(path: path)
        halfway.send(Array(#"{"method":"io.spotcheck.GetStatus""#.utf8))
        let started = Date()
        #expect(silent.isClosed(timeout: 5) && halfway.isClosed(timeout: 5))
        #expect(Date().timeIntervalSince(started) < 3)
        #expect(DaemonProcess.eventually(timeout: 2) { loop.connectionCount == 0 })
    }

    @Test func aCallOverItsMethodsLimitIsRefusedWithoutBeingRead() throws {
        let (loop, path, listener) = try Self.loop(ControlLimits())
        defer { Self.finish(loop, path, listener) }
        // A status call of 10 KiB (its limit is 4 KiB): answered with an error, the connection stays.
        let client = try RawClient(path: path)
        client.send(Self.call("io.spotcheck.GetStatus", padding: 10_000))
        let reply = try #require(client.receive())
        #expect(reply.contains("io.spotcheck.MessageTooLarge") && reply.contains("4096"), "\(reply)")
        // A stranger's 16 MiB import: refused after the first 64 KiB, never buffered whole.
        let importer = try RawClient(path: path)
        let sent = importer.send(Self.call("io.spotcheck.ImportRoster", padding: 16 << 20), timeout: 3)
        #expect(sent < 4 << 20, "the daemon took \(sent) bytes")
        #expect(importer.receive()?.contains("io.spotcheck.MessageTooLarge") == true)
        #expect(importer.isClosed())
        // A method that is not the import cannot grow past the small limit either.
        let other = try RawClient(path: path)
        other.send(Self.call("io.spotcheck.OrderInspection", padding: 1 << 20), timeout: 2)
        #expect(other.receive()?.contains("io.spotcheck.MessageTooLarge") == true)
    }

    @Test func aCoordinatorsLargeImportIsReadWhole() throws {
        let (loop, path, listener) = try Self.loop(ControlLimits(), coordinators: true)
        defer { Self.finish(loop, path, listener) }
        let importers = try (0..<3).map { _ in try RawClient(path: path) }
        let call = Self.call("io.spotcheck.ImportRoster", padding: 4 << 20)
        // Three at once, two slots: the third waits for its turn and is answered too.
        let sent = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            let count = importers[index].send(call, timeout: 20)
            sent.withLock { $0 += count }
        }
        #expect(sent.withLock { $0 } == 3 * call.count)
        for importer in importers {
            #expect(importer.receive(timeout: 10)?.contains("\"bytes\":\(call.count - 1)") == true)
        }
    }

    @Test func pipelinedCallsAreAnsweredInOrder() throws {
        let (loop, path, listener) = try Self.loop(ControlLimits())
        defer { Self.finish(loop, path, listener) }
        let client = try RawClient(path: path)
        client.send((1...20).flatMap { Self.call("io.spotcheck.GetStatus", padding: $0) })
        for padding in 1...20 {
            let expected = Self.call("io.spotcheck.GetStatus", padding: padding).count - 1
            #expect(client.receive()?.contains("\"bytes\":\(expected),") == true)
        }
    }
}

/// A socket passed in by the service manager is the manager's too: the daemon must leave it
/// listening when it stops, so that the next start (or the manager itself) serves it.
@Suite struct InheritedSocketTests {
    /// Listens on a path, then twice: starts the daemon with the socket as fd 3 (LISTEN_FDS=1),
    /// waits for a line on standard input, stops it with SIGTERM. Then says whether the socket
    /// still takes connections.
    static let manager = #"""
        use strict; use warnings; use Socket; use POSIX (); use IO::Handle;
        my ($path, $daemon, $config) = @ARGV;
        unlink $path;
        socket(my $listener, PF_UNIX, SOCK_STREAM, 0) or die "socket: $!";
        bind($listener, pack_sockaddr_un($path)) or die "bind: $!";
        listen($listener, 128) or die "listen: $!";
        for my $round (1, 2) {
            my $pid = fork() // die "fork: $!";
            if ($pid == 0) {
                my $copy = POSIX::dup(fileno($listener));
                POSIX::dup2($copy, 3);
                POSIX::close($copy) if $copy != 3;
                $ENV{LISTEN_PID} = $$; $ENV{LISTEN_FDS} = 1; delete $ENV{NOTIFY_SOCKET};
                exec($daemon, "--config", $config) or POSIX::_exit(127);
            }
            print "started $round\n"; STDOUT->flush;
            my $line = <STDIN>;
            kill 'TERM', $pid; waitpid($pid, 0);
            print "exited $?\n"; STDOUT->flush;
        }
        socket(my $client, PF_UNIX, SOCK_STREAM, 0) or die;
        print connect($client, pack_sockaddr_un($path)) ? "listening\n" : "refused: $!\n";
        """#

    @Test func stoppingAndStartingAgainKeepsAnInheritedSocketListening() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: 3600, revealIn: 3700)
        let path = daemon.folder.appendingPathComponent("inherited").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/perl")
        process.arguments = ["-e", Self.manager, path, DaemonProcess.binary.path, daemon.configPath]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let reader = output.fileHandleForReading
        func line() -> String {
            var bytes: [UInt8] = []
            while let byte = try? reader.read(upToCount: 1), let first = byte.first, first != 0x0A {
                bytes.append(first)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        struct Status: Codable, Sendable {
            struct Inner: Codable, Sendable { var version: String }
            var status: Inner
        }
        for round in 1...2 {
            #expect(line() == "started \(round)")
            // Each daemon answers on the socket it was given (the first call may wait for it).
            let client = try VarlinkClient(path: path)
            #expect(
                try client.call("io.spotcheck.GetStatus", Varlink.Empty(), returning: Status.self).status.version
                    == "0.1.0")
            try input.fileHandleForWriting.write(contentsOf: Data("stop\n".utf8))
            #expect(line() == "exited 0")
        }
        #expect(line() == "listening")
        process.waitUntilExit()
    }
}
