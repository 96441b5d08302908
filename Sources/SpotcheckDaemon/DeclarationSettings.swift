import SpotcheckCore
import SpotcheckRoster

/// `[declarations]`: how many of an inspector's own declarations may wait for a coordinator at
/// once. A declaration beyond it is refused (code `too-many-pending`) until a coordinator has
/// decided some, so that one inspector cannot bury the coordinators' list.
public struct DeclarationSettings: Sendable, Equatable {
    public static let defaultPendingLimit = 10

    /// Pending declarations per inspector (by login), 1 to 1000.
    public var pendingLimit = DeclarationSettings.defaultPendingLimit

    public init(pendingLimit: Int = DeclarationSettings.defaultPendingLimit) {
        self.pendingLimit = pendingLimit
    }

    static func decode(_ table: TOMLTable?, file: String) -> (DeclarationSettings, [InputError]) {
        guard let table else { return (DeclarationSettings(), []) }
        var reader = TableReader(table, file: file, name: "declarations")
        var settings = DeclarationSettings()
        settings.pendingLimit = reader.integer("pending_limit", default: settings.pendingLimit, range: 1...1000)
        return (settings, reader.finish())
    }
}
