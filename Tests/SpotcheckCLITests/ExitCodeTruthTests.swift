import Foundation
import SpotcheckText
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

/// A change spotcheckd refused because the system clock went behind its state database while it ran.
@Suite struct ClockBehindRefusalTests {
    /// Told in the reader's language with the clock, the newest entry and what to do; exit 65
    /// (refused as it stands, nothing changed), from any interface's call.
    @Test func aChangeRefusedOnAClockSetBackSaysWhyAndWhatToDo() {
        let failure = Varlink.Failure(
            "io.spotcheck.ClockBehindState",
            [
                "message": .string("the system clock is behind"), "clock": .string("2026-11-27T07:30:00+08:00"),
                "newest": .string("2026-12-01T04:35:53+08:00"), "newest_entry": .string("audit 56"),
                "behind_seconds": .string("335153"),
            ])
        for told in [
            DaemonErrors.failure(failure, socket: "/run/x"),
            SocketOptions.ledgerFailure(failure, method: "io.spotcheck.Ledger.AddFinding"),
        ] {
            #expect(told.exitCode == ExitCodes.dataError)
            for part in ["2026-11-27T07:30:00+08:00", "2026-12-01T04:35:53+08:00", "audit 56", "335153", "timedatectl"]
            {
                #expect(told.message.contains(part), "\(told.message)")
            }
        }
        let english = Catalogue.StartChecks.clockSetBack("C", "E", "W", "B").english
        let chinese = Catalogue.StartChecks.clockSetBack("C", "E", "W", "B").chinese
        #expect(english.contains("Nothing was changed") && english.contains("reading goes on"), "\(english)")
        #expect(chinese.contains("未做任何更改") && chinese.contains("查询不受影响"), "\(chinese)")
    }
}
