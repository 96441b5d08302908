extension Catalogue {
    /// `spotcheck why` for an inspector already on the day's team for that department.
    public enum WhyOnTeam {
        public static func onTeam(_ inspector: String, _ department: String, _ role: String, _ day: String) -> Localized
        {
            Localized(
                en: "\(inspector) is on the team for \(department) on \(day), as \(role).\n",
                zh: "\(inspector) 已在 \(day) 检查 \(department) 的检查组中，担任\(role)。\n")
        }
        public static func onTeamToday(_ inspector: String, _ department: String, _ role: String) -> Localized {
            Localized(
                en: "\(inspector) is on today's team for \(department), as \(role).\n",
                zh: "\(inspector) 已在今天检查 \(department) 的检查组中，担任\(role)。\n")
        }
        /// After the rules that now keep them away (the roster changed since the draw).
        public static func stillOnTeam(_ role: String) -> Localized {
            Localized(
                en: "  (they are on that day's team for it, as \(role))\n",
                zh: "  （其仍在当天检查该单位的检查组中，担任\(role)）\n")
        }
    }
}
