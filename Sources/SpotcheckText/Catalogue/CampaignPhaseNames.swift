extension Catalogue {
    /// The campaign's phases named in the reader's language where a message names them (a refused
    /// step, the gate, the steps taken, a release, the public site): the daemon sends their
    /// identifiers (`self-inspection`), which a Chinese reader should not have to translate; in
    /// English a phase is named by the identifier the reader types.
    public enum CampaignPhaseNames {
        /// The phase whose identifier is `identifier` (or which a daemon's `自查自纠 (self-inspection)`
        /// names); anything else as it came.
        public static func name(_ identifier: String) -> Localized {
            if identifier.hasSuffix(")"), let open = identifier.lastIndex(of: "(") {
                let inner = String(identifier[identifier.index(after: open)...].dropLast())
                if name(inner) != .verbatim(inner) { return name(inner) }
            }
            return switch identifier {
            case "mobilisation": Localized(en: "mobilisation", zh: "动员部署")
            case "self-inspection": Localized(en: "self-inspection", zh: "自查自纠")
            case "supervision": Localized(en: "supervision", zh: "监督检查")
            case "summing-up": Localized(en: "summing-up", zh: "总结提升")
            case "closed": Localized(en: "closed", zh: "已结束")
            default: .verbatim(identifier)
            }
        }
    }
}
