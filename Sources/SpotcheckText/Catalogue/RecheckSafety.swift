// The reveal never tells an assignment it could not check against the roster as it is then
// (docs/draw-algorithm.md §5), and nothing is committed that a draw would refuse.

extension Catalogue {
    public enum RecheckSafety {
        /// The daemon's reason for members withheld because the re-check could not run.
        public static let uncheckedReason = "the roster could not be checked again at the reveal"

        /// The fixed phrases of the reasons above, for `teams` in Chinese.
        static let reasonPhrases: [(String, String)] = [
            (uncheckedReason, "揭晓时无法按现行名册复核"),
            ("reciprocal", "互查回避"),
        ]

        /// Why a roster edit is refused: with a pool's `member_from` groups, the departments'
        /// required skills exceed what a draw supports.
        public static func tooManySkills(_ pool: String, _ skills: String, _ groups: String) -> Localized {
            Localized(
                en: "departments require \(skills) distinct skills and pool '\(pool)' adds \(groups) member_from "
                    + "group(s), more than the 64 a draw supports together: every draw of the pool would fail; "
                    + "require fewer skills (spotcheck departments set ID --skills ...) or take groups out of the "
                    + "pool's member_from in spotcheckd.toml",
                zh: "各单位共要求 \(skills) 项不同技能，抽签池“\(pool)”的 member_from 又增加 \(groups) 个组，"
                    + "合计超过一次抽签支持的 64 项：该池每次抽签都会失败；请减少要求的技能"
                    + "（spotcheck departments set ID --skills ...），或在 spotcheckd.toml 中删去该池 member_from 的部分组")
        }

        /// The refusals above, recognised from their English text in the problems the daemon sends.
        public static let inputPatterns: [TextPattern] = [
            TextPattern { pool, skills, groups in tooManySkills(pool, skills, groups) }
        ]

        /// Why an order is refused before anything is committed: the draw would refuse its input.
        public static func drawInputRefused(_ pool: String, _ problem: String) -> Localized {
            Localized(
                en: "pool \(pool) cannot be drawn on the roster as it is: \(problem); nothing was committed. "
                    + "Correct the roster (or the pool's policy) and order again",
                zh: "按现行名册无法对抽签池 \(pool) 抽签：\(problem)；未作任何承诺。请更正名册（或该池的策略）后重新下达指令")
        }

        /// The refusal above, recognised from the English message the daemon sends.
        public static let orderPatterns: [TextPattern] = [
            TextPattern { pool, problem in drawInputRefused(pool, problem) }
        ]
    }
}
