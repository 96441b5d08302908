import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckText

/// Texts worded in English by the parser, the core's verifier or the daemon, told in the reader's
/// language when the catalogue recognises them (`Catalogue.InputProblems` and the others); a text
/// it does not recognise is shown as it came.
enum PassedThroughText {
    /// Roster and policy problems, one a line, `file:line:column: field: message` with the
    /// message in the reader's language.
    static func describe(_ errors: InputErrors) -> String {
        errors.errors.map(describe).joined(separator: "\n")
    }

    static func describe(_ error: InputError) -> String {
        var told = error
        told.message = (Catalogue.InputProblems.withComposition + Catalogue.RosterRecords.patterns).told(error.message)
        return told.description
    }

    /// A message that may be `InputErrors` or anything else.
    static func describe(_ error: any Error) -> String {
        (error as? InputErrors).map(describe) ?? "\(error)"
    }

    /// The reasons of a refused replacement (joined by "; " by the daemon).
    static func reasons(_ joined: String, in language: Language = .current) -> String {
        guard language == .chinese else { return joined }
        return joined.components(separatedBy: "; ").map { reason($0, in: language) }.joined(separator: "；")
    }

    static func reason(_ text: String, in language: Language = .current) -> String {
        if let exclusion = exclusion(text) { return Catalogue.Why.exclusion(exclusion)(language) }
        return (Catalogue.ReplacementReasons.patterns + Catalogue.VerifyDifferences.patterns).told(text, in: language)
    }

    /// The exclusion whose English message (`Exclusion.message`) is `text`.
    static func exclusion(_ text: String) -> Exclusion? {
        for plain in [Exclusion.ownDepartment, .unavailable, .retired] where plain.message == text { return plain }
        func after(_ prefix: String) -> String? { text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : nil }
        if let day = after("former department until ").flatMap(Day.init(iso:)) { return .formerDepartment(until: day) }
        if let reason = after("declared conflict: ") { return .declaredConflict(reason: reason) }
        if let department = after("reciprocal with ") { return .reciprocal(with: department) }
        if let day = after("rotation until ").flatMap(Day.init(iso:)) { return .rotation(until: day) }
        if let rest = after("daily cap of "), rest.hasSuffix(" reached"), let cap = Int(rest.dropLast(8)) {
            return .dailyCap(cap: cap)
        }
        return nil
    }

    /// A difference `verify` found, or a problem of a chain.
    static func difference(_ text: String, in language: Language = .current) -> String {
        let patterns =
            Catalogue.VerifyDifferences.patterns + Catalogue.HandPicked.verifyPatterns + Catalogue.VerifyCauses.patterns
            + Catalogue.ChainProblems.patterns + Catalogue.VerifyCauses.publicationPatterns
        // A replacement field of the wrong type: the JSON type named is told too.
        if patterns.match(text) == nil, Catalogue.ReplacementFieldProblems.patterns.match(text) != nil {
            return Catalogue.ReplacementFieldProblems.told(text, in: language)
        }
        return patterns.told(text, in: language)
    }

    /// A failed or degraded step in `status`'s `next:` line.
    static func health(_ text: String, in language: Language = .current) -> String {
        // The schedule held on a clock set back (HeldStatusText.swift).
        if let held = HeldStatusText.of(text, in: language) { return held }
        return Catalogue.StatusHealth.patterns.told(text, in: language, values: Catalogue.StatusHealthReasons.values)
    }

    /// A refusal of the ledger, the actions, states and outcomes it names told as words too.
    static func ledger(_ text: String, in language: Language = .current) -> String {
        Catalogue.LedgerStateWords.told(text, in: language)
            ?? Catalogue.LedgerRefusals.patterns.told(text, in: language)
    }
}
