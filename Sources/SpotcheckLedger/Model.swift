public import SpotcheckCore
import SpotcheckText

/// A point in time as the ledger needs it: the instant (for the audit trail) and the civil day it
/// falls on in the service's time zone (for deadlines). The caller derives both from one clock
/// read; the ledger never reads a clock.
public struct Moment: Sendable, Hashable, Codable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var unixSeconds: Int64
    /// The civil day of `unixSeconds` in the service's time zone.
    public var day: Day

    public init(unixSeconds: Int64, day: Day) {
        self.unixSeconds = unixSeconds
        self.day = day
    }

    public static func < (lhs: Moment, rhs: Moment) -> Bool {
        lhs.unixSeconds < rhs.unixSeconds
    }
}

/// The readable identifier of a finding: `F-2026-0001` (year, then a counter of at least four
/// digits that the store allocates per year).
public struct FindingID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let year: Int
    public let number: Int

    /// `number` is the counter value the store allocated (1, 2, …).
    public init(year: Int, number: Int) throws(LedgerError) {
        guard (1...9999).contains(year), number >= 1 else {
            throw .invalidFindingID("F-\(year)-\(number)")
        }
        self.year = year
        self.number = number
    }

    /// Parses `F-YYYY-NNNN` (four or more digits after the year).
    public init(_ text: String) throws(LedgerError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "F", parts[1].count == 4, parts[2].count >= 4,
            parts[1].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), parts[2].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let year = Int(parts[1]), let number = Int(parts[2]),
            String(parts[2]).count == 4 || !parts[2].hasPrefix("0"), number >= 1
        else { throw .invalidFindingID(text) }
        try self.init(year: year, number: number)
    }

    public var description: String {
        let digits = String(number)
        let year = String(self.year)
        return "F-" + String(repeating: "0", count: max(0, 4 - year.count)) + year + "-"
            + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    public static func < (lhs: FindingID, rhs: FindingID) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }

    /// Encoded as its text, `"F-2026-0001"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The five categories of the campaign's checklist.
public enum FindingCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// 脱离实际、脱离基层、脱离群众
    case detached
    /// 慵懒散
    case sluggish
    /// 推拖绕
    case evasive
    /// 横冷硬
    case arrogant
    /// 假大空
    case hollow

    /// The campaign's own name for the category (Catalogue.LedgerStateWords.category).
    public var label: String { Catalogue.LedgerStateWords.category(rawValue).chinese }
}

public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case minor
    case serious
    case grave

    /// 一般, 较重, 严重 (Catalogue.LedgerStateWords.severity).
    public var label: String { Catalogue.LedgerStateWords.severity(rawValue).chinese }

    private var rank: Int {
        switch self {
        case .minor: 0
        case .serious: 1
        case .grave: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One rule of the campaign's prohibitions list (十个不得): a short code and its text.
public struct Prohibition: Sendable, Hashable, Codable {
    public var code: String
    public var text: String

    public init(code: String, text: String) {
        self.code = code
        self.text = text
    }
}

/// The prohibitions list as the administrator configured it. Codes are unique and not empty.
public struct Prohibitions: Sendable, Hashable, Codable {
    public let rules: [Prohibition]

    public init(_ rules: [Prohibition]) throws(LedgerError) {
        var seen: Set<String> = []
        for rule in rules {
            guard !rule.code.isEmpty, !rule.code.contains(where: \.isWhitespace) else {
                throw .invalidRuleCode(rule.code)
            }
            guard seen.insert(rule.code).inserted else { throw .duplicateRuleCode(rule.code) }
        }
        self.rules = rules
    }

    /// Decodes a list of rules and checks it like `init(_:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let rules = try container.decode([Prohibition].self)
        do {
            try self.init(rules)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rules)
    }

    public func rule(_ code: String) -> Prohibition? {
        rules.first { $0.code == code }
    }
}

/// Where a finding came from.
public enum FindingSource: Sendable, Hashable, Codable {
    /// The department's own self-inspection.
    case selfInspection
    /// An inspection team, on the assignment of `draw` to `target`.
    case inspection(draw: Int64, target: String)
    /// A public complaint.
    case complaint(id: String)

    public var label: String {
        switch self {
        case .selfInspection: "自查"
        case .inspection(let draw, let target): "督查（抽签 \(draw)，\(target)）"
        case .complaint(let id): id.isEmpty ? "投诉" : "投诉（\(id)）"
        }
    }
}

/// Proof of a rectification: the hash of a file kept elsewhere, or a reference (a document
/// number, an archive location). Files never go into the ledger itself.
public enum Evidence: Sendable, Hashable, Codable {
    /// Lower-case hexadecimal SHA-256 of the file.
    case sha256(String)
    case reference(String)

    /// Checks the form: 64 lower-case hex digits for a hash, a non-empty single line for a
    /// reference.
    public func validated() throws(LedgerError) -> Evidence {
        switch self {
        case .sha256(let hex):
            guard hex.utf8.count == 64, hex.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) })
            else { throw .invalidEvidence(hex) }
        case .reference(let text):
            guard !text.allSatisfy(\.isWhitespace), !text.contains(where: \.isNewline) else {
                throw .invalidEvidence(text)
            }
        }
        return self
    }

    public var description: String {
        switch self {
        case .sha256(let hex): "sha256:\(hex)"
        case .reference(let text): text
        }
    }
}

