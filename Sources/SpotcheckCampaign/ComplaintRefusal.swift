/// Why a complaint, an identity request or a hidden inspection is refused, with the values the
/// refusal names. `description` is the English message; the daemon sends the case as a code with
/// its values, which the command line tells in its reader's language.
public enum ComplaintRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// A complaint in `state` can move only to `allowed`.
    case notASuccessor(state: ComplaintState, allowed: [ComplaintState], target: ComplaintState)
    /// Moving to `target` tells the complainant: a reply is needed.
    case needsReply(target: ComplaintState)
    case ownApproval
    case alreadyApproved(request: Int64)
    case notRequester(login: String)
    case notApproved(request: Int64)
    case requestUsed(request: Int64)
    case approvalExpired(request: Int64)
    case noIdentity(complaint: Int64)
    case complaintClosed(complaint: Int64)
    case inspectionRequested(complaint: Int64)
    case badSalt

    public var description: String {
        switch self {
        case .notASuccessor(let state, let allowed, let target):
            "a complaint in state \(state.rawValue) can move to "
                + "\(allowed.map(\.rawValue).sorted().joined(separator: ", ")), not \(target.rawValue)"
        case .needsReply(let target):
            "moving to \(target.rawValue) tells the complainant: give the reply (--reply TEXT)"
        case .ownApproval: "the person who asked cannot approve their own request; a second person must"
        case .alreadyApproved(let request): "request \(request) is already approved"
        case .notRequester(let login): "only the person who asked (\(login)) may read it"
        case .notApproved(let request): "request \(request) is not approved by a second person yet"
        case .requestUsed(let request): "request \(request) was used already; ask again"
        case .approvalExpired(let request): "the approval of request \(request) has expired; ask again"
        case .noIdentity(let complaint): "complaint \(complaint) has no identity on file"
        case .complaintClosed(let complaint):
            "complaint \(complaint) is closed; an inspection is requested while it is handled"
        case .inspectionRequested(let complaint): "complaint \(complaint) already has a hidden inspection requested"
        case .badSalt: "the salt must be 32 bytes"
        }
    }
}
