import SpotcheckCampaign
import SpotcheckProtocol
import SpotcheckStore

/// A refusal of the campaign or of complaints as Varlink error parameters: the English `message`
/// (what the journal and any Varlink client read) and a `code` (`CampaignRefusalCode`) with the
/// values it names, which the command line tells in its reader's language (docs/localization.md).
struct CampaignRefusal: Error {
    let code: CampaignRefusalCode
    let message: String
    var values: [String: Varlink.Value] = [:]

    /// The error of `interface`: `AdvanceRefused` for the campaign, `Refused` for complaints.
    func failure(_ interface: String) -> Varlink.Failure {
        var parameters = values
        parameters["message"] = .string(message)
        parameters["code"] = .string(code.rawValue)
        return Varlink.Failure(
            interface == CampaignMessages.campaignInterface
                ? "io.spotcheck.Campaign.AdvanceRefused" : "io.spotcheck.Complaints.Refused", parameters)
    }

    var complaints: Varlink.Failure { failure(CampaignMessages.complaintsInterface) }
    var campaign: Varlink.Failure { failure(CampaignMessages.campaignInterface) }

    // MARK: The campaign

    static func notAStep(_ step: String) -> CampaignRefusal {
        let steps = CampaignStep.allCases.map(\.identifier).joined(separator: ", ")
        return CampaignRefusal(
            code: .notAStep, message: "'\(step)' is not a step; use \(steps)",
            values: ["step": .string(step), "steps": .string(steps)])
    }

    static let noReason = CampaignRefusal(
        code: .noReason, message: "give the reason for the step (--reason TEXT): it has no visible character")

    /// A refusal of the campaign's timeline (`CampaignError`, but for a blocked gate).
    static func of(_ error: CampaignError) -> CampaignRefusal {
        let message = error.description
        switch error {
        case .alreadyActive(let step):
            return CampaignRefusal(code: .alreadyActive, message: message, values: ["step": .string(step.identifier)])
        case .backwards(let from, let to):
            return CampaignRefusal(
                code: .backwards, message: message,
                values: ["from": .string(from.identifier), "to": .string(to.identifier)])
        case .skipping(let from, let to, let next):
            return CampaignRefusal(
                code: .skipping, message: message,
                values: [
                    "from": .string(from.identifier), "to": .string(to.identifier), "next": .string(next.identifier),
                ]
            )
        case .closed: return CampaignRefusal(code: .campaignClosed, message: message)
        case .clockBehind: return CampaignRefusal(code: .clockBehind, message: message)
        case .notConfigured, .gateBlocked: return CampaignRefusal(code: .notConfigured, message: message)
        }
    }

    /// `io.spotcheck.Campaign.GateBlocked`: the blockers in English, and the codes and counts of
    /// the gate's blocking conditions (evaluated again for them; nil when no campaign is configured).
    static func gateBlocked(into: CampaignStep, blockers: [String], gate: Gate?) -> Varlink.Failure {
        var parameters: [String: Varlink.Value] = [
            "into": .string(into.identifier), "blockers": .string(blockers.joined(separator: "; ")),
        ]
        if let blocking = gate?.blockers, !blocking.isEmpty {
            parameters["codes"] = .string(blocking.map(\.code).joined(separator: ","))
            parameters["counts"] = .string(blocking.map { $0.count.map(String.init) ?? "" }.joined(separator: ","))
            if let problem = blocking.lazy.compactMap(\.problem).first { parameters["problem"] = .string(problem) }
        }
        return Varlink.Failure("io.spotcheck.Campaign.GateBlocked", parameters)
    }

    // MARK: Complaints

    static func tooManyLookups(uid: UInt32, most: Int, wait: Int) -> CampaignRefusal {
        CampaignRefusal(
            code: .tooManyLookups,
            message: "too many receipt lookups from uid \(uid): at most \(most) a minute; try again in \(wait) s",
            values: ["uid": .int(Int(uid)), "most": .int(most), "wait": .int(wait)])
    }

