extension Catalogue {
    /// A complaint's state and channel said in the reader's language. The daemon sends the code
    /// (`investigating`, `hotline`) and the office's own Chinese label; English readers get the
    /// English word, Chinese readers the office's label (a test holds the two in step), and a
    /// code this catalogue does not know is shown with the label the daemon sent.
    public enum ComplaintWords {
        public static func state(_ code: String, label: String) -> Localized {
            switch code {
            case "received": Localized(en: "registered", zh: "已受理登记")
            case "accepted": Localized(en: "accepted", zh: "已受理")
            case "not-accepted": Localized(en: "not accepted", zh: "不予受理")
            case "referred": Localized(en: "referred", zh: "已转办")
            case "merged": Localized(en: "merged with another", zh: "已合并办理")
            case "investigating": Localized(en: "under investigation", zh: "调查核实中")
            case "concluded": Localized(en: "concluded", zh: "已办结")
            case "feedback-given": Localized(en: "answered", zh: "已反馈")
            case "closed": Localized(en: "closed", zh: "已结案")
            case "reexamining": Localized(en: "being re-examined", zh: "复查中")
            default: .verbatim(label)
            }
        }

        public static func channel(_ code: String) -> Localized {
            switch code {
            case "hotline": Localized(en: "hotline", zh: "电话")
            case "mailbox": Localized(en: "mailbox", zh: "信箱")
            case "wechat": Localized(en: "WeChat", zh: "微信")
            case "letter": Localized(en: "letter", zh: "来信")
            case "visit": Localized(en: "visit", zh: "来访")
            default: .verbatim(code)
            }
        }
    }
}
