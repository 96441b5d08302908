import SpotcheckCore
public import SpotcheckRoster

/// Reads `[campaign]` of spotcheckd.toml: every problem with its file, line and key.
///
/// ```toml
/// [campaign]
/// title = "2026年度违反中央八项规定精神问题专项整治"
/// basis_title = "关于开展专项整治的通知"
/// basis_sha256 = "…64 hex digits…"
/// prohibitions = "prohibitions.txt"
/// auto_advance = false
/// [campaign.phases]
/// mobilisation = "2026-11-02..2026-11-13"
/// self_inspection = "2026-11-16..2026-12-11"
/// supervision = "2026-12-14..2027-01-29"
/// summing_up = "2027-02-01..2027-02-26"
/// ```
public enum CampaignConfig {
    /// Decodes the table; `resolve` turns a relative path into one relative to the file's folder.
    public static func decode(
        _ table: TOMLTable, file: String, resolve: (String) -> String
    ) -> (plan: CampaignPlan?, errors: [InputError]) {
        var reader = TableReader(table, file: file, name: "campaign")
        let title = reader.string("title") ?? ""
        if title.allSatisfy(\.isWhitespace) { reader.fail("title", "is required: the campaign's title") }
        let basisTitle = reader.string("basis_title") ?? ""
        if basisTitle.allSatisfy(\.isWhitespace) {
            reader.fail("basis_title", "is required: the title of the document the campaign is based on")
        }
        let basisHash = reader.string("basis_sha256") ?? ""
        if !isSha256(basisHash) {
            reader.fail(
                "basis_sha256",
                basisHash.isEmpty
                    ? "is required: the SHA-256 of the basis document (sha256sum FILE)"
                    : "\(InputText.quoted(basisHash)) is not a SHA-256 (64 lowercase hex digits; sha256sum FILE)")
        }
        let prohibitions = reader.string("prohibitions").map(resolve)
        let autoAdvance = reader.boolean("auto_advance", default: false)
        var phases: [CampaignStep: PlannedDates] = [:]
        if let dates = reader.table("phases") {
            var inner = TableReader(dates, file: file, name: "campaign.phases")
            for step in CampaignStep.phases {
                guard let text = inner.string(step.configurationKey) else {
                    inner.fail(
                        step.configurationKey,
                        "the planned dates of \(step.label) are required, as \"YYYY-MM-DD..YYYY-MM-DD\"")
                    continue
                }
                guard let range = text.firstRange(of: ".."),
                    let start = Day(iso: text[..<range.lowerBound]), let end = Day(iso: text[range.upperBound...])
                else {
                    inner.fail(
                        step.configurationKey, "\(InputText.quoted(text)) is not a range \"YYYY-MM-DD..YYYY-MM-DD\"")
                    continue
                }
                guard start <= end else {
                    inner.fail(step.configurationKey, "ends (\(end)) before it starts (\(start))")
                    continue
                }
                phases[step] = PlannedDates(start: start, end: end)
            }
            // In order, and not overlapping: each phase starts after the one before it ends.
            for (earlier, later) in zip(CampaignStep.phases, CampaignStep.phases.dropFirst()) {
                if let before = phases[earlier], let after = phases[later], after.start <= before.end {
                    inner.fail(
                        later.configurationKey,
                        "starts on \(after.start), before \(earlier.configurationKey) ends (\(before.end)); phases follow one another"
                    )
                }
            }
            reader.absorb(inner.finish())
        } else {
            reader.fail("phases", "is required: a [campaign.phases] table with the four phases' planned dates")
        }
        let errors = reader.finish()
        guard errors.isEmpty else { return (nil, errors) }
        return (
            CampaignPlan(
                title: title, basisTitle: basisTitle, basisSha256: basisHash, prohibitionsPath: prohibitions,
                phases: phases, autoAdvance: autoAdvance), []
        )
    }

    /// Decodes a pool's `phases = [...]`, by identifier or Chinese label.
    public static func poolPhases(_ table: TOMLTable, file: String, reader: inout TableReader) -> Set<CampaignStep>? {
        reader.markUsed("phases")
        guard let entry = table.entries["phases"] else { return nil }
        guard case .array(let items) = entry.value, !items.isEmpty else {
            reader.fail("phases", "must be a non-empty array of phase names (e.g. [\"supervision\"])")
            return nil
        }
        var steps = Set<CampaignStep>()
        for item in items {
            guard case .string(let name) = item, let step = CampaignStep(name: name), step != .closed else {
                reader.fail(
                    "phases",
                    "names a phase that does not exist; use \(CampaignStep.phases.map(\.identifier).joined(separator: ", ")) or their Chinese names"
                )
                return nil
            }
            steps.insert(step)
        }
        return steps
    }

    static func isSha256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
