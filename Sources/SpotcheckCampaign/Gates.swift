/// Facts about the rest of the system that a gate needs and the campaign cannot see itself:
/// self-inspection forms, findings and assignments live in the problem ledger. Each is nil
/// until a source provides it; a condition whose fact is nil is reported as not checked and
/// does not block.
public struct LedgerFacts: Sendable, Hashable, Codable {
    /// Departments without a self-inspection form issued.
    public var departmentsWithoutForm: Int?
    /// Forms neither returned nor past due (past-due ones are locked and flagged).
    public var formsOutstanding: Int?
    /// Problems reported in returned forms that are not in the ledger as findings (source `self`).
    public var selfReportedNotInLedger: Int?
    /// Assignments neither marked done nor marked not carried out.
    public var assignmentsUndecided: Int?
    /// Findings not yet confirmed.
    public var findingsUnconfirmed: Int?
    /// Whether the final publication is written.
    public var finalPublicationWritten: Bool?
    /// Open findings not yet carried into a standing ledger.
    public var openFindingsNotCarried: Int?

    public init(
        departmentsWithoutForm: Int? = nil, formsOutstanding: Int? = nil, selfReportedNotInLedger: Int? = nil,
        assignmentsUndecided: Int? = nil, findingsUnconfirmed: Int? = nil, finalPublicationWritten: Bool? = nil,
        openFindingsNotCarried: Int? = nil
    ) {
        self.departmentsWithoutForm = departmentsWithoutForm
        self.formsOutstanding = formsOutstanding
        self.selfReportedNotInLedger = selfReportedNotInLedger
        self.assignmentsUndecided = assignmentsUndecided
        self.findingsUnconfirmed = findingsUnconfirmed
        self.finalPublicationWritten = finalPublicationWritten
        self.openFindingsNotCarried = openFindingsNotCarried
    }
}

/// Where ledger facts come from; the daemon asks it before evaluating a gate. The problem
/// ledger implements it once its store exists.
public protocol LedgerFactSource: Sendable {
    func ledgerFacts() throws -> LedgerFacts
}

/// What the daemon can see itself when a gate is evaluated.
public struct CampaignFacts: Sendable, Hashable {
    /// The current roster's snapshot hash, nil when none is loaded.
    public var rosterSha256: String?
    /// The SHA-256 of the prohibitions list's file; nil when not configured or unreadable, with
    /// `prohibitionsProblem` saying why.
    public var prohibitionsSha256: String?
    public var prohibitionsProblem: String?
    /// Draws stored but not yet revealed, or revealed but not yet published (missed days do
    /// not count): their ids.
    public var drawsUnrevealed: [Int64]
    public var drawsUnpublished: [Int64]
    public var ledger: LedgerFacts

    public init(
        rosterSha256: String?, prohibitionsSha256: String?, prohibitionsProblem: String? = nil,
        drawsUnrevealed: [Int64] = [], drawsUnpublished: [Int64] = [], ledger: LedgerFacts = LedgerFacts()
    ) {
        self.rosterSha256 = rosterSha256
        self.prohibitionsSha256 = prohibitionsSha256
        self.prohibitionsProblem = prohibitionsProblem
        self.drawsUnrevealed = drawsUnrevealed
        self.drawsUnpublished = drawsUnpublished
        self.ledger = ledger
    }
}

/// One condition of a gate and how it stands.
public struct GateCondition: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        case holds
        case blocks
        /// The fact is not available yet (its source is not built); does not block.
        case unchecked
    }

    public var code: String
    public var text: String
    public var state: State
    /// Why it blocks, or why it is not checked.
    public var detail: String?
    /// The same as a code (`unchecked`, `count`, `no-roster`, `no-prohibitions-file`,
    /// `prohibitions-unreadable`, `not-written`) with its values, for readers of other languages.
    public var detailCode: String?
    public var count: Int?
    /// The blocking draws, `#4, #5, …`.
    public var ids: String?
    /// Why the prohibitions file cannot be read.
    public var problem: String?

    public init(
        code: String, text: String, state: State, detail: String? = nil, detailCode: String? = nil, count: Int? = nil,
        ids: String? = nil, problem: String? = nil
    ) {
        self.code = code
        self.text = text
        self.state = state
        self.detail = detail
        self.detailCode = detailCode
        self.count = count
        self.ids = ids
        self.problem = problem
    }
}

/// The gate into a step: its conditions under given facts.
public struct Gate: Sendable, Hashable {
    public var into: CampaignStep
    public var conditions: [GateCondition]

    public var holds: Bool { !conditions.contains { $0.state == .blocks } }
    public var blockers: [GateCondition] { conditions.filter { $0.state == .blocks } }
    public var unchecked: [GateCondition] { conditions.filter { $0.state == .unchecked } }

