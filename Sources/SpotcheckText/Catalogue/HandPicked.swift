extension Catalogue {
    /// A replacement's newcomer named by a coordinator (`replace --with`), not chosen by the rule:
    /// said wherever the team is shown (docs/draw-algorithm.md §5).
    public enum HandPicked {
        /// After a member's name.
        public static let marker = Localized(en: "chosen by a coordinator", zh: "由协调员指定")
        /// Under a team's origin line: how many of its members were hand-picked.
        public static func teamNote(_ count: Int) -> Localized {
            Localized(
                en: "  \(count) member(s) chosen by a coordinator in a replacement, not drawn\n",
                zh: "  其中 \(count) 名成员由协调员在人员调整中指定，并非抽取\n")
        }
        /// `spotcheck replace`: what it does, and how the newcomer is chosen.
        public static let replaceDiscussion = Localized(
            en: """
                For illness and the like. The replacement meets every recusal rule, the daily cap \
                and the reciprocal ban against the whole day's round, and keeps the team's lead, \
                skills and home departments. Without --with, spotcheckd takes the rule's choice: the \
                first inspector of the draw's committed roster, in an order fixed by the draw record's \
                hash, who leaves a valid team; anyone can recompute it from the public record. Those \
                the rule meets first who may not go today are skipped and published by name. With --with the \
                newcomer is published as chosen by a coordinator (hand-picked), in replacements.json, \
                the team sheet, task files and the publication. The draw record stays as drawn; the \
                replacement is journaled and audited, and task files are rewritten.
                """,
            zh: """
                用于生病等情况。替换人员须符合全部回避规则、每日上限以及针对当天整轮检查的互查禁止，\
                并保持检查组的组长、专长和所在单位构成。不加 --with 时，spotcheckd 采用规则选出的人员：\
                在该次抽签承诺的名册中，按抽签记录哈希确定的顺序，第一位能使检查组符合规则的检查人员；\
                任何人都可以根据公开记录复算。按该顺序在前但当天不能前往的人员被跳过，并公开其编号。加 --with 时，\
                替换人员在 replacements.json、检查组名单、任务文件和公开网站上均标明“由协调员指定”。\
                抽签记录保持原样；替换记入系统日志和审计记录，并重写任务文件。
                """)
        /// `spotcheck replace --with`.
        public static let withHelp = Localized(
            en: """
                The inspector who should go instead. The choice is published as hand-picked \
                (chosen by a coordinator), with the reason; without --with the rule's choice is taken.
                """,
            zh: "代替前往的检查人员。该选择将作为“由协调员指定”公开，并附事由；不加 --with 时采用规则选出的人员。")
        /// What both verifiers say of an entry whose choice does not hold (ReplacementRule.swift).
        public static let verifyPatterns: [TextPattern] = [
            TextPattern { file, entry, inspector, picked in
                Localized(
                    en:
                        "\(file): \(entry).in: \(inspector) is marked as the rule's choice, but the rule picks \(picked) (docs/draw-algorithm.md §5)",
                    zh: "\(file)：\(entry).in：\(inspector) 标为按规则选出，但规则选出的是 \(picked)（docs/draw-algorithm.md §5）")
            },
            TextPattern { file, entry, inspector, incoming in
                Localized(
                    en:
                        "\(file): \(entry).passedOver: \(inspector) is not a valid choice the rule meets before \(incoming)",
                    zh: "\(file)：\(entry).passedOver：\(inspector) 不是规则在 \(incoming) 之前遇到的有效人选")
            },
            TextPattern { file, entry, value in
                Localized(
                    en: "\(file): \(entry).chosenBy: \(value) is neither rule nor coordinator",
                    zh: "\(file)：\(entry).chosenBy：\(value) 既不是 rule 也不是 coordinator")
            },
        ]
        /// The publication's draw page: the replacements counted.
        public static func publicationCount(_ total: Int, _ handPicked: Int) -> Localized {
            Localized(
                en: "\(total) replacement(s), \(handPicked) of them chosen by a coordinator (hand-picked)",
                zh: "共 \(total) 次人员调整，其中 \(handPicked) 次由协调员指定")
        }
    }
}
