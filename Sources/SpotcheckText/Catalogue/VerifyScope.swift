extension Catalogue {
    /// What a per-draw check proves (docs/publication.md), and the published files it refuses by name.
    public enum VerifyScope {
        public static func byteOrderMark(_ path: String) -> Localized {
            Localized(
                en: "\(path): begins with a byte order mark (BOM); the published files are UTF-8 without one",
                zh: "\(path)：以字节顺序标记（BOM）开头；公开文件是不带 BOM 的 UTF-8")
        }
        public static func unknownField(_ path: String, _ key: String) -> Localized {
            Localized(
                en: "\(path): \(key): unknown field (a commitment holds only the fields the record commits to)",
                zh: "\(path)：\(key)：未知字段（承诺只含记录所承诺的字段）")
        }
        public static func badHiddenSlotFile(_ path: String) -> Localized {
            Localized(
                en: "\(path): not DEPARTMENT:SALT (the salt 64 hex digits)",
                zh: "\(path)：不是 单位:盐值 格式（盐值为 64 位十六进制数字）")
        }
        public static func replacementsChecked(_ count: Int) -> Localized {
            Localized(
                en: "replacements: \(count) checked (each allowed, salted and linked in order); ",
                zh: "替换：已核验 \(count) 条（每条均合规、加盐并按序链接）；")
        }
        public static let replacementsNone = Localized(
            en: "replacements: none in this folder; ", zh: "替换：本文件夹中没有；")
        public static let replacementsNotProved = Localized(
            en: "a per-draw check cannot tell whether newer replacements were dropped or a reason or time edited: "
                + "`spotcheck verify --chain PUBLIC --head HASH` (HASH from another source) or "
                + "`spotcheck verify --publication DIR --key HEX` proves that.\n",
            zh: "单次抽签核验无法判断较新的替换是否被删去、理由或时间是否被改动：请用 "
                + "`spotcheck verify --chain PUBLIC --head HASH`（HASH 取自其他来源）或 "
                + "`spotcheck verify --publication DIR --key HEX` 证明。\n")
        public static func manifestMatches(_ files: Int, _ folder: String) -> Localized {
            Localized(
                en: "publication: the folder's \(files) files match the hashes of \(folder)/manifest.json "
                    + "(its signature: `spotcheck verify --publication \(folder) --key HEX`).\n",
                zh: "发布：本文件夹的 \(files) 个文件与 \(folder)/manifest.json 中的哈希一致"
                    + "（其签名请用 `spotcheck verify --publication \(folder) --key HEX` 核验）。\n")
        }
    }
}
