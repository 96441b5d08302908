// Who may not close or record what: the verifier who found the finding, and findings of an
// inspection that was called off. Refusals the daemon words in English (`LedgerError`, the
// ledger service), told in the reader's language.

extension Catalogue {
    /// Refusals of `io.spotcheck.Ledger` about the finder as verifier and cancelled orders; part
    /// of `LedgerRefusals.patterns`.
    public enum LedgerIntegrity {
        public static let patterns: [TextPattern] = [
            TextPattern { verifier, finding in
                Localized(
                    en: "\(verifier) found \(finding) (recorded it or was on the team that found it) and may not "
                        + "verify its rectification; a coordinator should replace them on the verification draw "
                        + "(spotcheck replace)",
                    zh: "\(verifier) 是发现问题 \(finding) 的人员（登记了该问题或在发现该问题的检查组中），不能核验其整改；"
                        + "应由协调员在核验抽签中将其替换（spotcheck replace）")
            },
            TextPattern { rechecker, finding in
                Localized(
                    en: "\(rechecker) found \(finding) (recorded it or was on the team that found it) and may not "
                        + "record its re-check; a coordinator should replace them on the re-check draw "
                        + "(spotcheck replace) or record the outcome",
                    zh: "\(rechecker) 是发现问题 \(finding) 的人员（登记了该问题或在发现该问题的检查组中），不能登记其回头看结果；"
                        + "应由协调员在回头看抽签中将其替换（spotcheck replace）或由协调员登记结果")
            },
            TextPattern { draw, department in
                Localized(
                    en: "draw \(draw) was cancelled (spotcheck cancel): a called-off inspection is no inspection, so "
                        + "no finding of its team at \(department) is recorded or confirmed",
                    zh: "抽签 \(draw) 已取消（spotcheck cancel）：取消的检查不算检查，"
                        + "不登记也不确认其检查组在 \(department) 发现的问题")
            },
            TextPattern { draw, department in
                Localized(
                    en: "draw \(draw) was cancelled (spotcheck cancel): its team no longer visits "
                        + "\(department); a coordinator records the visit's outcome",
                    zh: "抽签 \(draw) 已取消（spotcheck cancel）：其检查组不再前往 \(department)；"
                        + "由协调员登记该次检查的结果")
            },
            TextPattern { draw, finding in
                Localized(
                    en: "draw \(draw) was cancelled (spotcheck cancel): its verifier no longer verifies "
                        + "\(finding); the ledger draws a new verifier at its next pass",
                    zh: "抽签 \(draw) 已取消（spotcheck cancel）：其核验人员不再核验问题 \(finding)；"
                        + "台账在下一次例行处理时重新抽取核验人员")
            },
        ]
    }
}
