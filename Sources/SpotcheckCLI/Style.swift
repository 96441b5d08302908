import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Terminal colour: only when standard output is a terminal, never when NO_COLOR is set
/// (https://no-color.org) or TERM is dumb.
struct Style {
    let enabled: Bool

    static let current: Style = {
        let environment = ProcessInfo.processInfo.environment
        let wanted =
            isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"].map(\.isEmpty) != false
            && environment["TERM"] != "dumb"
        return Style(enabled: wanted)
    }()

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
