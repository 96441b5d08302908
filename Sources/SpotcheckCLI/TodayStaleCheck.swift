import SpotcheckCore
import SpotcheckProtocol
import SpotcheckText

/// `today` on a tasks folder whose login folder exists but holds no file for today: spotcheckd
/// writes one for every login on every revealed day, so when it says today's draw is revealed,
/// the folder is stale (or not its tasks folder) and "no inspection" would be a lie.
enum TodayStaleCheck {
    static func check(folder: String, login: String, day: Day, socket: String) throws(CLIFailure) {
        guard !Files.exists("\(folder)/\(login)/\(day).json") else { return }
        guard let status = DaemonClock.status(socket: socket) else {
            printError(Catalogue.TodayStale.mayBeStale(folder, day.description).text)
            return
        }
        if let last = status.lastDraw, last.date == day.description, last.revealed {
            throw CLIFailure(
                Catalogue.TodayStale.missingThoughRevealed(login, day.description, folder, "#\(last.id)").text,
                exitCode: ExitCodes.noInput)
        }
    }
}
