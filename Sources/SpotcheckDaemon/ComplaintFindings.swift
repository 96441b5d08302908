import Foundation
import SpotcheckCampaign
import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckStore

/// A finding from a complaint (`AddFinding` with source `complaint`): recorded by a complaints
/// handler who is not recused from the complaint's department, in that department, naming the
/// complaint by its number only. A coordinator who is no handler is refused before anything of
/// the request is looked at, since they may not read complaints: what the complaint is about, or
/// whether it exists, would show in the answer. A complaint the caller may not handle is answered
/// as one that does not exist, as the complaints interface answers it.
extension LedgerControl {
    /// Refuses a caller who may not record findings from complaints, whatever the request names.
    func requireComplaintRecorder(method: String) throws {
        guard CampaignControl.isHandler(caller, config: config) else {
            events.refused(method, caller)
            throw Varlink.Failure.permissionDenied(method, uid: caller.uid, needs: .complaintsHandler)
        }
    }

    /// The complaint a finding comes from, once the caller's right and the request's own fields
    /// have been checked (`requireComplaintRecorder`, then the finding as it would be recorded).
    func complaintRecorder(
        _ text: String?, department: String, method: String
    ) throws -> (complaint: Int64, actor: Actor) {
        try requireComplaintRecorder(method: method)
        let complaint = try handledComplaint(
            text, malformed: "a complaint finding names the complaint's number (spotcheck complaints list)")
        guard complaint.department == department else {
            throw Self.invalid(
                "department",
                "complaint \(complaint.id) is about another department; record its finding in that department")
        }
        let login = caller.login ?? "uid \(caller.uid)"
        return (complaint.id, Actor(login: login, role: caller.isCoordinator ? .coordinator : .hotline))
    }

    /// The complaint `text` names, among those the caller may handle: one that does not exist and
    /// one they are recused from are answered alike. For a caller `requireComplaintRecorder` let by.
    private func handledComplaint(_ text: String?, malformed: String) throws -> Complaint {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard let id = Int64(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed), id > 0 else {
            throw Self.invalid("complaint", malformed)
        }
        guard let complaint = try store.complaint(id: id), !complaint.stub,
            try CampaignControl.exclusions(caller, department: complaint.department, store: store, config: config)
                .isEmpty
        else { throw Self.invalid("complaint", "there is no complaint \(id) you may handle") }
        return complaint
    }

    /// The new complaint a closed finding is reopened after (`ReopenFinding`): only a coordinator
    /// reopens, and only one who handles complaints names one — refused before anything of the
    /// complaint is looked at, so that a coordinator who may not read complaints learns nothing of
    /// them. The complaint must be one the caller may handle, about the finding's department.
    func reopeningComplaint(_ text: String, finding: String, method: String) throws -> String {
        guard caller.isCoordinator else { throw refuse(method) }
        try requireComplaintRecorder(method: method)
        let id = try Self.findingID(finding)
        guard let reopened = try store.finding(id) else { throw notFound(finding) }
        let complaint = try handledComplaint(
            text, malformed: "a reopening names the new complaint's number (spotcheck complaints list)")
        guard complaint.department == reopened.department else {
            throw Self.invalid(
                "complaint",
                "complaint \(complaint.id) is about another department than \(id) (\(reopened.department)); "
                    + "name a complaint about \(reopened.department)")
        }
        return String(complaint.id)
    }

    /// Whether the caller sees which complaint a finding of `department` came from, and who
    /// recorded it: coordinators, auditors and complaints handlers do, unless recused from the
    /// department's complaints (its contacts, a handler's own department); a department's contacts,
    /// inspectors and verifiers see only that it came from a complaint, so that nothing ties the
    /// finding to one complaint, its dates or who handled it. Unknown (the store failing): not seen.
    func seesComplaintNumbers(in department: String) -> Bool {
        guard caller.isCoordinator || caller.isAuditor || CampaignControl.isHandler(caller, config: config) else {
            return false
        }
        let recusal = try? CampaignControl.exclusions(caller, department: department, store: store, config: config)
        return recusal?.isEmpty == true
    }

    /// The finding as the caller may see it: a complaint's number, and the login of who recorded
    /// it, left out unless they see them (the role stays in the finder's place).
    func redacted(_ finding: Finding) -> Finding {
        guard case .complaint = finding.source, !seesComplaintNumbers(in: finding.department) else { return finding }
        var shown = finding
        shown.source = .complaint(id: "")
        let recorded = try? store.findingHistory(finding.id).first { $0.action == LedgerAction.record.rawValue }
        shown.finder = recorded?.role ?? Self.handlerRole
        return shown
    }

    /// The role of a complaints handler in the audit trail (`Actor.roleName`).
    static let handlerRole = "hotline"

    /// A history entry as the caller may see it (the same rule): the complaint's number left out
    /// of its details, and the actor of the recording or of a handler's step shown by role only.
    /// Whatever the finding's source, a reopening after a new complaint shows `投诉` in the
    /// complaint's place.
    func shown(_ entry: LedgerMessages.HistoryEntry, of finding: Finding, sees: Bool) -> LedgerMessages.HistoryEntry {
        guard !sees else { return entry }
        var shown = entry
        if entry.action == LedgerAction.reopen.rawValue, entry.detail["complaint"] != nil {
            shown.detail["complaint"] = FindingSource.complaint(id: "").label
        }
        guard case .complaint = finding.source else { return shown }
        var detail = shown.detail
        if let source = detail["source"], source.hasPrefix(FindingSource.complaint(id: "").label) {
            detail["source"] = FindingSource.complaint(id: "").label
        }
        if entry.action != LedgerAction.reopen.rawValue { detail["complaint"] = nil }
        shown.detail = detail
        if entry.action == LedgerAction.record.rawValue || entry.role == Self.handlerRole
            || entry.actor == finding.finder
        {
            shown.actor = entry.role
        }
        return shown
    }
}
