import SpotcheckProtocol
import SpotcheckText

/// Refusals of the campaign and of complaints, the gate's conditions and refused permissions,
/// told in the reader's language from the code and values the daemon sends with them. A code this
/// command line does not know (a newer daemon) leaves the daemon's English text as it came.
enum RefusalText {
    /// A refusal of `io.spotcheck.Campaign.AdvanceRefused` or `io.spotcheck.Complaints.Refused`.
    static func campaign(_ failure: Varlink.Failure) -> Localized? {
        guard let code = failure.parameters["code"].flatMap({ CampaignRefusalCode(rawValue: $0.description) })
        else { return nil }
        return campaign(code) { failure.parameters[$0]?.description }
    }

    /// The message of `code` with the values `value` gives by parameter name.
    static func campaign(_ code: CampaignRefusalCode, _ value: (String) -> String?) -> Localized {
        typealias Say = Catalogue.CampaignRefusal
        typealias Phases = Catalogue.CampaignPhaseNames
        func v(_ name: String) -> String { value(name) ?? "" }
        switch code {
        case .notAStep: return Say.notAStep(v("step"), v("steps"))
        case .noReason: return Say.noReason
        // Phases named in the reader's language (Catalogue.CampaignPhaseNames).
        case .alreadyActive: return Phases.told([v("step")]) { Say.alreadyActive($0[0]) }
        case .backwards: return Phases.told([v("from"), v("to")]) { Say.backwards($0[0], $0[1]) }
        case .skipping:
            return Phases.told([v("from"), v("next"), v("to")]) { Say.skipping($0[0], $0[1], $0[2]) }
        case .campaignClosed: return Say.campaignClosed
        case .clockBehind: return Say.clockBehind
        case .notConfigured: return Say.notConfigured
        case .tooManyLookups: return Say.tooManyLookups(v("uid"), v("most"), v("wait"))
        case .notAState: return Say.notAState(v("state"), v("states"))
        case .nothingToRecord: return Say.nothingToRecord
        case .identityReason: return Say.identityReason
        case .notAChannel: return Say.notAChannel(v("channel"), v("channels"))
        case .required: return Say.required(v("field"))
        case .badTime: return Say.badTime(v("time"))
        case .futureTime: return Say.futureTime(v("time"))
        case .tooLongAgo: return Say.tooLongAgo(v("time"), v("days"))
        case .beforeCampaign: return Say.beforeCampaign(v("time"), v("start"))
        case .noRoster: return Say.noRoster(v("department"))
        case .notADepartment:
            if let name = value("meant_name"), let id = value("meant_id") {
                return Say.notADepartmentMeant(v("department"), name, id)
            }
            return Say.notADepartment(v("department"))
        case .ownApproval: return Say.ownApproval
        case .alreadyApproved: return Say.alreadyApproved(v("request"))
        case .notRequester: return Say.notRequester(v("login"))
        case .notApproved: return Say.notApproved(v("request"))
        case .requestUsed: return Say.requestUsed(v("request"))
        case .approvalExpired: return Say.approvalExpired(v("request"))
        case .noIdentity: return Say.noIdentity(v("complaint"))
        case .complaintClosed: return Say.complaintClosed(v("complaint"))
        case .inspectionRequested: return Say.inspectionRequested(v("complaint"))
        case .badSalt: return Say.badSalt
        case .noDrawAhead:
            guard !v("phase").isEmpty else { return Say.noPoolDraws(v("complaint"), v("department")) }
            return Phases.told([v("phase")]) { Say.noDrawAhead(v("complaint"), v("department"), $0[0]) }
        case .identityTooLarge, .identityMangled:
            return Say.identityRefused(v("field"), v("most"), mangled: code == .identityMangled)
        case .notASuccessor: return Say.notASuccessor(v("state"), v("states"), v("target"))
        case .needsReply: return Say.needsReply(v("target"))
        }
    }

    // MARK: The gate

    /// A condition's text from its code, nil for a code this command line does not know.
    static func condition(_ code: String) -> Localized? {
        typealias Say = Catalogue.GateConditions
        guard let known = GateConditionCode(rawValue: code) else { return nil }
        return switch known {
        case .rosterFrozen: Say.rosterFrozen
        case .prohibitionsFrozen: Say.prohibitionsFrozen
        case .formsIssued: Say.formsIssued
        case .formsReturned: Say.formsReturned
        case .selfFindings: Say.selfFindings
        case .drawsRevealed: Say.drawsRevealed
        case .drawsPublished: Say.drawsPublished
        case .assignmentsDecided: Say.assignmentsDecided
        case .findingsConfirmed: Say.findingsConfirmed
        case .finalPublication: Say.finalPublication
        case .findingsCarried: Say.findingsCarried
        }
    }

