extension Catalogue {
    /// `spotcheck status` on members withheld from today's teams (docs/draw-algorithm.md §5).
    public enum StatusWithheld {
        public static func line(_ count: Int, _ teams: String) -> Localized {
            Localized(
                en: """
                    withheld: \(count) member(s) of today's teams (\(teams)): the roster forbids them since \
                    the draw and nobody could take the place; spotcheck teams shows those teams

                    """,
                zh: """
                    已撤下：今天的检查组中有 \(count) 名成员被撤下（\(teams)）：抽签后名册不再允许其前往，\
                    且无人可以接替；请用 spotcheck teams 查看这些检查组

                    """)
        }
        /// One team in that line: its department and draw.
        public static func team(_ department: String, _ draw: Int64) -> Localized {
            Localized(en: "\(department) in draw \(draw)", zh: "第 \(draw) 次抽签的 \(department)")
        }
    }
}
