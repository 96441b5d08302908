import Foundation
import SpotcheckProtocol
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Varlink lets a call leave out `parameters` when it has none to give: the daemon answers such
/// a call of a method whose parameters are all optional as it answers one with `{}`, and still
/// refuses it for a method that needs a parameter.
@Suite(.serialized) struct OmittedParametersTests {
    static func answer(_ daemon: DaemonProcess, _ message: String) throws -> String {
        let client = try RawClient(path: daemon.controlPath)
        client.send(Array(message.utf8) + [0])
        return client.receive(timeout: 10) ?? "no answer"
    }

    @Test func listMethodsAnswerACallWithoutParameters() throws {
        let daemon = try ControlTests.startedDaemon()
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        for method in ["io.spotcheck.ListDeclarations", "io.spotcheck.GetStatus", "io.spotcheck.GetTeams"] {
            let omitted = try Self.answer(daemon, #"{"method":"\#(method)"}"#)
            let empty = try Self.answer(daemon, #"{"method":"\#(method)","parameters":{}}"#)
            #expect(!omitted.contains("\"error\""), "\(method): \(omitted)")
            #expect(omitted == empty, "\(method)")
        }
        let declarations = try Self.answer(daemon, #"{"method":"io.spotcheck.ListDeclarations"}"#)
        #expect(declarations.contains("\"declarations\""), "\(declarations)")
        // A method that needs a parameter is still refused, naming it.
        let why = try Self.answer(daemon, #"{"method":"io.spotcheck.Why"}"#)
        #expect(why.contains("org.varlink.service.InvalidParameter"), "\(why)")
    }
}