    static func notAState(_ state: String) -> CampaignRefusal {
        let states = ComplaintState.allCases.map(\.rawValue).joined(separator: ", ")
        return CampaignRefusal(
            code: .notAState, message: "'\(state)' is not a state; use \(states)",
            values: ["state": .string(state), "states": .string(states)])
    }

    static let nothingToRecord = CampaignRefusal(code: .nothingToRecord, message: "give a state, a note or a reply")

    static let identityReason = CampaignRefusal(
        code: .identityReason,
        message:
            "write the reason for reading the identity (at least 10 visible characters); it is kept in the audit trail")

    static func notAChannel(_ channel: String) -> CampaignRefusal {
        let channels = ComplaintChannel.allCases.map(\.rawValue).joined(separator: ", ")
        return CampaignRefusal(
            code: .notAChannel, message: "'\(channel)' is not a channel; use \(channels)",
            values: ["channel": .string(channel), "channels": .string(channels)])
    }

    static func required(_ field: String) -> CampaignRefusal {
        CampaignRefusal(code: .required, message: "the \(field) is required", values: ["field": .string(field)])
    }

    static func badTime(_ text: String) -> CampaignRefusal {
        CampaignRefusal(
            code: .badTime, message: "'\(text)' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM", values: ["time": .string(text)])
    }

    static func futureTime(_ text: String) -> CampaignRefusal {
        CampaignRefusal(
            code: .futureTime, message: "the received time \(text) is in the future", values: ["time": .string(text)])
    }

    static func tooLongAgo(_ text: String, days: Int) -> CampaignRefusal {
        CampaignRefusal(
            code: .tooLongAgo,
            message: "the received time \(text) is more than \(days) days before today; "
                + "register a complaint within \(days) days of receiving it",
            values: ["time": .string(text), "days": .int(days)])
    }

    static func beforeCampaign(_ text: String, start: String) -> CampaignRefusal {
        CampaignRefusal(
            code: .beforeCampaign,
            message: "the received time \(text) is before the campaign began (\(start)); "
                + "a complaint from before it belongs to the regular channels",
            values: ["time": .string(text), "start": .string(start)])
    }

    static func noRoster(_ department: String) -> CampaignRefusal {
        CampaignRefusal(
            code: .noRoster,
            message: "department: no roster is loaded, so '\(department)' cannot be checked; load the roster first",
            values: ["department": .string(department)])
    }

    static func notADepartment(_ department: String, meant: (name: String, id: String)?) -> CampaignRefusal {
        var values: [String: Varlink.Value] = ["department": .string(department)]
        if let meant {
            values["meant_name"] = .string(meant.name)
            values["meant_id"] = .string(meant.id)
        }
        let hint = meant.map { " ('\($0.name)' is \($0.id))" } ?? ""
        return CampaignRefusal(
            code: .notADepartment,
            message: "department: '\(department)' is not a department id of the roster\(hint); "
                + "give the id (spotcheck departments list shows them), or --leadership for the commission's own leadership",
            values: values)
    }

    /// An identity the daemon will not seal (ComplaintIdentity.swift), naming the field and the rule.
    static func identity(_ problem: ComplaintIdentity.Problem) -> CampaignRefusal {
        switch problem {
        case .tooLarge(let bytes):
            let most = ComplaintIdentity.maximumBytes
            return CampaignRefusal(
                code: .identityTooLarge,
                message: "identity: the complainant's identity is \(bytes) bytes, more than \(most) bytes (16 KiB); "
                    + "keep a name, a telephone number and an address; nothing was registered",
                values: ["field": .string("identity"), "most": .int(most)])
        case .mangled:
            return CampaignRefusal(
                code: .identityMangled,
                message: "identity: the complainant's identity holds U+FFFD, the mark left where bytes were not "
                    + "UTF-8, so it was mangled before it was sent; send it again from the original saved as UTF-8; "
                    + "nothing was registered",
                values: ["field": .string("identity")])
        }
    }

