extension Catalogue.Bench {
    public static let timeLimitHelp = Localized(
        en: "Seconds each measured unit may take (a planted instance, or one draw of a normal size); "
            + "one that takes longer is stopped and reported as having no answer. CP-SAT gets the same limit.",
        zh: "每个测量单元（一个预设实例，或普通规模的一次抽签）可用的秒数；超时的单元被终止并报告为未给出答案。"
            + "CP-SAT 使用相同的限制。")
    public static let totalTimeLimitHelp = Localized(
        en: "Seconds the whole benchmark may take; what has not started by then is reported as not run.",
        zh: "整个基准测试可用的秒数；届时尚未开始的部分报告为未运行。")
    public static let badTimeLimit = Localized(
        en: "--time-limit and --total-time-limit must be more than 0 seconds",
        zh: "--time-limit 和 --total-time-limit 必须大于 0 秒")
}
