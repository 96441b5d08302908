extension Catalogue {
    /// `spotcheck bench`: the draw's time and memory on generated rosters.
    public enum Bench {
        public static let abstract = Localized(
            en: "Measure the draw's time and memory on generated rosters.", zh: "在生成的名册上测量抽签的耗时和内存。")
        public static let discussion = Localized(
            en: "Generates rosters of county, city and province size and times the whole draw "
                + "(indexing, sampling, staffing, record) over several seeds, and planted-tight rosters "
                + "(a staffing exists, with thin margins) with their infeasible variants, staffed as a "
                + "targeted draw. Build in release mode for meaningful figures: swift build -c release. "
                + "Each size (each planted instance) runs in a process of its own: its peak memory is its "
                + "own, and one that does not answer within --time-limit is stopped and reported as such.",
            zh: "生成县、市、省三种规模的名册，用多个种子为整个抽签过程（建立索引、抽取单位、配备检查组、"
                + "写出记录）计时；并生成预设的紧约束名册（存在可行配组，但余量很小）及其不可行变体，按指定单位抽签配组。"
                + "要得到有意义的数据，请以 release 模式构建：swift build -c release。"
                + "每种规模（每个预设实例）在单独的进程中运行：内存峰值是它自己的，"
                + "未在 --time-limit 内给出答案的会被终止并如实报告。")
        public static let sizeHelp = Localized(
            en: "Which sizes to run: county, city, province, tight, planted-county, planted-city or "
                + "planted-province (repeat for several). Default: all.",
            zh: "要运行的规模：county、city、province、tight、planted-county、planted-city 或 "
                + "planted-province（可重复给出多个）。默认：全部。")
        public static let repeatHelp = Localized(
            en: "Draws per size (different seeds); the median and maximum are reported.",
            zh: "每种规模的抽签次数（各用不同种子）；报告中位数和最大值。")
        public static let exportHelp = Localized(
            en: "Also write each planted instance's staffing question as JSON into this folder, "
                + "for tools/cpsat_bench.py.",
            zh: "同时把每个预设实例的配组问题以 JSON 写入此目录，供 tools/cpsat_bench.py 使用。")
        public static let compareHelp = Localized(
            en: "Also answer each planted instance with OR-Tools CP-SAT (tools/cpsat_bench.py) in the same run, "
                + "and print its median time, the ratio and whether both agree on which targets are refused.",
            zh: "在同一次运行中也用 OR-Tools CP-SAT（tools/cpsat_bench.py）求解每个预设实例，"
                + "并打印其耗时中位数、两者之比，以及两者对哪些单位无法配组的判断是否一致。")
        public static let venvHelp = Localized(
            en: "The Python virtual environment for --compare; created with ortools when missing.",
            zh: "--compare 所用的 Python 虚拟环境；不存在时自动创建并安装 ortools。")
        public static let scriptHelp = Localized(en: "The CP-SAT script for --compare.", zh: "--compare 所用的 CP-SAT 脚本。")
        public static let checkHelp = Localized(
            en: "Exit 1 when a goal is missed, an outcome is wrong or CP-SAT disagrees.",
            zh: "未达到目标、结果有误或 CP-SAT 结论不一致时以退出码 1 退出。")
        public static let badRepeat = Localized(en: "--repeat must be from 1 to 100", zh: "--repeat 必须在 1 到 100 之间")
        public static let debugBuild = Localized(
            en: "note: this is a debug build; build with -c release for figures worth recording",
            zh: "注意：这是调试构建；要得到值得记录的数据，请用 -c release 构建")
    }
}
