import SpotcheckText

/// `why`'s answer for an inspector already on the day's team for the department: said as such,
/// not as "may inspect".
enum WhyTeamText {
    /// The answer when they are on the team; nil when they are not.
    static func onTeam(_ inspector: String, _ department: String, _ role: String?, _ day: String?) -> Localized? {
        guard let role else { return nil }
        let name = Catalogue.Role.name(role)
        return day.map { Catalogue.WhyOnTeam.onTeam(inspector, department, name, $0) }
            ?? Catalogue.WhyOnTeam.onTeamToday(inspector, department, name)
    }

    /// The line after the rules that keep them away, when they are still on the team.
    static func stillOnTeam(_ role: String?) -> String {
        role.map { Catalogue.WhyOnTeam.stillOnTeam(Catalogue.Role.name($0)).text } ?? ""
    }
}
