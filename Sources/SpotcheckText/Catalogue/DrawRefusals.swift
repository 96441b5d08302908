public import SpotcheckCore

extension Catalogue {
    /// `spotcheck draw`: why an offline draw produced no record.
    public enum DrawRefusals {
        /// The draw refused its input.
        public static func nothingDrawn(_ error: DrawError) -> Localized {
            let reason = problem(error)
            return Localized(en: "nothing was drawn: \(reason.english)", zh: "未进行抽签：\(reason.chinese)")
        }

        /// What is wrong with a draw's input, and what to fix.
        public static func problem(_ error: DrawError) -> Localized {
            switch error {
            case .duplicateDepartment(let id):
                Localized(en: error.description, zh: "单位编号“\(id)”出现多次")
            case .duplicateInspector(let id):
                Localized(en: error.description, zh: "检查人员编号“\(id)”出现多次")
            case .tooManySkills(let count):
                Localized(en: error.description, zh: "各单位共要求 \(count) 项不同技能；一次抽签最多支持 64 项")
            case .unknownTarget(let id):
                Localized(en: error.description, zh: "指定单位“\(id)”不是名册中的单位")
            case .duplicateTarget(let id):
                Localized(en: error.description, zh: "指定单位“\(id)”被指定了多次")
            case .invalidPolicy(let problems):
                Localized(en: error.description, zh: "策略：" + problems.joined(separator: "；"))
            case .noTargets:
                Localized(en: error.description, zh: "定向抽签至少需要指定一个单位")
            case .hiddenSlot(let problem):
                Localized(en: error.description, zh: "隐藏名额：\(problem)")
            case .closedTarget(let id):
                Localized(en: error.description, zh: "指定单位“\(id)”已撤销；请先恢复该单位，再下达检查指令")
            case .unknownAlgorithm(let name):
                Localized(
                    en: error.description,
                    zh: "本版本不支持算法“\(name)”（支持：\(DrawRecord.knownAlgorithms.sorted().joined(separator: "、"))）")
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
