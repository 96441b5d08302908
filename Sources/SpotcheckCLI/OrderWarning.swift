import SpotcheckProtocol
import SpotcheckText

/// Before an order: a warning for each named department that already has a team today (a
/// revealed draw of any pool, an earlier order too). The order still goes ahead: a second team
/// may be meant, but more often the department was ordered twice by mistake.
enum OrderWarning {
    static func sameDay(_ departments: [String], socket: SocketOptions) -> [String] {
        guard
            let sheet = try? socket.call(
                "io.spotcheck.GetTeams", ControlMessages.TeamsParameters(), returning: ControlMessages.TeamsReply.self)
        else { return [] }
        return warnings(departments, sheet: sheet)
    }

    static func warnings(_ departments: [String], sheet: ControlMessages.TeamsReply) -> [String] {
        departments.compactMap { department in
            let teams = sheet.teams.filter { $0.department == department }
            guard !teams.isEmpty else { return nil }
            let draws = teams.map {
                Catalogue.OrderWarning.draw($0.drawId, $0.pool, $0.kind == "ordered").text
            }
            return Catalogue.OrderWarning.alreadyToday(department, sheet.date, draws.joined(separator: ", ")).text
        }
    }
}
