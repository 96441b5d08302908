public import SpotcheckLedger
import SpotcheckProtocol
import SpotcheckRoster

/// The `[ledger]` table of spotcheckd.toml: the prohibitions list (十个不得) that findings cite,
/// the cap on granted extensions, and the working-day thresholds of status and escalation.
public struct LedgerSettings: Sendable, Equatable {
    public var rules: LedgerRules
    public var deadlines: DeadlinePolicy
    /// The verifier, re-check and honesty draws (LedgerDrawConfig.swift).
    public var draws = LedgerDrawSettings()
    /// Working days a submission made in time may wait for its verifier before the journal
    /// says so (LedgerVerificationWait.swift).
    public var verificationWorkingDays = 10

    public init(
        rules: LedgerRules = LedgerRules(prohibitions: try! Prohibitions([]), extensionCap: 1),
        deadlines: DeadlinePolicy = .standard
    ) {
        self.rules = rules
        self.deadlines = deadlines
    }

    /// Reads `[ledger]`: `prohibitions` (strings "CODE text"), `extension_cap`,
    /// `[ledger.rectification_working_days]` (RectificationLimitsConfig.swift),
    /// `caution_working_days`, `escalation_after` (three increasing working-day counts).
    static func decode(_ table: TOMLTable?, file: String) -> (LedgerSettings, [InputError]) {
        guard let table else { return (LedgerSettings(), []) }
        var reader = TableReader(table, file: file, name: "ledger")
        var settings = LedgerSettings()
        reader.markUsed("prohibitions")
        var prohibitions: [Prohibition] = []
        var codes: [String: String] = [:]
        if let entry = table.entries["prohibitions"] {
            if case .array(let items) = entry.value {
                for item in items {
                    guard case .string(let text) = item else {
                        reader.fail("prohibitions", "must be an array of strings \"CODE text\"")
                        break
                    }
                    let parts = text.split(separator: " ", maxSplits: 1)
                    guard parts.count == 2, !parts[1].allSatisfy(\.isWhitespace) else {
                        reader.fail(
                            "prohibitions", "\(InputText.quoted(text)) is not \"CODE text\" (a code, a space, the rule)"
                        )
                        continue
                    }
                    let code = String(parts[0])
                    if let problem = prohibitionProblem(code: code, text: String(parts[1])) {
                        reader.fail("prohibitions", "\(InputText.quoted(text)): \(problem)")
                        continue
                    }
                    // Findings cite codes on the command line and in spreadsheets: P03 and p03 are one.
                    if let other = codes[code.lowercased()], other != code {
                        reader.fail(
                            "prohibitions",
                            "\(InputText.quoted(text)): the code \(code) differs from \(other) only in case; give each rule its own code"
                        )
                        continue
                    }
                    codes[code.lowercased()] = code
                    prohibitions.append(Prohibition(code: code, text: String(parts[1])))
                }
            } else {
                reader.fail("prohibitions", "must be an array of strings \"CODE text\", not \(entry.value.typeName)")
            }
        }
        let cap = reader.integer("extension_cap", default: 1, range: 0...100)
        let limits = RectificationLimitsSection.decode(&reader, file: file)
        do {
            settings.rules = LedgerRules(
                prohibitions: try Prohibitions(prohibitions), extensionCap: cap, rectificationLimits: limits)
        } catch {
            reader.fail("prohibitions", error.description)
        }
        settings.verificationWorkingDays = reader.integer(
            "verification_working_days", default: 10, range: 1...RectificationLimitsSection.maximum)
        let caution = reader.integer("caution_working_days", default: 3, range: 0...365)
        var offsets = [1, 5, 10]
        reader.markUsed("escalation_after")
        if let entry = table.entries["escalation_after"] {
            var values: [Int] = []
            if case .array(let items) = entry.value {
                for item in items { if case .integer(let value) = item { values.append(Int(value)) } }
            }
            if values.count == 3 {
                offsets = values
            } else {
                reader.fail(
                    "escalation_after", "must be three working-day counts [reminder, notice, referral], e.g. [1, 5, 10]"
                )
            }
        }
        do {
            settings.deadlines = try DeadlinePolicy(
                cautionWorkingDays: caution, reminderAfter: offsets[0], noticeAfter: offsets[1],
                referralAfter: offsets[2])
        } catch {
            reader.fail("escalation_after", error.description)
        }
        settings.draws = LedgerDrawSettings.decode(&reader)
        return (settings, reader.finish())
    }

    /// What the text rules refuse in a prohibition: a code that is not letters and digits (with
    /// `.`, `_`, `-` after the first; at most 32), which findings cite (`--rule P03`) and a
    /// spreadsheet could read as a formula (`=1+1`); a text holding a control character, a line
    /// break or a direction mark (FreeTextRule), an invisible mark or a formula's first character
    /// (the roster's text rules), as every finding and export shows it.
    static func prohibitionProblem(code: String, text: String) -> String? {
        let allowed = code.allSatisfy { $0.isLetter || $0.isNumber || "._-".contains($0) }
        if !allowed || code.count > 32 || !(code.first.map { $0.isLetter || $0.isNumber } ?? false) {
            return
                "the code \(InputText.quoted(code)) is not letters and digits (and . _ - after the first), at most 32 characters; findings cite it as --rule CODE"
        }
        if let scalar = FreeTextRule.forbidden(in: text, multiLine: false) {
            return
                "the rule holds \(FreeTextRule.hex(scalar)) (a control character, line break or direction mark); write it on one line without it"
        }
        if let problem = RosterParser.textProblem(text) { return "the rule \(problem.message)" }
        return nil
    }
}
