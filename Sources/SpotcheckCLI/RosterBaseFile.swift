import SpotcheckProtocol
import SpotcheckText

/// `.spotcheck-base` in an exported folder: the version of the roster the files came from, so
/// that `spotcheck import` of that folder is refused when the roster changed on the daemon since.
enum RosterBaseFile {
    static let name = ".spotcheck-base"

    static func write(_ export: ControlMessages.ExportReply, folder: String) throws(CLIFailure) {
        guard let version = export.rosterSha256 else { return }
        try Files.writeAtomically(Array("\(version)\n".utf8), to: "\(folder)/\(name)")
    }

    /// The base to send with an import of `folder`: the folder's `.spotcheck-base`; none with
    /// `--force` (saying what is replaced), for a dry run, or when the daemon holds no roster yet.
    static func base(
        folder: String, force: Bool, dryRun: Bool, _ socket: SocketOptions
    ) throws(CLIFailure)
        -> String?
    {
        let path = "\(folder)/\(name)"
        if force {
            if let current = try? socket.call(
                "io.spotcheck.ExportRoster", Varlink.Empty(), returning: ControlMessages.ExportReply.self)
            {
                printError(Catalogue.RosterBase.forcing(current.snapshotSha256).text)
            }
            return nil
        }
        if Files.exists(path) {
            let text = String(decoding: try Files.read(path, limit: 1024), as: UTF8.self)
            let version = text.trimmingSuffixNewlines
            guard version.utf8.count == 64,
                version.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) })
            else { throw CLIFailure(Catalogue.RosterBase.badBase(path).text, exitCode: ExitCodes.dataError) }
            return version
        }
        if dryRun { return nil }
        let raw = try socket.callRaw("io.spotcheck.ExportRoster", Varlink.Empty())
        if let failure = try? Varlink.decode(Varlink.Failure.self, from: raw), failure.error == "io.spotcheck.NotFound"
        {
            return nil
        }
        throw CLIFailure(Catalogue.RosterBase.noBase(folder).text, exitCode: ExitCodes.dataError)
    }
}

extension String {
    fileprivate var trimmingSuffixNewlines: String {
        var text = Substring(self)
        while let last = text.last, last == "\n" || last == "\r\n" || last == "\r" || last == " " { text.removeLast() }
        return String(text)
    }
}
