import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckCLI

/// A roster import larger than spotcheckd takes in one call (16 MiB, `MessageLimits`) is refused
/// before anything is sent, naming the file, its size and the real limit, with exit 65; roster
/// files read offline may still be 64 MiB each (docs/roster-format.md, "Limits").
@Suite struct ImportSizeTests {
    /// A roster folder: the county example with `inspectors.csv` grown by `extra`.
    func folder(growingInspectorsBy extra: String) throws -> URL {
        let folder = try Run.temporaryDirectory()
        for name in ["departments.csv", "inspectors.csv", "conflicts.csv", "history.csv"] {
            var bytes = try Data(contentsOf: URL(fileURLWithPath: "\(Run.county)/\(name)"))
            if name == "inspectors.csv" { bytes += Data(extra.utf8) }
            try bytes.write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static let nowhere = "/tmp/spotcheck-nowhere-\(UUID().uuidString.prefix(8)).sock"

    @Test func aRosterFileOverSixteenMebibytesIsRefusedBeforeSendingNamingTheFileAndTheLimit() throws {
        let folder = try folder(growingInspectorsBy: String(repeating: "x", count: 17 << 20))
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("inspectors.csv").path
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let english = try Run.spotcheck(["import", folder.path, "--dry-run", "--socket", Self.nowhere])
        #expect(english.status == 65, "\(english.stderr)")
        #expect(english.stderr.contains("\(path): \(size) bytes"), "\(english.stderr)")
        #expect(english.stderr.contains("at most 16777216 bytes (16 MiB)"), "\(english.stderr)")
        #expect(english.stderr.contains("nothing was sent"), "\(english.stderr)")
        #expect(!english.stderr.contains("cannot reach"), "\(english.stderr)")
        let chinese = try Run.spotcheck(
            ["import", folder.path, "--dry-run", "--socket", Self.nowhere], locale: "zh_CN.UTF-8")
        #expect(chinese.status == 65, "\(chinese.stderr)")
        #expect(chinese.stderr.contains("\(path)：\(size) 字节"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("未发送任何内容"), "\(chinese.stderr)")
    }

    /// Text that JSON escapes grows on the way: the size that counts is the call's, not the files'.
    @Test func filesUnderTheLimitThatGrowPastItWhenSentAreRefusedToo() throws {
        // 9 MiB of quotes: 18 MiB once each is escaped.
        let folder = try folder(growingInspectorsBy: String(repeating: "\"", count: 9 << 20))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.spotcheck(["import", folder.path, "--dry-run", "--socket", Self.nowhere])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("inspectors.csv: "), "\(result.stderr)")
        #expect(result.stderr.contains("would be "), "\(result.stderr)")
    }

    @Test func aRosterUnderTheLimitGoesOnToSpotcheckd() throws {
        let folder = try folder(growingInspectorsBy: "")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.spotcheck(["import", folder.path, "--dry-run", "--socket", Self.nowhere])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("cannot reach spotcheckd"), "\(result.stderr)")
    }

    /// Were a call still too large (an older CLI, another client), spotcheckd's refusal is told
    /// as such, exit 65, not as a daemon that cannot be reached.
    @Test func spotcheckdsRefusalOfATooLargeCallIsToldAsOneWithItsLimit() {
        let failure = DaemonErrors.failure(
            Varlink.Failure.messageTooLarge("io.spotcheck.ImportRoster", limit: MessageLimits.large), socket: "/run/x")
        #expect(failure.exitCode == ExitCodes.dataError)
        #expect(failure.message.contains("io.spotcheck.ImportRoster"), "\(failure.message)")
        #expect(failure.message.contains("16777216"), "\(failure.message)")
    }
}
