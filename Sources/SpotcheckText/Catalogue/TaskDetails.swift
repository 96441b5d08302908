extension Catalogue {
    /// What `today` and the calendar say of an address, an order's reason and a withdrawal.
    public enum TaskDetails {
        public static func address(_ address: String) -> Localized {
            Localized(en: "  Address: \(address)\n", zh: "  地址：\(address)\n")
        }
        public static func orderReason(_ reason: String) -> Localized {
            Localized(en: "  Ordered by a coordinator: \(reason)\n", zh: "  协调员指定检查：\(reason)\n")
        }
        public static func withdrawn(_ date: String, _ department: String, _ id: String) -> Localized {
            Localized(
                en:
                    "\(date): WITHDRAWN from the inspection of \(department) (\(id)): you were replaced on the team; do not go.\n",
                zh: "\(date)：已撤回对 \(department)（\(id)）的检查任务：您已被更换出检查组，请勿前往。\n")
        }
        public static func withdrawnSummary(_ department: String) -> Localized {
            Localized(en: "Withdrawn: inspection of \(department)", zh: "已撤回：检查 \(department)")
        }
    }
}
