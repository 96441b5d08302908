extension Catalogue {
    /// What `spotcheck export` and `spotcheck import` say about the export an import is based on.
    public enum RosterBase {
        public static let forceHelp = Localized(
            en: "Replace the daemon's roster even when the folder holds no .spotcheck-base of the export it came from "
                + "or the roster changed since (the change list shows what is overwritten).",
            zh: "即使文件夹中没有其来源导出的 .spotcheck-base，或名册此后已变更，也替换 spotcheckd 的名册（变更列表显示被覆盖的内容）。")
        public static func noBase(_ folder: String) -> Localized {
            Localized(
                en:
                    "\(folder) holds no .spotcheck-base (written by spotcheck export), so spotcheck cannot tell whether "
                    + "the roster changed on the daemon since these files were made; nothing was applied. "
                    + "Export the roster, edit that folder and import it, or pass --force to replace the roster as "
                    + "it stands (see the changes first with --dry-run)",
                zh: "\(folder) 中没有 .spotcheck-base（由 spotcheck export 写入），无法判断这些文件生成后 spotcheckd 上的名册是否已变更；"
                    + "未做任何更改。请先导出名册、编辑导出的文件夹再导入，或加 --force 按现状替换名册（可先用 --dry-run 查看变更）")
        }
        public static func forcing(_ snapshot: String) -> Localized {
            Localized(
                en: "--force: replacing the daemon's roster (snapshot \(snapshot)) whatever changed since; "
                    + "every '-' and '~' line below is overwritten",
                zh: "--force：无论此后有何变更，均替换 spotcheckd 的名册（快照 \(snapshot)）；下面每个“-”和“~”行的内容将被覆盖")
        }
        public static func badBase(_ path: String) -> Localized {
            Localized(
                en: "\(path): is not a roster version written by spotcheck export; export the roster again",
                zh: "\(path)：不是 spotcheck export 写入的名册版本；请重新导出名册")
        }
    }
}
