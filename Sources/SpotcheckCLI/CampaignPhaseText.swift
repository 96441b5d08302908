import SpotcheckText

extension Catalogue.CampaignPhaseNames {
    /// The message `make` gives with each of `phases` named in the message's own language
    /// (`当前为 自查自纠：…`, not `当前为 self-inspection：…`).
    static func told(_ phases: [String], _ make: ([String]) -> Localized) -> Localized {
        Localized(
            en: make(phases.map { name($0).english }).english, zh: make(phases.map { name($0).chinese }).chinese)
    }
}
