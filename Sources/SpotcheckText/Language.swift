import Foundation

/// The language of everything Spotcheck says to people: Simplified Chinese when the locale asks
/// for it, English otherwise.
///
/// The choice follows gettext: the locale of messages is the first non-empty one of `LC_ALL`,
/// `LC_MESSAGES` and `LANG`; when it is unset, `C` or `POSIX`, the language is English whatever
/// else is set (gettext ignores `LANGUAGE` then). Otherwise `LANGUAGE`, a colon-separated list
/// of preferences, decides when it is set: its first entry that is Chinese (`zh`, `zh_CN`,
/// `zh_SG`, …) or English (`en`, `en_US`, …) wins, and a list of neither gives English, as
/// gettext gives the untranslated text. Without `LANGUAGE`, the locale decides: `zh`, `zh_CN`,
/// `zh_CN.UTF-8`, `zh_SG`… give Chinese. Every `zh` locale gets Simplified Chinese, the only
/// Chinese there is.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case chinese = "zh_CN"

    /// The language of this process, read once from its environment.
    public static let current = Language(environment: ProcessInfo.processInfo.environment)

    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale, !Self.isPlain(locale) else {
            self = .english
            return
        }
        if let preferences = environment["LANGUAGE"], !preferences.isEmpty {
            self =
                preferences.split(separator: ":").lazy.compactMap { Self.named(String($0)) }.first ?? .english
            return
        }
        self = Self.named(locale) ?? .english
    }

    /// The language a locale or language name ("zh_CN.UTF-8", "en_US@euro", "zh") names, if
    /// it is one of ours.
    static func named(_ name: String) -> Language? {
        let language = name.prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }.lowercased()
        switch language {
        case "zh": return .chinese
        case "en": return .english
        default: return nil
        }
    }

    /// The locales that mean "no localization".
    static func isPlain(_ locale: String) -> Bool {
        let name = locale.prefix { $0 != "." && $0 != "@" }
        return name == "C" || name == "POSIX"
    }
}
