public import SpotcheckRoster

/// How a team visits: open (明察, announced on arrival) or covert (暗访, unannounced and
/// unidentified). Either way the department is never told in advance; a covert visit's task file
/// says so, so that the team does not announce itself.
public enum VisitMode: String, Sendable, Hashable, Codable, CaseIterable {
    case open
    case covert

    public var label: String {
        switch self {
        case .open: "明察"
        case .covert: "暗访"
        }
    }

    /// A mode from its name or Chinese label.
    public init?(name: String) {
        guard let mode = Self.allCases.first(where: { $0.rawValue == name.lowercased() || $0.label == name }) else {
            return nil
        }
        self = mode
    }

    /// A pool's `visit = "open" | "covert"` (default open).
    public static func poolMode(_ reader: inout TableReader) -> VisitMode {
        guard let text = reader.string("visit") else { return .open }
        guard let mode = VisitMode(name: text) else {
            reader.fail("visit", "\(InputText.quoted(text)) is not a visit mode; use \"open\" (明察) or \"covert\" (暗访)")
            return .open
        }
        return mode
    }
}
