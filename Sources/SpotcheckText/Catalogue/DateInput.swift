extension Catalogue {
    /// Dates typed on the command line that have the right form but are no day, or a range the
    /// wrong way round: said as such rather than as a wrong format.
    public enum DateInput {
        public static func noSuchDay(_ shown: String) -> Localized {
            Localized(
                en: "\(shown) has the form YYYY-MM-DD but there is no such day in the calendar",
                zh: "\(shown) 格式为 YYYY-MM-DD，但日历上没有这一天")
        }
        public static func dateOptionNoSuchDay(_ text: String) -> Localized {
            Localized(
                en: "--date '\(text)' has the form YYYY-MM-DD but there is no such day in the calendar",
                zh: "--date '\(text)' 格式为 YYYY-MM-DD，但日历上没有这一天")
        }
        public static func reversed(_ shown: String, _ first: String, _ last: String) -> Localized {
            Localized(
                en: "\(shown) ends (\(last)) before it starts (\(first)); write the earlier day first",
                zh: "\(shown) 的结束日（\(last)）早于开始日（\(first)）；请把较早的日期写在前面")
        }
    }
}
