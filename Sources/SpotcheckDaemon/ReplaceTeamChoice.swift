import SpotcheckCore
import SpotcheckProtocol

/// Which team a replacement takes an inspector off. An inspector whose daily cap is 2 or more
/// may sit on several teams of one draw: the coordinator then names the team by its department,
/// and without it the replacement is refused with the teams to choose from, never made on the
/// first of them.
extension Engine {
    enum ReplaceTeamError: Error, CustomStringConvertible {
        /// On several teams of the draw and no department given.
        case onSeveralTeams(inspector: String, drawID: Int64, departments: [String])
        /// A department given whose team the inspector is not on (they are on `departments`').
        case notOnThatTeam(inspector: String, drawID: Int64, department: String, departments: [String])

        var description: String {
            switch self {
            case .onSeveralTeams(let inspector, let id, let departments):
                "\(inspector) is on \(departments.count) teams of draw \(id) (\(departments.joined(separator: ", "))); "
                    + "name the team they leave by its department"
            case .notOnThatTeam(let inspector, let id, let department, let departments):
                "\(inspector) is not on the team for \(department) in draw \(id); they are on the team for "
                    + departments.joined(separator: ", ")
            }
        }

        /// `io.spotcheck.ReplacementRefused`'s parameters: the English message, a code and its values.
        var parameters: [String: Varlink.Value] {
            var values: [String: Varlink.Value] = ["message": .string(description)]
            switch self {
            case .onSeveralTeams(let inspector, let id, let departments):
                values["code"] = .string("on-several-teams")
                values["inspector"] = .string(inspector)
                values["draw_id"] = .int(Int(id))
                values["departments"] = .string(departments.joined(separator: ", "))
            case .notOnThatTeam(let inspector, let id, let department, let departments):
                values["code"] = .string("not-on-that-team")
                values["inspector"] = .string(inspector)
                values["draw_id"] = .int(Int(id))
                values["department"] = .string(department)
                values["departments"] = .string(departments.joined(separator: ", "))
            }
            return values
        }
    }

    /// The team of `record` that `inspector` leaves: the one for `department` when given, else
    /// their only team.
    static func teamToLeave(
        _ record: DrawRecord, inspector: String, department: String?, drawID: Int64
    ) throws -> DrawRecord.Team {
        // By department id, so that the refusal names them in a stable order.
        let teams = record.teams.filter { $0.members.contains { $0.inspector == inspector } }
            .sorted { $0.department < $1.department }
        guard !teams.isEmpty else { throw ReplaceError.notOnATeam(inspector, drawID) }
        if let department {
            guard let team = teams.first(where: { $0.department == department }) else {
                throw ReplaceTeamError.notOnThatTeam(
                    inspector: inspector, drawID: drawID, department: department, departments: teams.map(\.department))
            }
            return team
        }
        guard teams.count == 1 else {
            throw ReplaceTeamError.onSeveralTeams(
                inspector: inspector, drawID: drawID, departments: teams.map(\.department))
        }
        return teams[0]
    }
}