    /// A hidden inspection no draw would carry (HiddenSlotRequests.swift).
    static func noDrawAhead(complaint: Int64, department: String, phase: CampaignStep?) -> CampaignRefusal {
        let message =
            phase.map {
                "complaint \(complaint): no pool that holds \(department) draws again in this campaign (it is in "
                    + "\($0)), so a hidden inspection would never happen; nothing was requested"
            }
            ?? "complaint \(complaint): no scheduled pool holds \(department), so a hidden inspection would never happen; "
            + "nothing was requested"
        return CampaignRefusal(
            code: .noDrawAhead, message: message,
            values: [
                "complaint": .int(Int(complaint)), "department": .string(department),
                "phase": .string(phase?.identifier ?? ""),
            ])
    }

    /// A refusal of the store (a complaint's transition, an identity request, a hidden inspection).
    static func of(_ refusal: ComplaintRefusal) -> CampaignRefusal {
        let message = refusal.description
        switch refusal {
        case .notASuccessor(let state, let allowed, let target):
            return CampaignRefusal(
                code: .notASuccessor, message: message,
                values: [
                    "state": .string(state.rawValue),
                    "states": .string(allowed.map(\.rawValue).sorted().joined(separator: ", ")),
                    "target": .string(target.rawValue),
                ])
        case .needsReply(let target):
            return CampaignRefusal(code: .needsReply, message: message, values: ["target": .string(target.rawValue)])
        case .ownApproval: return CampaignRefusal(code: .ownApproval, message: message)
        case .alreadyApproved(let request):
            return CampaignRefusal(code: .alreadyApproved, message: message, values: ["request": .int(Int(request))])
        case .notRequester(let login):
            return CampaignRefusal(code: .notRequester, message: message, values: ["login": .string(login)])
        case .notApproved(let request):
            return CampaignRefusal(code: .notApproved, message: message, values: ["request": .int(Int(request))])
        case .requestUsed(let request):
            return CampaignRefusal(code: .requestUsed, message: message, values: ["request": .int(Int(request))])
        case .approvalExpired(let request):
            return CampaignRefusal(code: .approvalExpired, message: message, values: ["request": .int(Int(request))])
        case .noIdentity(let complaint):
            return CampaignRefusal(code: .noIdentity, message: message, values: ["complaint": .int(Int(complaint))])
        case .complaintClosed(let complaint):
            return CampaignRefusal(
                code: .complaintClosed, message: message, values: ["complaint": .int(Int(complaint))])
        case .inspectionRequested(let complaint):
            return CampaignRefusal(
                code: .inspectionRequested, message: message, values: ["complaint": .int(Int(complaint))])
        case .badSalt: return CampaignRefusal(code: .badSalt, message: message)
        }
    }
}

extension CampaignGuard {
    /// A refusal that keeps the campaign to its plan (CampaignGuard.swift), with its code.
    static func advanceRefused(
        _ code: CampaignGuardCode, _ message: String, _ values: [String: Varlink.Value] = [:]
    ) -> Varlink.Failure {
        var parameters = values
        parameters["message"] = .string(message)
        parameters["code"] = .string(code.rawValue)
        return Varlink.Failure("io.spotcheck.Campaign.AdvanceRefused", parameters)
    }
}

/// A refused permission naming who may make the call (`needs`), besides the method and the uid.
extension Varlink.Failure {
    static func permissionDenied(_ method: String, uid: UInt32, needs: PermissionNeed) -> Varlink.Failure {
        var failure = Varlink.Failure.permissionDenied(method, uid: uid)
        failure.parameters["needs"] = .string(needs.rawValue)
        return failure
    }
}

/// Who may call each method of the ledger.
enum LedgerPermission {
    static func needs(_ method: String) -> PermissionNeed? {
        switch method.split(separator: ".").last.map(String.init) ?? "" {
        case "AddFinding": .findingRecorder
        case "ConfirmFinding", "SetAssignmentOutcome", "RecordCheck": .teamLead
        case "ListFindings", "ExportFindings", "ShowFinding", "MyFindings", "ListChecks": .rosterLogin
        case "AddMeasure", "StartRectification", "AddEvidence", "SubmitFinding", "RequestExtension":
            .departmentContact
        case "VerifyFinding": .drawnVerifier
        case "DecideExtension", "DismissFinding", "TransferFinding", "ReopenFinding": .coordinator
        default: nil
        }
    }
}
