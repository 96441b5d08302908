import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCLI

#if canImport(Glibc)
    import Glibc
#endif

/// A stand-in for spotcheckd on a Unix socket: it reads each call whole and then closes the
/// connection without a word, as a daemon killed (`kill -9`) while handling the call does.
final class VanishingDaemon: @unchecked Sendable {
    let path: String
    private let listener: Int32
    private let lock = NSLock()
    private var stopped = false
    private var calls: [String] = []
    private let done = DispatchSemaphore(value: 0)

    init() throws {
        path = "/tmp/spotcheck-vanish-\(UUID().uuidString.prefix(8)).sock"
        listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0, listen(listener, 8) == 0 else {
            close(listener)
            throw POSIXError(.EADDRINUSE)
        }
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// The methods of the calls received whole, in order.
    var methods: [String] {
        lock.lock()
        defer { lock.unlock() }
        return calls
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func serve() {
        defer { done.signal() }
        while !isStopped {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            var message: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65_536)
            reading: while true {
                let count = chunk.withUnsafeMutableBytes { read(connection, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                for byte in chunk[0..<count] {
                    if byte == 0 { break reading }
                    message.append(byte)
                }
            }
            if let object = try? JSONSerialization.jsonObject(with: Data(message)) as? [String: Any],
                let method = object["method"] as? String
            {
                lock.lock()
                calls.append(method)
                lock.unlock()
            }
            close(connection)
        }
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        done.wait()
        close(listener)
        unlink(path)
    }
}

/// A call whose answer never comes is told honestly: whether it was sent, and so whether the
/// change it asked for may have been made, and how to find out.
@Suite(.serialized) struct CallOutcomeTests {
    @Test func aDaemonKilledWhileReplacingSaysTheChangeMayHaveBeenMadeAndHowToCheck() throws {
        let daemon = try VanishingDaemon()
        defer { daemon.stop() }
        let arguments = ["replace", "7", "i044", "--reason", "sick", "--socket", daemon.path]
        let english = try Run.spotcheck(arguments)
        #expect(english.status == 75, "\(english.stderr)")
        #expect(english.stderr.contains("stopped while handling the request"), "\(english.stderr)")
        #expect(english.stderr.contains("may or may not have been made"), "\(english.stderr)")
        #expect(english.stderr.contains("spotcheck teams"), "\(english.stderr)")
        #expect(english.stderr.contains("journalctl -u spotcheckd"), "\(english.stderr)")
        #expect(english.stderr.contains(daemon.path), "\(english.stderr)")
        #expect(!english.stderr.contains("talking to spotcheckd"), "\(english.stderr)")
        let chinese = try Run.spotcheck(arguments, locale: "zh_CN.UTF-8")
        #expect(chinese.status == 75, "\(chinese.stderr)")
        #expect(chinese.stderr.contains("处理请求时停止"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("可能已经完成，也可能没有"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("spotcheck teams"), "\(chinese.stderr)")
        // The daemon did receive both calls whole: the message is about a call that was sent.
        #expect(daemon.methods == ["io.spotcheck.ReplaceInspector", "io.spotcheck.ReplaceInspector"])
    }

    @Test func aDaemonKilledWhileAnsweringAReadSaysNothingWasChanged() throws {
        let daemon = try VanishingDaemon()
        defer { daemon.stop() }
        let result = try Run.spotcheck(["status", "--socket", daemon.path])
        #expect(result.status == 75, "\(result.stderr)")
        #expect(result.stderr.contains("only reads, so nothing was changed"), "\(result.stderr)")
        #expect(!result.stderr.contains("may or may not"), "\(result.stderr)")
    }

    @Test func aDaemonThatCannotBeReachedIsToldApartFromOneThatStoppedMidCall() throws {
        let missing = "/tmp/spotcheck-none-\(UUID().uuidString.prefix(8)).sock"
        let result = try Run.spotcheck(["replace", "7", "i044", "--reason", "sick", "--socket", missing])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("cannot reach spotcheckd"), "\(result.stderr)")
        #expect(!result.stderr.contains("may or may not"), "\(result.stderr)")
    }

    @Test(arguments: [
        ("io.spotcheck.ReplaceInspector", "spotcheck teams"), ("io.spotcheck.OrderInspection", "spotcheck teams"),
        ("io.spotcheck.CancelOrder", "spotcheck teams"), ("io.spotcheck.ImportRoster", "spotcheck export"),
        ("io.spotcheck.Declare", "spotcheck declarations list"),
        ("io.spotcheck.Campaign.Advance", "spotcheck campaign status"),
        ("io.spotcheck.Ledger.AddFinding", "spotcheck findings list"),
        ("io.spotcheck.SelfInspection.SubmitForm", "spotcheck self-inspection status"),
        ("io.spotcheck.Complaints.Register", "spotcheck complaints show"),
    ])
    func aChangeLostMidCallNamesTheCommandThatShowsWhetherItWasDone(method: String, command: String) {
        #expect(CallOutcome.check(method)?.contains("`\(command)`") == true, "\(method)")
    }

    /// Every method of spotcheckd either only reads or names a check, and every command named
    /// to check with is one `spotcheck` has.
    @Test func everyMethodEitherReadsOrNamesARealCommandToCheckWith() {
        let reading: Set = [
            "GetInfo", "GetInterfaceDescription", "GetStatus", "Today", "Why", "GetRecord", "GetTeams", "GetHistory",
            "Candidates", "ListDeclarations", "VerifyChain", "ExportRoster", "GetCampaign", "List", "Show",
            "LookupReceipt", "ListFindings", "MyFindings", "ShowFinding", "ExportFindings", "ListChecks", "ListForms",
            "MyForms",
        ]
        for method in MessageLimits.byMethod.keys.sorted() {
            let name = String(method.split(separator: ".").last ?? "")
            #expect(CallOutcome.reads(method) == reading.contains(name), "\(method)")
            guard let check = CallOutcome.check(method) else { continue }
            let pieces = check.split(separator: "`", omittingEmptySubsequences: false)
            for (index, quoted) in pieces.enumerated() where index % 2 == 1 {
                let words = quoted.split(separator: " ").map(String.init)
                let full = words.first == "spotcheck" ? Array(words.dropFirst()) : words
                #expect(
                    CommandPath.of(full) == "spotcheck " + full.joined(separator: " "),
                    "\(method): `\(quoted)` is no command of spotcheck")
            }
        }
    }
}
