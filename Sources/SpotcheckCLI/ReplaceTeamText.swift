import SpotcheckProtocol
import SpotcheckText

/// The daemon's refusals of a replacement whose team is not clear (an inspector on several
/// teams of the draw, or not on the team named by --department), in the reader's language.
enum ReplaceTeamText {
    static func of(_ failure: Varlink.Failure) -> Localized? {
        func text(_ name: String) -> String { failure.parameters[name]?.description ?? "" }
        let departments = text("departments")
        switch text("code") {
        case "on-several-teams":
            let first = departments.split(separator: ",").first.map { String($0) } ?? "DEPARTMENT"
            return Catalogue.ReplaceDepartment.onSeveralTeams(text("inspector"), text("draw_id"), departments, first)
        case "not-on-that-team":
            return Catalogue.ReplaceDepartment.notOnThatTeam(
                text("inspector"), text("department"), text("draw_id"), departments)
        default:
            return nil
        }
    }
}
