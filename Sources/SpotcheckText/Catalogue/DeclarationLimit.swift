extension Catalogue {
    /// The limit on an inspector's pending declarations (`[declarations] pending_limit`).
    public enum DeclarationLimit {
        public static func tooMany(_ limit: String) -> Localized {
            Localized(
                en: """
                    as many of your declarations wait for a coordinator as the daemon allows (\(limit), \
                    [declarations] pending_limit in spotcheckd.toml); ask a coordinator to decide them \
                    (spotcheck declarations lists yours) before declaring more
                    """,
                zh: """
                    您待审核的申报已达服务允许的上限（\(limit) 项，即 spotcheckd.toml 中的 \
                    [declarations] pending_limit）；请先请协调员审核这些申报（spotcheck declarations \
                    可查看您的申报），再提交新的申报
                    """)
        }
    }
}
