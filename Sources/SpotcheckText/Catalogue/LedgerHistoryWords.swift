// The actions and roles of a finding's history (`findings show`), as people read them: the
// ledger keeps codes (`finding.confirmed`, `coordinator`), which English and `--json` show.

extension Catalogue {
    public enum LedgerHistoryWords {
        /// Chinese names of `LedgerAction` codes.
        public static let actions: [String: String] = [
            "finding.recorded": "登记问题",
            "finding.classified": "定性分类",
            "finding.confirmed": "确认问题",
            "measure.added": "制定整改措施",
            "rectification.started": "开始整改",
            "measure.completed": "完成整改措施",
            "evidence.added": "提交整改证明",
            "verification.requested": "申请核验",
            "verification.recorded": "记录核验结果",
            "extension.requested": "申请延期",
            "extension.decided": "决定延期申请",
            "dismissal.proposed": "提议撤销",
            "dismissal.approved": "批准撤销",
            "finding.transferred": "移交",
            "finding.reopened": "重新打开",
        ]

        /// Chinese names of the roles an actor acts in (`Actor.roleName`).
        public static let roles: [String: String] = [
            "coordinator": "协调员",
            "inspector": "检查人员",
            "verifier": "核验人",
            "re-checker": "回头看检查组长",
            "hotline": "举报受理人员",
            "system": "系统",
        ]

        /// "contact of D" in Chinese.
        public static func contact(_ department: String) -> String { "\(department) 联系人" }
    }
}
