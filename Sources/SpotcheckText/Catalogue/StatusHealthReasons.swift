extension Catalogue {
    /// What a degraded `next:` line of `status` quotes as its reason: the daemon's sentence around
    /// the system's own error text, which is kept as the system wrote it.
    public enum StatusHealthReasons {
        public static let values: [TextPattern] = [
            TextPattern { login, day, error in
                Localized(
                    en: "cannot write the task file of \(login) for \(day): \(error)",
                    zh: "无法写入 \(login) 在 \(day) 的任务文件，系统报告：\(error)")
            },
            // Why the schedule is held (StatusHealth.held).
            TextPattern { clock, entry, written, behind in
                StartChecks.clockSetBack(clock, entry, written, behind)
            },
        ]
    }
}