    /// Why condition `code` blocks or is not checked, nil when the detail's code is unknown.
    static func detail(
        _ code: String, detailCode: String?, count: Int?, ids: String?, problem: String?
    ) -> Localized? {
        typealias Say = Catalogue.GateConditions
        guard let detailCode, let known = GateDetailCode(rawValue: detailCode) else { return nil }
        switch known {
        case .unchecked: return Say.unchecked
        case .noRoster: return Say.noRoster
        case .noProhibitionsFile: return Say.noProhibitionsFile
        case .prohibitionsUnreadable: return Say.prohibitionsUnreadable(problem ?? "")
        case .notWritten: return Say.notWritten
        case .count:
            let n = count.map(String.init) ?? ""
            return switch GateConditionCode(rawValue: code) {
            case .formsIssued: Say.withoutForm(n)
            case .formsReturned: Say.formsOutstanding(n)
            case .selfFindings: Say.selfReportedMissing(n)
            case .drawsRevealed: ids.map { Say.notRevealed(n, $0) } ?? Say.drawsNotRevealed(n)
            case .drawsPublished: ids.map { Say.notPublished(n, $0) } ?? Say.drawsNotPublished(n)
            case .assignmentsDecided: Say.undecided(n)
            case .findingsConfirmed: Say.unconfirmed(n)
            case .findingsCarried: Say.notCarried(n)
            default: Say.blockingCount(n)
            }
        }
    }

    /// A condition's line: its text and, when it blocks or is not checked, why.
    static func condition(_ condition: CampaignMessages.Condition) -> String {
        let text = Self.condition(condition.code)?.text ?? condition.text
        let why =
            detail(
                condition.code, detailCode: condition.detailCode, count: condition.count, ids: condition.ids,
                problem: condition.problem)?.text ?? condition.detail
        return text + (why.map { ": \($0)" } ?? "")
    }

    /// The blockers of `io.spotcheck.Campaign.GateBlocked`, from their codes and counts; the
    /// daemon's English `blockers` when it sent no codes or one is unknown.
    static func blockers(_ failure: Varlink.Failure) -> String {
        let english = failure.parameters["blockers"]?.description ?? ""
        guard let codes = failure.parameters["codes"]?.description, !codes.isEmpty else { return english }
        let counts = (failure.parameters["counts"]?.description ?? "").split(
            separator: ",", omittingEmptySubsequences: false)
        var told: [String] = []
        for (index, code) in codes.split(separator: ",").enumerated() {
            let count = index < counts.count ? Int(counts[index]) : nil
            let detailCode: GateDetailCode? =
                switch GateConditionCode(rawValue: String(code)) {
                case .rosterFrozen: .noRoster
                case .prohibitionsFrozen:
                    failure.parameters["problem"] == nil ? .noProhibitionsFile : .prohibitionsUnreadable
                case .finalPublication: .notWritten
                default: count == nil ? nil : .count
                }
            guard let text = condition(String(code)),
                let why = detail(
                    String(code), detailCode: detailCode?.rawValue, count: count, ids: nil,
                    problem: failure.parameters["problem"]?.description)
            else { return english }
            told.append("\(text.text): \(why.text)")
        }
        return told.joined(separator: Language.current == .chinese ? "；" : "; ")
    }

    // MARK: Permissions

    /// A refused permission: the command the user typed and who may run it (the daemon's
    /// `needs`); without it, that the user's role does not allow it.
    static func permission(
        _ failure: Varlink.Failure, command: String = CommandPath.of(), otherwise: PermissionNeed? = nil
    ) -> Localized {
        typealias Say = Catalogue.Permission
        guard
            let needs = failure.parameters["needs"].flatMap({ PermissionNeed(rawValue: $0.description) }) ?? otherwise
        else {
            return Catalogue.Common.permissionRefused(command)
        }
        let who = who(needs)
        return Localized(en: Say.refused(command, who.english).english, zh: Say.refused(command, who.chinese).chinese)
    }

    static func who(_ needs: PermissionNeed) -> Localized {
        typealias Say = Catalogue.Permission
        return switch needs {
        case .coordinator: Say.coordinator
        case .coordinatorOrAuditor: Say.coordinatorOrAuditor
        case .complaintsHandler: Say.complaintsHandler
        case .findingRecorder: Say.findingRecorder
        case .teamLead: Say.teamLead
        case .departmentContact: Say.departmentContact
        case .drawnVerifier: Say.drawnVerifier
        case .rosterLogin: Say.rosterLogin
        }
    }
}
