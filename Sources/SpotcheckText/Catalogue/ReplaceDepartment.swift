extension Catalogue {
    /// `spotcheck replace --department`: the team an inspector on several teams of a draw leaves.
    public enum ReplaceDepartment {
        public static let discussion = Localized(
            en: """


                An inspector whose daily cap is 2 or more may be on two teams of one draw: name the \
                team they leave with --department (its department's id, as spotcheck teams shows it). \
                Without it such a replacement is refused, naming the teams to choose from.
                """,
            zh: """


                每日上限为 2 或以上的检查人员可能同时在同一次抽签的两个检查组中：请用 --department \
                指明其离开的检查组（填被检查单位的编号，见 spotcheck teams）。不指明时，此类替换将被拒绝，\
                并列出可供选择的检查组。
                """)
        public static let departmentHelp = Localized(
            en:
                "The department whose team the inspector leaves (needed when they are on more than one team of the draw).",
            zh: "检查人员离开的检查组所检查的单位（检查人员同时在该次抽签的多个检查组中时必须给出）。")

        /// The daemon's `on-several-teams` refusal.
        public static func onSeveralTeams(
            _ inspector: String, _ draw: String, _ departments: String, _ first: String
        ) -> Localized {
            Localized(
                en: """
                    \(inspector) is on more than one team of draw \(draw): the teams for \(departments); \
                    say which team they leave with --department, for example \
                    spotcheck replace \(draw) \(inspector) --department \(first) --reason …
                    """,
                zh: """
                    \(inspector) 同时在第 \(draw) 次抽签的多个检查组中：\(departments) 的检查组；\
                    请用 --department 指明其离开哪个检查组，例如 \
                    spotcheck replace \(draw) \(inspector) --department \(first) --reason …
                    """)
        }

        /// The daemon's `not-on-that-team` refusal.
        public static func notOnThatTeam(
            _ inspector: String, _ department: String, _ draw: String, _ departments: String
        ) -> Localized {
            Localized(
                en: """
                    \(inspector) is not on the team for \(department) in draw \(draw); they are on the team for \
                    \(departments)
                    """,
                zh: "\(inspector) 不在第 \(draw) 次抽签 \(department) 的检查组中；其所在的是 \(departments) 的检查组")
        }
    }
}
