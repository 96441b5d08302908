/// An auditor's recomputation of a ledger sample's population from the ledger (docs/ledger.md,
/// "Checking a sample's population"): `ledger-sample.json` publishes the population the daemon
/// drew from, and this says what it should have been, given every finding's history as
/// `spotcheck findings export --json` and `spotcheck findings show --json` tell it.
///
/// - re-checks of PERIOD drawn on day D: the findings of a roster department that were closed
///   before D by a verification accepted in PERIOD (a closure reopened before D does not count);
/// - honesty sample of PERIOD drawn on D: the roster's departments with no self-inspection finding
///   found in PERIOD (before D).
///
/// A change made on D itself may have come before the draw or after it: such members are
/// reported as `undecided` (compare them by hand with the draw's commitment time), never as
/// differences.
public enum LedgerSamplePopulation {
    /// What the recomputation needs of one finding.
    public struct Finding: Sendable, Hashable {
        public var id: String
        public var department: String
        /// Recorded from the department's own self-inspection.
        public var selfInspection: Bool
        /// The day it was recorded.
        public var found: Day
        /// Its state changes, oldest first: the day, the action (`verification.recorded`, …) and
        /// the state after (`closed`, `reopened`, …).
        public var changes: [Change]

        public init(id: String, department: String, selfInspection: Bool, found: Day, changes: [Change]) {
            self.id = id
            self.department = department
            self.selfInspection = selfInspection
            self.found = found
            self.changes = changes
        }
    }

    public struct Change: Sendable, Hashable {
        public var day: Day
        public var action: String
        public var after: String

        public init(day: Day, action: String, after: String) {
            self.day = day
            self.action = action
            self.after = after
        }
    }

    public struct Comparison: Sendable, Hashable {
        /// In the published population but not in the ledger's.
        public var unexpected: [LedgerSample.Item]
        /// In the ledger's population but not published.
        public var missing: [LedgerSample.Item]
        /// Members a change on the draw's day may add or remove.
        public var undecided: [LedgerSample.Item]

        public var holds: Bool { unexpected.isEmpty && missing.isEmpty }
    }

    /// The states of a finding (`FindingState`); history entries with another `after` are not
    /// state changes.
    static let states: Set<String> = [
        "identified", "confirmed", "rectifying", "awaiting-verification", "closed", "dismissed", "transferred",
        "reopened",
    ]

    /// The population of `kind` for `period`, drawn on `day`, from the roster's `departments`
    /// and the ledger's `findings`; `counting` says whether changes on `day` itself count.
    public static func population(
        kind: LedgerSample.Kind, period: String, day: Day, departments: Set<String>, findings: [Finding],
        counting sameDay: Bool = false
    ) -> Set<LedgerSample.Item> {
        func before(_ other: Day) -> Bool { sameDay ? other <= day : other < day }
        switch kind {
        case .recheck:
            var items = Set<LedgerSample.Item>()
            for finding in findings where departments.contains(finding.department) {
                // State changes only: an escalation or a visit's outcome leaves the state as it was.
                let known = finding.changes.filter { before($0.day) && states.contains($0.after) }
                guard known.last?.after == "closed",
                    let closure = known.last(where: { $0.action == "verification.recorded" && $0.after == "closed" }),
                    closure.day.description.hasPrefix(period + "-")
                else { continue }
                items.insert(LedgerSample.Item(id: finding.id, department: finding.department))
            }
            return items
        case .honesty:
            let reported = Set(
                findings.filter {
                    $0.selfInspection && before($0.found) && $0.found.description.hasPrefix(period + "-")
                }.map(\.department))
            return Set(departments.subtracting(reported).map { LedgerSample.Item(id: $0, department: $0) })
        }
    }

    /// Compares a published sample with the population recomputed from the ledger.
    public static func compare(
        _ sample: LedgerSample, day: Day, departments: Set<String>, findings: [Finding]
    ) -> Comparison {
        let published = Set(sample.population)
        let strict = population(
            kind: sample.kind, period: sample.period, day: day, departments: departments, findings: findings)
        let loose = population(
            kind: sample.kind, period: sample.period, day: day, departments: departments, findings: findings,
            counting: true)
        let undecided = strict.symmetricDifference(loose)
        func sorted(_ items: Set<LedgerSample.Item>) -> [LedgerSample.Item] {
            items.sorted { ($0.id, $0.department) < ($1.id, $1.department) }
        }
        return Comparison(
            unexpected: sorted(published.subtracting(strict).subtracting(undecided)),
            missing: sorted(strict.subtracting(published).subtracting(undecided)),
            undecided: sorted(undecided))
    }
}
