import SpotcheckProtocol
import SpotcheckText

/// An error of the connection to spotcheckd in the reader's language, where the system names it.
enum SystemErrorText {
    static func of(_ error: any Error) -> String {
        if case MessageChannel.ChannelError.system(let code) = error { return Catalogue.SystemErrors.text(code) }
        return "\(error)"
    }
}
