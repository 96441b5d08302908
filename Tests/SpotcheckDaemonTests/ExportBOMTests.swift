import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `spotcheck export --bom` writes roster files that Excel on Chinese Windows opens as UTF-8 (a
/// byte order mark first); importing them back changes nothing.
@Suite(.serialized) struct ExportBOMTests {
    @Test func anExportForSpreadsheetsBeginsWithABOMAndImportsBackUnchanged() throws {
        let daemon = try DailyUseTests.started(drawIn: 3600, revealIn: 3700)
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        let plain = daemon.folder.appendingPathComponent("export-plain").path
        let excel = daemon.folder.appendingPathComponent("export-excel").path
        #expect(try DailyUseTests.spotcheck(daemon, ["export", plain]).status == 0)
        let exported = try DailyUseTests.spotcheck(daemon, ["export", "--bom", excel])
        #expect(exported.status == 0, "\(exported.output)")
        for name in ["departments.csv", "inspectors.csv", "conflicts.csv", "history.csv"] {
            let withMark = try Data(contentsOf: URL(fileURLWithPath: "\(excel)/\(name)"))
            let without = try Data(contentsOf: URL(fileURLWithPath: "\(plain)/\(name)"))
            #expect(withMark.starts(with: [0xEF, 0xBB, 0xBF]), "\(name)")
            #expect(!without.starts(with: [0xEF, 0xBB, 0xBF]), "\(name)")
            #expect(withMark.dropFirst(3) == without, "\(name): only the mark differs")
        }
        let checked = try DailyUseTests.spotcheck(daemon, ["check-roster", "--roster", excel])
        #expect(checked.status == 0, "\(checked.output)")
        let imported = try DailyUseTests.spotcheck(daemon, ["import", excel])
        #expect(imported.status == 0 && imported.output.contains("No change."), "\(imported.output)")
    }
}
