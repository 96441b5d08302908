public import SpotcheckCore

extension Catalogue {
    /// `spotcheck draw`: why an offline draw produced no record.
    public enum DrawRefusals {
        /// The draw refused its input.
        public static func nothingDrawn(_ error: DrawError) -> Localized {
            Localized(en: "nothing was drawn: ", zh: "未进行抽签：") + problem(error)
        }

        /// What is wrong with a draw's input, and what to fix.
        public static func problem(_ error: DrawError) -> Localized {
            switch error {
            case .duplicateDepartment(let id):
                return Localized(en: "department id '\(id)' appears more than once", zh: "单位编号“\(id)”出现多次")
            case .duplicateInspector(let id):
                return Localized(en: "inspector id '\(id)' appears more than once", zh: "检查人员编号“\(id)”出现多次")
            case .tooManySkills(let count):
                return Localized(
                    en: "departments require \(count) distinct skills; a draw supports at most 64",
                    zh: "各单位共要求 \(count) 项不同技能；一次抽签最多支持 64 项")
            case .unknownTarget(let id):
                return Localized(
                    en: "target '\(id)' is not a department of the roster", zh: "指定单位“\(id)”不是名册中的单位")
            case .duplicateTarget(let id):
                return Localized(en: "target '\(id)' is named more than once", zh: "指定单位“\(id)”被指定了多次")
            case .invalidPolicy(let problems):
                let list = problems.joined(separator: "; ")
                return Localized(en: "policy: \(list)", zh: "策略：\(list)")
            case .noTargets:
                return Localized(en: "a targeted draw needs at least one target", zh: "定向抽签至少需要指定一个单位")
            case .hiddenSlot(let problem):
                return Localized(en: "hidden slot: \(problem)", zh: "隐藏名额：\(problem)")
            case .closedTarget(let id):
                return Localized(
                    en: "target '\(id)' is a closed department; reopen it to order an inspection",
                    zh: "指定单位“\(id)”已撤销；请先恢复该单位，再下达检查指令")
            case .unknownAlgorithm(let name):
                let known = DrawRecord.knownAlgorithms.sorted().joined(separator: ", ")
                return Localized(
                    en: "algorithm '\(name)' is not one this build draws (\(known))",
                    zh: "本版本不支持算法“\(name)”（支持：\(known)）")
            }
        }

        /// A random draw found no department it may draw.
        public static func nothingDrawable(_ pool: String, _ day: String, _ pools: String) -> Localized {
            Localized(
                en: "no department of pool '\(pool)' can be drawn on \(day) (pools in the roster: \(pools)); "
                    + "weights of 0 and cool-down also exclude departments",
                zh: "\(day) 抽签池“\(pool)”中没有可抽取的单位（名册中的抽签池：\(pools)）；"
                    + "权重为 0 和冷却期内的单位也不参与抽签")
        }
    }
}
