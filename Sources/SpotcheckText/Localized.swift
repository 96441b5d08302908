/// One message in both languages.
///
/// Messages live in the catalogue (`Catalogue/*.swift`), each written as
/// `Localized(en: "…", zh: "…")` with string literals whose placeholders (`\(value)`) are the
/// same in both; a test reads the catalogue and checks that every message has both languages,
/// neither empty, with the same placeholders. Values are interpolated in Swift, so they are
/// typed: a message that takes a date takes a date.
public struct Localized: Sendable, Hashable, CustomStringConvertible {
    public let english: String
    public let chinese: String

    public init(en: String, zh: String) {
        english = en
        chinese = zh
    }

    /// The message in a language.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }

    /// The message in the language of this process.
    public var text: String { self(Language.current) }

    public var description: String { text }

    /// Both parts joined, each in its language (for lists built from several messages).
    public static func + (left: Localized, right: Localized) -> Localized {
        Localized(en: left.english + right.english, zh: left.chinese + right.chinese)
    }

    /// The same text in both languages (a name, a number, a command line).
    public static func verbatim(_ text: String) -> Localized { Localized(en: text, zh: text) }
}
