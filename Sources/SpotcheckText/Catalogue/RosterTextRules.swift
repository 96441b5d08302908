extension Catalogue {
    /// The roster's text rules for names, addresses and reasons (RosterInput.swift), as roster
    /// input problems say them.
    public enum RosterTextRules {
        public static let patterns: [TextPattern] = [
            TextPattern { mark, position in
                Localized(
                    en: "holds \(mark) (an invisible or bidirectional mark) at character \(position); it hides in "
                        + "the text or turns it around on screen, so remove it",
                    zh: "第 \(position) 个字符是 \(mark)（不可见或改变文字方向的标记），它会藏在文字中或在屏幕上"
                        + "颠倒文字方向，请删除")
            },
            TextPattern { leader in
                Localized(
                    en: "starts with '\(leader)', which a spreadsheet would read as a formula; the public site "
                        + "serves the roster as CSV, so begin the text otherwise",
                    zh: "以 '\(leader)' 开头，电子表格会把它当作公式；公开网站以 CSV 文件提供名册，请换一种写法开头")
            },
        ]
    }
}