public enum MeasureState: String, Sendable, Hashable, Codable {
    case open
    case done
}

/// A rectification measure (整改措施).
public struct Measure: Sendable, Hashable, Codable {
    /// 1, 2, … in the order the measures were added to the finding.
    public var number: Int
    public var text: String
    /// The role answerable for it (for example "办公室主任"); required before rectification starts.
    public var owner: String?
    public var due: Day?
    public var state: MeasureState
    public var evidence: [Evidence]

    public init(
        number: Int, text: String, owner: String?, due: Day?, state: MeasureState = .open, evidence: [Evidence] = []
    ) {
        self.number = number
        self.text = text
        self.owner = owner
        self.due = due
        self.state = state
        self.evidence = evidence
    }

    /// Has an owner and a due date: it can carry a deadline.
    public var isPlanned: Bool {
        owner.map { !$0.allSatisfy(\.isWhitespace) } == true && due != nil
    }
}

/// The rectification period of a finding: from the day rectification started to the due date.
public struct Deadline: Sendable, Hashable, Codable {
    public var start: Day
    public var due: Day

    public init(start: Day, due: Day) {
        self.start = start
        self.due = due
    }
}

public struct ExtensionDecision: Sendable, Hashable, Codable {
    public var by: String
    public var at: Moment
    public var granted: Bool

    public init(by: String, at: Moment, granted: Bool) {
        self.by = by
        self.at = at
        self.granted = granted
    }
}

/// A request for more time (延期), and its decision once made.
public struct Extension: Sendable, Hashable, Codable {
    public var requestedBy: String
    public var requestedAt: Moment
    public var reason: String
    public var previousDue: Day
    public var requestedDue: Day
    public var decision: ExtensionDecision?

    public init(
        requestedBy: String, requestedAt: Moment, reason: String, previousDue: Day, requestedDue: Day,
        decision: ExtensionDecision? = nil
    ) {
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.reason = reason
        self.previousDue = previousDue
        self.requestedDue = requestedDue
        self.decision = decision
    }
}

/// The check of a rectification by someone independent of the department (核验).
public struct Verification: Sendable, Hashable, Codable {
    public var verifier: String
    /// The department the verifier works in (never the department under check).
    public var verifierHome: String
    public var at: Moment
    public var accepted: Bool
    public var note: String

    public init(verifier: String, verifierHome: String, at: Moment, accepted: Bool, note: String) {
        self.verifier = verifier
        self.verifierHome = verifierHome
        self.at = at
        self.accepted = accepted
        self.note = note
    }
}

/// What the caller knows about a verifier, passed in as a value: the department they work in,
/// whether the verifier draw chose them for this finding, and the first rule of recusal that
/// keeps them from the department now (a conflict declared or a post held since the draw).
public struct VerifierEligibility: Sendable, Hashable, Codable {
    public var home: String
    public var drawnForFinding: Bool
    /// The recusal rule as the draw words it (`Exclusion.message`: "declared conflict: …",
    /// "former department until …", "own department"); `nil` when none applies.
    public var conflict: String?
    /// Whether they were on the team that found the finding (replaced off it or not): they do
    /// not verify its rectification, whatever the inspection history says. Its finder never does.
    public var onFindingTeam: Bool

    public init(home: String, drawnForFinding: Bool, conflict: String? = nil, onFindingTeam: Bool = false) {
        self.home = home
        self.drawnForFinding = drawnForFinding
        self.conflict = conflict
        self.onFindingTeam = onFindingTeam
    }
}

/// A coordinator's proposal to dismiss a finding, waiting for a second coordinator.
public struct DismissalProposal: Sendable, Hashable, Codable {
    public var by: String
    public var at: Moment
    public var reason: String

    public init(by: String, at: Moment, reason: String) {
        self.by = by
        self.at = at
        self.reason = reason
    }
}

/// Why a closed finding was reopened.
public enum ReopenReason: Sendable, Hashable, Codable {
    case failedRecheck(note: String)
    case newComplaint(id: String)
}
