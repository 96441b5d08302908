extension Catalogue {
    /// `spotcheck export --bom`: roster files for spreadsheets.
    public enum ExportBOM {
        public static let bomHelp = Localized(
            en: """
                Begin each CSV file with a byte order mark (U+FEFF), so that Excel on Chinese Windows \
                opens it as UTF-8; spotcheck import and check-roster read either.
                """,
            zh: """
                在每个 CSV 文件开头写入字节顺序标记（U+FEFF），使中文 Windows 上的 Excel 按 UTF-8 \
                打开；spotcheck import 和 check-roster 两种文件都能读取。
                """)
    }
}
