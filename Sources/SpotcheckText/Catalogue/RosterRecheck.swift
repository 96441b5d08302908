// Teams checked against the roster as it is at the reveal (docs/draw-algorithm.md §5, "Roster
// changes after the draw"): what `teams` says of members the daemon withheld.

extension Catalogue {
    public enum RosterRecheck {
        /// The daemon's reason for a withheld member, in the reader's language: the fixed phrases
        /// and the exclusion codes it is made of.
        static func reasonZH(_ reason: String) -> String {
            var text = reason
            for (en, zh) in RecheckSafety.reasonPhrases + [
                ("department closed after the draw", "单位在抽签后已撤销"),
                ("roster changed after the draw", "抽签后名册发生变化"),
                ("department no longer in the roster", "单位已不在名册中"),
                ("no longer in the roster", "已不在名册中"),
                ("own-department", "本单位"), ("former-department", "原工作单位"),
                ("declared-conflict", "申报的利害关系"), ("unavailable", "不在岗"), ("retired", "已退出"),
            ] {
                text = text.replacing(en, with: zh)
            }
            return text
        }

        /// The daemon's reason is shown translated when the reader's language is Chinese.
        public static func teamWithheld(_ pool: String, _ draw: Int64, _ reason: String) -> Localized {
            withheld(pool, draw, Language.current == .chinese ? reasonZH(reason) : reason)
        }

        static func withheld(_ pool: String, _ draw: Int64, _ reason: String) -> Localized {
            Localized(
                en:
                    "  pool \(pool), draw \(draw): members WITHHELD (the roster forbids them since the draw and nobody could take the place): \(reason)\n",
                zh: "  抽签池 \(pool)，第 \(draw) 次抽签：部分成员已撤下（抽签后名册不再允许，且无人可接替）：\(reason)\n")
        }
    }
}
