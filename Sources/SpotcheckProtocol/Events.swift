/// The events an administrator or auditor searches the journal for. Each has a stable
/// MESSAGE_ID, explained in `deploy/spotcheck.catalog` (`journalctl -x`).
public enum Event: String, Sendable, CaseIterable {
    case started
    case ready
    case configReloaded
    case configRejected
    case rosterLoaded
    case rosterRejected
    case drawCommitted
    case drawCompleted
    case drawFailed
    case assignmentIssued
    case targetReplaced
    case drawMissed
    case seedRevealed
    case stopping
    case requestRefused
    case inspectorReplaced
    case campaignAdvanced
    case complaintRegistered
    case complaintIdentityRead
    case drawOutsidePhase
    case complaintEscalated
    /// A finding of the problem ledger recorded or changed.
    case findingChanged
    /// Escalations of a rectification past its due date: 催办, 通报, referral for accountability.
    case escalationReminder
    case escalationNotice
    case escalationReferral
    /// A self-inspection form not returned by its due date, locked as late.
    case selfInspectionFormLate
    /// The publication (`PUBLIC/publication/`) written and signed, or a write that failed.
    case publicationWritten
    case publicationFailed
    /// A locked self-inspection form unlocked by a coordinator, with a reason and a new due date.
    case selfInspectionFormUnlocked
    /// A coordinator cancelled an ordered inspection; its team's assignments are withdrawn.
    case orderCancelled
    /// An inspector declared a conflict of interest or an absence; a coordinator decided one.
    case declarationMade
    case declarationDecided
    /// A team member withheld at the reveal or after an approved declaration: the roster forbids
    /// them on the team since the draw, and nobody could take the place (or the department closed).
    case memberWithheld
    /// The teams of a draw could not be checked against the current roster at the reveal (or
    /// after an approved declaration): its assignments were withheld rather than told unchecked.
    case recheckFailed
    /// A rectification submitted in time has waited `verification_working_days` for its verifier
    /// (the verifier draw unstaffed, or the verifier idle): a coordinator should see to it.
    case verificationWaiting
    /// A reload or start that would replace or remove the running campaign without a release,
    /// refused (docs/campaign.md, "Keeping to the plan").
    case campaignChangeRefused
    /// A coordinator allowed the running campaign to be replaced or removed (`campaign release`).
    case campaignReleased
    /// The configured campaign replaced or removed after a release.
    case campaignReplaced
    /// The prohibitions file no longer matches the hash frozen into the step into self-inspection.
    case campaignProhibitionsChanged
    /// A start refused: the system clock is behind the newest entry of the state database
    /// (docs/operations.md, "The clock").
    case clockBehindState
    /// The clock went behind the newest entry while the daemon ran: changes are refused and the
    /// schedule held until it catches up (docs/operations.md, "The clock").
    case clockSetBack
    /// The clock caught up with the newest entry again: changes and the schedule go on.
    case clockCaughtUp
    /// The clock was stepped forward while the daemon ran (by more than a minute beyond the time
    /// that passed): steps due in the span skipped are taken at once (docs/operations.md, "The clock").
    case clockSteppedForward
    /// A complaint's requested hidden inspection can be carried by no scheduled draw now (its
    /// department left every pool that draws ahead); the request stays.
    case hiddenInspectionStalled
    /// Such a request can be carried again.
    case hiddenInspectionResumed

    public var messageID: String {
        switch self {
        case .started: "bc542e82c8ea4c94ac6d99b0e2b3d4d2"
        case .ready: "184a3d3c48ec471eb7f43d3d5b71b4e9"
        case .configReloaded: "e7a9f811186049e18364118486c56e5b"
        case .configRejected: "c0352e6c20b24d9f8bc13a11c3893111"
        case .rosterLoaded: "cc0d3ac47fb2409a9b7e4440682e4565"
        case .rosterRejected: "5ef21578d27a4441b482d820e90f69ca"
        case .drawCommitted: "1db5e38a1f2241d9a06971cb4e154efb"
        case .drawCompleted: "93beef41c47a4d2aaa3e9b39421343e1"
        case .drawFailed: "be1adf450a354e1db1bde4d450abb6b8"
        case .assignmentIssued: "92d7bb8da8934d03b6d26a731e0f1f42"
        case .targetReplaced: "f851b08afdab44d88d79af20d403f7f6"
        case .drawMissed: "c60500eaccca42eabd8129663bda6979"
        case .seedRevealed: "4a040e5f88c2471a921d2e005f37ac4d"
        case .stopping: "bab5a91663a04ee694f493da6f40641a"
        case .requestRefused: "7d0c6f3e2b8a4e41a7f5d9c2e1b04a63"
        case .inspectorReplaced: "4fb9f33da7534030b5d9d8e62ec9bdac"
        case .campaignAdvanced: "705a3945670b46c6bcdcac4a365dc67c"
        case .complaintRegistered: "790c794816d6452197f997b34c71b2ca"
        case .complaintIdentityRead: "4aec27f6e8a24dd7b0f978ad388bd3e3"
        case .complaintEscalated: "aad86ef0fe274c1d994be5ba6aa9607e"
        case .drawOutsidePhase: "7ad1d748b01e42bab73c7beca19036d6"
        case .findingChanged: "1e3640db069f425e9872033b7dd2a720"
        case .escalationReminder: "644f0665f821485b926d735c7f533600"
        case .escalationNotice: "386e26c55f80493ea8ff1815cee3167b"
        case .escalationReferral: "0a607f9de68648508e34e5882fcb61c7"
        case .selfInspectionFormLate: "cfe5c7ac2fee4dc98c370aae14160a59"
        case .publicationWritten: "d25d18dc52e94c12b22ebda81fc428cd"
        case .publicationFailed: "d0642d8bf17a4470addd82232f96b716"
        case .selfInspectionFormUnlocked: "fb6d5974f843436a85d1ead3ba253b70"
        case .orderCancelled: "5d1f0c6e8a2b4f3d9e7c1b0a4f6e2d83"
        case .declarationMade: "8c3e71a0d94b4b6f86e2f05a1c7d3b29"
        case .declarationDecided: "e4a92b17c6504d3f9b8a2e61d0f7c548"
        case .memberWithheld: "40d48bd24c5b4ca7b79011d69fa8c4e9"
        case .recheckFailed: "f7fc31aca1b546ecaa8ea49bb1b156bd"
        case .verificationWaiting: "5794d68546f4434e82f4b1042b5b0235"
        case .campaignChangeRefused: "5247240c14e24a3296ef225e06fad7bf"
        case .campaignReleased: "dc764c9324c24fa3822344cea192f534"
        case .campaignReplaced: "36c18816f2c14649b43b5f434db57529"
        case .campaignProhibitionsChanged: "90ed4eeaf6754e05addcea7fe2337ccf"
        case .clockBehindState: "9144f0c71f5041178973153f2058451d"
        case .clockSetBack: "9b7e5ef669234661a8c5b3d4ecf7b14d"
        case .clockCaughtUp: "444a18fa264c4a4d94fbd433f38154fd"
        case .clockSteppedForward: "c3f1a9e27b5d4e08a6d2f41b97e05c6a"
        case .hiddenInspectionStalled: "26b5d99b86184d0b8dcb67861951bad8"
        case .hiddenInspectionResumed: "96f235fb4b6c4206a897b927b069af56"
        }
    }

    /// The name used on the command line: `drawCommitted` → `draw-committed`.
    public var commandLineName: String {
        rawValue.reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }
}
