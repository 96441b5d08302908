extension Catalogue {
    /// A draw's visit mode as the public folder states it (`visit.txt`).
    public enum Visit {
        public static func shown(_ mode: String) -> Localized {
            switch mode {
            case "covert":
                Localized(
                    en: "visit: covert: the department was not told in advance\n",
                    zh: "检查方式：暗访（事先不通知被检查单位）\n")
            default:
                Localized(en: "visit: open\n", zh: "检查方式：明察\n")
            }
        }
    }
}
