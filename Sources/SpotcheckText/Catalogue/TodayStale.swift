extension Catalogue {
    /// What `spotcheck today` says when the tasks folder looks stale.
    public enum TodayStale {
        public static func missingThoughRevealed(
            _ login: String, _ day: String, _ folder: String, _ draw: String
        )
            -> Localized
        {
            Localized(
                en: "\(folder)/\(login) holds no task file for \(day), though spotcheckd says draw \(draw) of that day "
                    + "is revealed (it writes a file for every login then): this folder is stale or not spotcheckd's "
                    + "tasks folder, or spotcheckd could not write it (see spotcheck status); ask a coordinator",
                zh: "\(folder)/\(login) 中没有 \(day) 的任务文件，但 spotcheckd 表示当天的抽签 \(draw) 已揭晓（揭晓时会为每个账号写入文件）："
                    + "该文件夹已过时或不是 spotcheckd 的任务文件夹，或 spotcheckd 未能写入（见 spotcheck status）；请联系协调员")
        }
        public static func mayBeStale(_ folder: String, _ day: String) -> Localized {
            Localized(
                en: "warning: spotcheckd could not be asked whether a draw of \(day) is revealed; if one is, "
                    + "\(folder) may be stale",
                zh: "警告：无法向 spotcheckd 确认 \(day) 的抽签是否已揭晓；如已揭晓，\(folder) 可能已过时")
        }
    }
}
