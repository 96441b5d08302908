import Foundation
import Testing

@testable import SpotcheckCLI
@testable import SpotcheckProtocol

/// Exit codes that say what happened, as README's table and every `--help` describe them.
@Suite struct ExitCodeTruthTests {
    /// Deciding a declaration is for coordinators: the refusal names no other role.
    @Test func aRefusedDeclarationDecisionNamesCoordinatorsOnly() {
        let failure = DaemonErrors.failure(
            Varlink.Failure.permissionDenied("io.spotcheck.DecideDeclaration", uid: 1000), socket: "/run/x")
        #expect(failure.exitCode == ExitCodes.permission)
        #expect(failure.message.contains("only coordinators"), "\(failure.message)")
        #expect(!failure.message.contains("auditors"), "\(failure.message)")
        // Other refusals without `needs` keep the general wording.
        let other = DaemonErrors.failure(
            Varlink.Failure.permissionDenied("io.spotcheck.ImportRoster", uid: 1000), socket: "/run/x")
        #expect(other.message.contains("coordinators and auditors"), "\(other.message)")
    }

    /// `complaints lookup` with a code of the wrong form: malformed input (65), said before
    /// anything is asked of spotcheckd (no daemon runs here).
    @Test func aMalformedReceiptCodeIsMalformedInputNotAnUnknownCode() throws {
        for locale in ["C.UTF-8", "zh_CN.UTF-8"] {
            let result = try Run.spotcheck(
                ["complaints", "lookup", "7K3QD", "--socket", "/nonexistent/control"], locale: locale)
            #expect(result.status == 65, "\(result.stderr)")
            #expect(result.stderr.contains(locale == "C.UTF-8" ? "25 letters and digits" : "25 个字母和数字"))
        }
    }

    /// `findings add --assignment 12/d-x` when draw 12 does not exist: 67 (what the command names
    /// does not exist), told in the reader's language; other ledger refusals stay 65.
    @Test func aDrawThatDoesNotExistIsNotFound() {
        let failure = Varlink.Failure(
            "io.spotcheck.Ledger.Refused",
            [
                "code": .string("noSuchDraw"),
                "message": .string("no draw 12 exists; check the draw id of the assignment (DRAW/DEPARTMENT)"),
            ])
        let told = SocketOptions.ledgerFailure(failure, method: "io.spotcheck.Ledger.AddFinding")
        #expect(told.exitCode == ExitCodes.notFound)
        #expect(told.message.contains("no draw 12"), "\(told.message)")
        let other = SocketOptions.ledgerFailure(
            Varlink.Failure(
                "io.spotcheck.Ledger.Refused", ["code": .string("extensionTooLate"), "message": .string("x")]),
            method: "io.spotcheck.Ledger.RequestExtension")
        #expect(other.exitCode == ExitCodes.dataError)
    }
}
