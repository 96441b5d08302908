import Foundation
import SpotcheckProtocol
import SpotcheckStore
import Testing

@testable import SpotcheckDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// A local user without any role attacking the real daemon's control socket. The attacker is a
/// Perl script (perl-base is in every Debian) run as `nobody`, since peer credentials decide.
@Suite(.serialized, .enabled(if: getuid() == 0, "needs root to act as another user"))
struct SocketAttackTests {
    /// Opens `half` connections that each send as much of a 16 MiB roster import as the daemon
    /// takes and never finish it, then `idle` connections that send nothing; prints "ready" and
    /// holds them all until its standard input closes.
    static let attacker = #"""
        use strict; use warnings; use Socket; use IO::Handle;
        $SIG{PIPE} = 'IGNORE';
        my ($path, $idle, $half, $size) = @ARGV;
        my (@kept, $opened, $bytes) = ((), 0, 0);
        sub open_one {
            socket(my $s, PF_UNIX, SOCK_STREAM, 0) or return undef;
            connect($s, pack_sockaddr_un($path)) or return undef;
            $s->blocking(0); $opened++; push @kept, $s; return $s;
        }
        my $chunk = 'a' x 65536;
        for (1 .. $half) {
            my $s = open_one() or next;
            my $sent = syswrite($s, '{"method":"io.spotcheck.ImportRoster","parameters":{"files":{"departments":"') // 0;
            for (1 .. 5) {
                while ($sent < $size / 2) {
                    my $w = syswrite($s, $chunk);
                    last unless defined $w && $w > 0;
                    $sent += $w;
                }
                select(undef, undef, undef, 0.01);
            }
            $bytes += $sent;
        }
        open_one() for 1 .. $idle;
        print "ready $opened $bytes\n"; STDOUT->flush;
        my $wait = <STDIN>;
        """#

    /// Makes N refused calls (`Why`, which a stranger may not make) over one connection, one at a time.
    static let flooder = #"""
        use strict; use warnings; use Socket;
        my ($path, $count) = @ARGV;
        socket(my $s, PF_UNIX, SOCK_STREAM, 0) or die "socket: $!";
        connect($s, pack_sockaddr_un($path)) or die "connect: $!";
        my $call = qq({"method":"io.spotcheck.Why","parameters":{"inspector":"i001","department":"d-fagai"}}\0);
        my ($refused, $buffer) = (0, '');
        for (1 .. $count) {
            syswrite($s, $call) or die "write: $!";
            while (index($buffer, "\0") < 0) { sysread($s, $buffer, 65536, length $buffer) or die "read: $!"; }
            $refused++ if $buffer =~ /PermissionDenied/;
            $buffer = substr($buffer, index($buffer, "\0") + 1);
        }
        print "$refused\n";
        """#

    static let setpriv = "/usr/bin/setpriv"

    /// setpriv's arguments to run `arguments` as nobody.
    static func asNobody(_ arguments: [String]) -> [String] {
        ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"] + arguments
    }

    /// Lets this process and its children open `count` descriptors.
    static func raiseDescriptorLimit(to count: UInt) {
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        if limit.rlim_cur < count {
            limit.rlim_cur = min(max(limit.rlim_max, count), count)
            limit.rlim_max = max(limit.rlim_max, limit.rlim_cur)
            setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        }
    }

    struct Status: Codable, Sendable {
        struct Inner: Codable, Sendable { var version: String }
        var status: Inner
    }

    /// Seconds an honest client (root) waits for `status`, or nil when it is not answered.
    static func timedStatus(_ path: String) -> Double? {
        let started = Date()
        guard let client = try? VarlinkClient(path: path),
            (try? client.call("io.spotcheck.GetStatus", Varlink.Empty(), returning: Status.self)) != nil
        else { return nil }
        return Date().timeIntervalSince(started)
    }

    @Test func fiveThousandIdleAndFiftyHalfSentMessagesFromAStrangerTakeNothingDown() throws {
        Self.raiseDescriptorLimit(to: 8_192)
        let daemon = try ControlTests.startedDaemon()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let before = daemon.residentKilobytes()

        let attack = Process()
        attack.executableURL = URL(fileURLWithPath: Self.setpriv)
        attack.arguments = Self.asNobody([
            "/usr/bin/perl", "-e", Self.attacker, daemon.controlPath, "5000", "50", "16777216",
        ])
        let input = Pipe()
        let output = Pipe()
        attack.standardInput = input
        attack.standardOutput = output
        try attack.run()
        let ready = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ready.hasPrefix("ready "), "\(ready)")
        let figures = ready.split(separator: " ")

        // Under attack: an honest client is answered at once, memory stays bounded.
        var slowest = 0.0
        for _ in 0..<10 {
            let seconds = try #require(Self.timedStatus(daemon.controlPath), "status not answered under attack")
            slowest = max(slowest, seconds)
        }
        #expect(slowest < 1, "status took \(slowest) s under attack")
        let during = daemon.residentKilobytes()
        #expect(during.peak < 150_000, "the daemon grew to \(during.peak) kB")
        // The stranger itself gets no more than its share.
        let refused = try ControlTests.run(
            Self.setpriv, Self.asNobody([ControlTests.cli, "status"]),
            environment: ["SPOTCHECK_SOCKET": daemon.controlPath])
        #expect(refused.status != 0 && refused.output.contains("TooManyConnections"), "\(refused.output)")

        // The attacker leaves: within a second the same user is served again.
        try input.fileHandleForWriting.close()
        attack.waitUntilExit()
        let left = Date()
        var recovered: Double?
        while Date().timeIntervalSince(left) < 5 {
            let result = try ControlTests.run(
                Self.setpriv, Self.asNobody([ControlTests.cli, "status"]),
                environment: ["SPOTCHECK_SOCKET": daemon.controlPath])
            if result.status == 0 {
                recovered = Date().timeIntervalSince(left)
                break
            }
            usleep(20_000)
        }
        let seconds = try #require(recovered, "the stranger is not served after the attack")
        #expect(seconds < 1)
        let after = daemon.residentKilobytes()
        print(
            "control socket under attack: \(figures.count > 1 ? figures[1] : "?") connections opened, \(figures.count > 2 ? figures[2] : "?") bytes of half-sent imports taken; status answered in at most \(Int(slowest * 1000)) ms; VmRSS \(before.now) kB before, \(during.now) kB during (peak \(during.peak) kB), \(after.now) kB after; served again \(Int(seconds * 1000)) ms after the attacker left"
        )
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "needs prlimit"))
    func outOfFileDescriptorsNewClientsAreRefusedAtOnceAndServedAgainAfter() throws {
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30)
        try daemon.start(launcher: ["/usr/bin/prlimit", "--nofile=64:64", "--"])
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        // A connection made before the descriptors run out keeps working while they are out.
        let early = try VarlinkClient(path: daemon.controlPath)
        var flood: [RawClient] = []
        for _ in 0..<200 {
            if let client = try? RawClient(path: daemon.controlPath) { flood.append(client) }
        }
        usleep(300_000)
        #expect((try? early.call("io.spotcheck.GetStatus", Varlink.Empty(), returning: Status.self)) != nil)
        // A client arriving now is told at once that the daemon is full, instead of waiting in
        // the listen queue until descriptors are free (a spare descriptor accepts and refuses it).
        var slowest = 0.0
        for _ in 0..<3 {
            let asked = Date()
            let refused = try RawClient(path: daemon.controlPath)
            refused.send(ControlLoopTests.call("io.spotcheck.GetStatus"))
            let answer = refused.receive(timeout: 2)
            #expect(answer?.contains("io.spotcheck.TooManyConnections") == true, "\(answer ?? "no answer")")
            slowest = max(slowest, Date().timeIntervalSince(asked))
            #expect(refused.isClosed(timeout: 1))
        }
        #expect(slowest < 0.5)
        print("out of descriptors: new clients refused in at most \(String(format: "%.1f", slowest * 1000)) ms")
        // The early connection is still served after those refusals.
        #expect((try? early.call("io.spotcheck.GetStatus", Varlink.Empty(), returning: Status.self)) != nil)
        flood.removeAll()
        // New clients are answered within a second once descriptors are free again.
        let freed = Date()
        #expect(DaemonProcess.eventually(timeout: 5) { Self.timedStatus(daemon.controlPath) != nil })
        #expect(Date().timeIntervalSince(freed) < 1.5)
        #expect(daemon.process?.isRunning == true)
    }

    @Test func aFloodOfRefusedCallsLeavesDecisionsInTheJournal() throws {
        let journald = try Journald.start()
        defer { journald.stop() }
        let daemon = try DaemonProcess()
        try daemon.writeConfig(drawIn: -60, revealIn: -30, roles: RosterEditTests.coordinatorRoles)
        try daemon.start()
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let pid = daemon.process!.processIdentifier
        let store = try Store(path: daemon.statePath)
        #expect(DaemonProcess.eventually { ((try? store.draws()) ?? []).first?.revealedAt != nil })

        // Four strangers' connections, 5,000 refused calls each.
        let started = Date()
        let floods = try (0..<4).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.setpriv)
            process.arguments = Self.asNobody(["/usr/bin/perl", "-e", Self.flooder, daemon.controlPath, "5000"])
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            return (process, pipe)
        }
        var refused = 0
        for (process, pipe) in floods {
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            refused += Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }
        let seconds = Date().timeIntervalSince(started)
        #expect(refused == 20_000)

        // A decision right after the flood: a coordinator replaces a member.
        let draw = try #require(try store.draws().first)
        let member = try #require(try store.assignments(drawID: draw.id).first { $0.role == "member" })
        // The team is named: an inspector with a daily cap above one may be on two teams.
        let replaced = try RosterEditTests.spotcheck(
            daemon,
            ["replace", String(draw.id), member.inspector, "--reason", "ill", "--department", member.department])
        #expect(replaced.status == 0, "\(replaced.output)")
        #expect(
            DaemonProcess.eventually {
                !((try? JournalTests.journalctl(
                    ["_PID=\(pid)", "MESSAGE_ID=\(Event.inspectorReplaced.messageID)"], after: journald))
                    ?? []).isEmpty
            }, "the replacement is not in the journal")
        let refusals = try JournalTests.journalctl(
            ["_PID=\(pid)", "MESSAGE_ID=\(Event.requestRefused.messageID)"], after: journald)
        #expect(refusals.count <= 2, "\(refusals.count) refusal entries for one user")
        print(
            "journal flood: \(refused) refused calls in \(String(format: "%.1f", seconds)) s from one user made \(refusals.count) journal entr(ies); the replacement after it was journaled"
        )
    }
}
