import Foundation
import SpotcheckCampaign
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckStore

/// A finding from a complaint (`AddFinding` with source `complaint`): recorded by a coordinator
/// or a complaints handler who is not recused from the complaint's department, in that
/// department, naming the complaint by its number only. A complaint the caller may not handle
/// is answered as one that does not exist, as the complaints interface answers it.
extension LedgerControl {
    func complaintRecorder(
        _ text: String?, department: String, method: String
    ) throws -> (complaint: Int64, actor: Actor) {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard let id = Int64(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed), id > 0 else {
            throw Self.invalid(
                "complaint", "a complaint finding names the complaint's number (spotcheck complaints list)")
        }
        let handler = CampaignControl.isHandler(caller, config: config)
        guard caller.isCoordinator || handler else {
            events.refused(method, caller)
            throw Varlink.Failure.permissionDenied(method, uid: caller.uid)
        }
        let missing = Self.invalid("complaint", "there is no complaint \(id) you may handle")
        guard let complaint = try store.complaint(id: id), !complaint.stub,
            try CampaignControl.exclusions(caller, department: complaint.department, store: store, config: config)
                .isEmpty
        else { throw missing }
        guard complaint.department == department else {
            throw Self.invalid(
                "department", "complaint \(id) is about another department; record its finding in that department")
        }
        let login = caller.login ?? "uid \(caller.uid)"
        return (id, Actor(login: login, role: caller.isCoordinator ? .coordinator : .hotline))
    }
}
