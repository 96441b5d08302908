extension Catalogue {
    /// What is said of free text a rule refuses (FreeTextRule).
    public enum InputSafety {
        public static func refused(_ field: String, _ character: String, multiLine: Bool) -> Localized {
            multiLine
                ? Localized(
                    en: "\(field): holds the invisible control character \(character); nothing was sent, retype the "
                        + "text without it (line breaks and tabs are allowed here)",
                    zh: "\(field)：含有不可见的控制字符 \(character)；未发送任何内容，请去掉该字符后重新输入（此处允许换行和制表符）")
                : Localized(
                    en: "\(field): holds the invisible control character \(character); nothing was sent, retype the "
                        + "text on one line without it",
                    zh: "\(field)：含有不可见的控制字符 \(character)；未发送任何内容，请去掉该字符并在一行内重新输入")
        }
    }
}
