import SpotcheckProtocol
import SpotcheckText

/// The size of a roster import as spotcheckd receives it: every roster file in one Varlink call,
/// which may be at most `MessageLimits.maximum(for: "io.spotcheck.ImportRoster")` bytes (16 MiB).
/// Roster files read offline (`check-roster`, `verify`) may each be 64 MiB; an import larger than
/// spotcheckd takes is refused here, before anything is sent, naming the largest file.
enum RosterImportSize {
    static let method = "io.spotcheck.ImportRoster"

    /// Refuses `files` when their import call would exceed the limit (counted with the most the
    /// call's other parameters take); `folder` is where the files were read from (nil for a
    /// roster edited from the daemon's own).
    static func check(_ files: ControlMessages.Files, folder: String?) throws(CLIFailure) {
        let limit = MessageLimits.maximum(for: method)
        let sizes = [
            ("departments.csv", files.departments.utf8.count), ("inspectors.csv", files.inspectors.utf8.count),
            ("conflicts.csv", files.conflicts.utf8.count), ("history.csv", files.history.utf8.count),
        ]
        let content = sizes.reduce(0) { $0 + $1.1 }
        // JSON never shrinks the text, and escapes at most six bytes for one: encode only when in doubt.
        if content * 6 + (64 << 10) < limit { return }
        let hash = String(repeating: "0", count: 64)
        let widest = ControlMessages.ImportParameters(
            files: files, baseSha256: hash, dryRun: false, baseRosterSha256: hash)
        let total = Varlink.encode(Varlink.Request(method: method, parameters: widest)).count
        guard total > limit, let largest = sizes.max(by: { $0.1 < $1.1 }) else { return }
        let file = folder.map { "\($0)/\(largest.0)" } ?? largest.0
        throw CLIFailure(
            Catalogue.CallOutcome.importTooLarge(file, "\(largest.1)", "\(total)", "\(limit)", "\(limit >> 20)").text,
            exitCode: ExitCodes.dataError)
    }
}
