import SpotcheckRoster
public import SpotcheckText

/// The `[publication]` table of spotcheckd.toml: whether the daemon writes the public site
/// (`PUBLIC/publication/`), in which language, and below which count complaint statistics are
/// suppressed.
public struct PublicationSettings: Sendable, Equatable {
    public var enabled = true
    /// The site's language: Chinese unless configured (`language = "en"`).
    public var language: Language = .chinese
    /// Complaint counts from 1 to `suppressBelow - 1` are published as "fewer than N".
    public var suppressBelow = 5

    public init() {}

    /// Reads `[publication]`: `enabled`, `language` ("zh_CN" or "en"), `suppress_below` (2…100).
    static func decode(_ table: TOMLTable?, file: String) -> (PublicationSettings, [InputError]) {
        var settings = PublicationSettings()
        guard let table else { return (settings, []) }
        var reader = TableReader(table, file: file, name: "publication")
        settings.enabled = reader.boolean("enabled", default: true)
        if let text = reader.string("language") {
            switch text {
            case "zh_CN", "zh", "zh-CN": settings.language = .chinese
            case "en": settings.language = .english
            default:
                reader.fail(
                    "language", "\(InputText.quoted(text)) is not a language of the site: write \"zh_CN\" or \"en\"")
            }
        }
        settings.suppressBelow = reader.integer("suppress_below", default: 5, range: 2...100)
        return (settings, reader.finish())
    }
}
