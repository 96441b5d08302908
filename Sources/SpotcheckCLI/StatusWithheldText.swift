import SpotcheckProtocol
import SpotcheckText

/// `status`'s line on members withheld from today's teams, pointing to `spotcheck teams`;
/// nothing when there are none (or the caller may not see the teams).
enum StatusWithheldText {
    static func of(_ members: [ControlMessages.WithheldMember]) -> String {
        guard !members.isEmpty else { return "" }
        var teams: [String] = []
        for member in members {
            let team = Catalogue.StatusWithheld.team(member.department, member.drawId).text
            if !teams.contains(team) { teams.append(team) }
        }
        let separator = Language.current == .chinese ? "、" : ", "
        return Catalogue.StatusWithheld.line(members.count, teams.joined(separator: separator)).text
    }
}
