// The ledger's actions and states as its refusals name them in English: words, not the codes of
// the audit trail and `--json` (the command line tells them in Chinese, Catalogue.LedgerStateWords).

extension LedgerAction {
    /// What the action does, as a refusal says it ("requesting an extension is not possible …").
    public var phrase: String {
        switch self {
        case .record: "recording a finding"
        case .classify: "classifying the finding"
        case .confirm: "confirming the finding"
        case .addMeasure: "adding a measure"
        case .startRectification: "starting the rectification"
        case .completeMeasure: "completing a measure"
        case .addEvidence: "adding evidence"
        case .submitForVerification: "submitting for verification"
        case .verify: "recording a verification"
        case .requestExtension: "requesting an extension"
        case .decideExtension: "deciding an extension"
        case .proposeDismissal: "proposing a dismissal"
        case .approveDismissal: "approving a dismissal"
        case .transfer: "transferring the finding"
        case .reopen: "reopening the finding"
        }
    }
}

extension FindingState {
    /// The state in English words ("awaiting verification").
    public var words: String {
        switch self {
        case .awaitingVerification: "awaiting verification"
        default: rawValue
        }
    }
}
