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
            throw Varlink.Failure.permissionDenied(method, uid: caller.uid, needs: .complaintsHandler)
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

    /// Whether the caller sees which complaint a finding came from: coordinators, auditors and
    /// complaints handlers do; a department's contacts, inspectors and verifiers see only that it
    /// came from a complaint, so that nothing ties the finding to one complaint and its dates.
    var seesComplaintNumbers: Bool {
        caller.isCoordinator || caller.isAuditor || CampaignControl.isHandler(caller, config: config)
    }

    /// The finding as the caller may see it: a complaint's number left out unless they see them.
    func redacted(_ finding: Finding) -> Finding {
        guard case .complaint = finding.source, !seesComplaintNumbers else { return finding }
        var shown = finding
        shown.source = .complaint(id: "")
        return shown
    }

    /// A history entry's details as the caller may see them (the same rule).
    func shownDetail(_ detail: [String: String]) -> [String: String] {
        guard !seesComplaintNumbers else { return detail }
        var shown = detail
        if let source = shown["source"], source.hasPrefix(FindingSource.complaint(id: "").label) {
            shown["source"] = FindingSource.complaint(id: "").label
        }
        shown["complaint"] = nil
        return shown
    }
}