    /// The gate into `step` under `facts`.
    public static func into(_ step: CampaignStep, facts: CampaignFacts) -> Gate {
        var conditions: [GateCondition] = []
        func count(_ code: String, _ text: String, _ value: Int?, _ what: String) {
            guard let value else {
                conditions.append(
                    GateCondition(
                        code: code, text: text, state: .unchecked,
                        detail: "nothing reports it yet (self-inspection forms, publications)", detailCode: "unchecked")
                )
                return
            }
            conditions.append(
                GateCondition(
                    code: code, text: text, state: value == 0 ? .holds : .blocks,
                    detail: value == 0 ? nil : "\(value) \(what)", detailCode: value == 0 ? nil : "count",
                    count: value == 0 ? nil : value))
        }
        func ids(_ code: String, _ text: String, _ values: [Int64], _ what: String) {
            let shown = values.prefix(10).map { "#\($0)" }.joined(separator: ", ") + (values.count > 10 ? ", …" : "")
            conditions.append(
                GateCondition(
                    code: code, text: text, state: values.isEmpty ? .holds : .blocks,
                    detail: values.isEmpty ? nil : "\(values.count) \(what): \(shown)",
                    detailCode: values.isEmpty ? nil : "count", count: values.isEmpty ? nil : values.count,
                    ids: values.isEmpty ? nil : shown))
        }
        switch step {
        case .mobilisation:
            break
        case .selfInspection:
            conditions.append(
                GateCondition(
                    code: "roster-frozen", text: "a roster is loaded; its snapshot hash is frozen into the transition",
                    state: facts.rosterSha256 == nil ? .blocks : .holds,
                    detail: facts.rosterSha256 == nil ? "no roster is loaded (spotcheck import DIR)" : nil,
                    detailCode: facts.rosterSha256 == nil ? "no-roster" : nil))
            conditions.append(
                GateCondition(
                    code: "prohibitions-frozen",
                    text: "the list of prohibitions is readable; its SHA-256 is frozen into the transition",
                    state: facts.prohibitionsSha256 == nil ? .blocks : .holds,
                    detail: facts.prohibitionsSha256 == nil
                        ? (facts.prohibitionsProblem ?? "no prohibitions file is configured ([campaign] prohibitions)")
                        : nil,
                    detailCode: facts.prohibitionsSha256 != nil
                        ? nil : facts.prohibitionsProblem == nil ? "no-prohibitions-file" : "prohibitions-unreadable",
                    problem: facts.prohibitionsSha256 == nil ? facts.prohibitionsProblem : nil))
            count(
                "forms-issued", "one self-inspection form issued per department", facts.ledger.departmentsWithoutForm,
                "department(s) without a form")
        case .supervision:
            // A department added to the roster during self-inspection needs its form too.
            count(
                "forms-issued", "one self-inspection form issued per department", facts.ledger.departmentsWithoutForm,
                "department(s) without a form")
            count(
                "forms-returned", "every self-inspection form returned or past due (late ones locked and flagged)",
                facts.ledger.formsOutstanding, "form(s) outstanding")
            count(
                "self-findings", "every self-reported problem in the ledger as a confirmed finding (source self)",
                facts.ledger.selfReportedNotInLedger, "self-reported problem(s) not in the ledger or not confirmed")
        case .summingUp:
            ids("draws-revealed", "every draw revealed", facts.drawsUnrevealed, "draw(s) not revealed")
            ids(
                "draws-published", "every draw's seed and record published", facts.drawsUnpublished,
                "draw(s) not published")
            count(
                "assignments-decided", "every assignment marked done or not carried out",
                facts.ledger.assignmentsUndecided, "assignment(s) undecided")
            count(
                "findings-confirmed", "no finding still unconfirmed", facts.ledger.findingsUnconfirmed,
                "finding(s) unconfirmed")
        case .closed:
            if let written = facts.ledger.finalPublicationWritten {
                conditions.append(
                    GateCondition(
                        code: "final-publication", text: "the final publication is written",
                        state: written ? .holds : .blocks, detail: written ? nil : "not written yet",
                        detailCode: written ? nil : "not-written"))
            } else {
                conditions.append(
                    GateCondition(
                        code: "final-publication", text: "the final publication is written", state: .unchecked,
                        detail: "publications are not built yet", detailCode: "unchecked"))
            }
            count(
                "findings-carried", "open findings carried into a standing ledger",
                facts.ledger.openFindingsNotCarried, "open finding(s) not carried")
        }
        return Gate(into: step, conditions: conditions)
    }

    /// What the transition freezes: the hashes the gate saw, and the conditions not checked.
    public func frozenFacts(_ facts: CampaignFacts) -> [String: String] {
        var frozen: [String: String] = [:]
        if into == .selfInspection {
            frozen["roster_sha256"] = facts.rosterSha256
            frozen["prohibitions_sha256"] = facts.prohibitionsSha256
        }
        if !unchecked.isEmpty { frozen["unchecked"] = unchecked.map(\.code).joined(separator: ",") }
        return frozen
    }
}
