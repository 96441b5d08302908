extension Catalogue {
    /// Verifying a draw that hides a complaint-driven slot (docs/draw-algorithm.md §8).
    public enum HiddenSlot {
        public static let verifyHelp = Localized(
            en: "The opening of a hidden complaint-driven slot, DEPARTMENT:SALT (64 hex digits), published once "
                + "the complaint is closed.",
            zh: "隐藏的举报驱动抽查位的揭示值，格式为 单位:盐值（64 位十六进制），在举报办结后公布。")
        public static let badOpening = Localized(
            en: "--hidden-slot must be DEPARTMENT:SALT, the salt 64 hex digits",
            zh: "--hidden-slot 的格式须为 单位:盐值，盐值为 64 位十六进制数字")
        public static let inspectAbstract = Localized(
            en: "Ask for an inspection of a complaint's department, hidden among the next scheduled draw's picks.",
            zh: "申请对举报涉及单位进行检查，隐藏在下一次定时抽取的抽中单位之中。")
        public static let inspectDiscussion = Localized(
            en: "The department is drawn inside the next scheduled draw of a pool that may draw it, and looks like any "
                + "other pick. The opening (department and salt) is published next to that draw's public record once "
                + "the complaint is closed, and `spotcheck verify --date D --pool P` then checks the whole draw. Until "
                + "that draw is revealed, only the handler who asked sees the request on the complaint. Should the "
                + "department leave every pool that draws ahead, the request stays and the complaint says so "
                + "(`spotcheck complaints show N`) until a pool holds the department again.",
            zh: "该单位将在下一次可抽取它的抽查池定时抽取中被抽中，看起来与其他抽中单位无异。举报结案后，揭示值（单位和盐值）"
                + "与该次抽取的公开记录一同公布，届时可用 `spotcheck verify --date D --pool P` 核验整次抽取。"
                + "该次抽取揭晓前，只有申请人能在举报中看到这一申请。若该单位已不在任何仍会抽取的抽查池中，申请仍然保留，"
                + "举报中会注明（`spotcheck complaints show N`），直至该单位重新加入抽查池。")
        public static func inspectRequested(_ complaint: String) -> Localized {
            Localized(
                en: "complaint \(complaint): its department will be inspected inside the next scheduled draw; "
                    + "the opening is published when the complaint is closed\n",
                zh: "举报 \(complaint)：涉及单位将在下一次定时抽取中被抽查；举报结案后公布揭示值\n")
        }
    }
}
