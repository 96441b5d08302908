extension Catalogue {
    /// `spotcheck verify --publication`: how old the copy is (its publication time and edition,
    /// `--not-before`), and names that differ only in case.
    public enum PublicationCopy {
        public static func published(_ published: String, _ edition: String) -> Localized {
            Localized(en: "published: \(published) (edition: \(edition))\n", zh: "发布时间：\(published)（版次：\(edition)）\n")
        }
        public static let notBeforeHelp = Localized(
            en: "With --publication: refuse a copy published before this time (YYYY-MM-DD, the start of that day at "
                + "UTC+08:00, or an RFC 3339 time with its offset, capital T and Z), so that an older edition "
                + "replayed by a mirror is not taken for the current one.",
            zh: "与 --publication 一起使用：拒绝在此时间之前发布的副本（YYYY-MM-DD，即该日 UTC+08:00 零时；"
                + "或带时区偏移的 RFC 3339 时间，T 与 Z 大写），以免把镜像重放的旧版网站当作当前版本。")
        public static let badNotBefore = Localized(
            en: "--not-before must be YYYY-MM-DD (00:00 at UTC+08:00) or an RFC 3339 time with its offset, capital "
                + "T and Z (2026-12-04T18:00:00+08:00, 2026-12-04T10:00:00Z), and goes with --publication",
            zh: "--not-before 须为 YYYY-MM-DD（UTC+08:00 零时）或带时区偏移的 RFC 3339 时间，T 与 Z 大写"
                + "（2026-12-04T18:00:00+08:00、2026-12-04T10:00:00Z），且须与 --publication 一起使用")
    }
}
