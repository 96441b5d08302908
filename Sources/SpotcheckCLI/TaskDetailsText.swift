import Foundation
import SpotcheckProtocol
import SpotcheckText

/// How `today` and the calendar show a task's address, an order's reason and a withdrawal.
enum TaskDetailsText {
    /// The lines under an assignment in `today`: the address, then the order's reason.
    static func lines(_ assignment: TaskFile.Assignment) -> String {
        var text = ""
        if let address = assignment.target.address { text += Catalogue.TaskDetails.address(address).text }
        if let reason = assignment.orderReason { text += Catalogue.TaskDetails.orderReason(reason).text }
        return text
    }

    /// LOCATION: the department's name, and its address when the roster gives one.
    static func location(_ place: TaskFile.Place) -> String {
        guard let address = place.address, !address.isEmpty else { return place.name }
        return "\(place.name), \(address)"
    }

    static func summary(_ assignment: TaskFile.Assignment) -> String {
        if assignment.cancelReason != nil { return Catalogue.DailyUse.cancelledSummary(assignment.target.name).text }
        return assignment.status == "withdrawn"
            ? Catalogue.TaskDetails.withdrawnSummary(assignment.target.name).text
            : CalendarExport.Messages.summary(assignment.target.name)
    }

    static func description(_ assignment: TaskFile.Assignment, team: String) -> String {
        var text = CalendarExport.Messages.description(role: assignment.role, team: team)
        if let reason = assignment.orderReason {
            text +=
                "\n" + Catalogue.TaskDetails.orderReason(reason).text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let reason = assignment.cancelReason {
            text += "\n" + Catalogue.DailyUse.cancelReason(reason).text
        }
        return text
    }
}
