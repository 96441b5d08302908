import SpotcheckCampaign
import SpotcheckCore
import SpotcheckStore

/// The problem ledger's facts for the campaign's gates, from the store: into supervision, every
/// self-reported problem in the ledger as a confirmed finding of source `self`; into
/// summing-up, no finding still unconfirmed and every revealed assignment marked done or not
/// carried out. Facts the ledger cannot know (self-inspection forms, the final publication,
/// carrying open findings) come from `ledgerFactsHook.source` when one is installed, and are
/// otherwise left unchecked.
struct StoreLedgerFacts: LedgerFactSource {
    let store: Store
    /// The hook's source (self-inspection forms, publications), if any.
    let other: (any LedgerFactSource)?
    /// The campaign's first day: assignments of earlier draws are not the campaign's.
    var since: Day? = nil
    /// The campaign's self-inspection forms (SelfInspection.swift in the store).
    var forms: SelfInspectionFacts? = nil

    func ledgerFacts() throws -> LedgerFacts {
        let counts = try store.ledgerGateCounts(since: since)
        var facts = try other?.ledgerFacts() ?? LedgerFacts()
        if let forms {
            facts.departmentsWithoutForm = forms.departmentsWithoutForm
            facts.formsOutstanding = forms.formsOutstanding
            facts.selfReportedNotInLedger = (facts.selfReportedNotInLedger ?? 0) + forms.selfReportedNotInLedger
        }
        // Problems a form reported but nobody recorded yet, and self findings recorded but not
        // confirmed, both keep the gate into supervision shut.
        facts.selfReportedNotInLedger = (facts.selfReportedNotInLedger ?? 0) + counts.selfUnconfirmed.count
        facts.findingsUnconfirmed = counts.unconfirmed.count
        facts.assignmentsUndecided = counts.undecided.count
        // The problem ledger is the standing one: findings belong to no campaign and nothing
        // closes them with it, so every open finding stays, with its clocks and escalation, after
        // the campaign closes (shown by the whole-campaign test).
        if facts.openFindingsNotCarried == nil { facts.openFindingsNotCarried = 0 }
        return facts
    }
}
