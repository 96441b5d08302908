/// Every message users read, in both languages. Each group of messages is an enum of its own
/// in a file of `Catalogue/` (`Catalogue.Today`, `Catalogue.Status`, …); a new command adds a
/// file with `extension Catalogue { public enum Mine { … } }`. Write every message as
/// `Localized(en: "…", zh: "…")` with two string literals (the catalogue test reads them), and
/// build lists or choices in Swift around messages, not inside them.
public enum Catalogue {}

extension Catalogue {
    /// Messages of every command: the daemon, permissions, files, exit codes.
    public enum Common {
        public static func cannotReach(_ path: String, _ error: String) -> Localized {
            Localized(
                en: "cannot reach spotcheckd at \(path) (\(error)); is it running? (systemctl status spotcheckd)",
                zh: "无法连接 \(path) 上的 spotcheckd（\(error)）；它在运行吗？（systemctl status spotcheckd）")
        }
        public static func talkingFailed(_ path: String, _ error: String) -> Localized {
            Localized(
                en: "talking to spotcheckd at \(path) failed: \(error)",
                zh: "与 \(path) 上的 spotcheckd 通信失败：\(error)")
        }
        public static func permissionRefused(_ command: String) -> Localized {
            Localized(
                en: "\(command) is refused: your user may not do this "
                    + "(coordinators and auditors are set in [roles] of spotcheckd.toml)",
                zh: "\(command) 被拒绝：您的用户无权执行此操作（协调员和审计员在 spotcheckd.toml 的 [roles] 中设定）")
        }
        public static func notFound(_ what: String) -> Localized {
            Localized(en: "not found: \(what)", zh: "未找到：\(what)")
        }
        public static let rosterChanged = Localized(
            en: "the roster changed on the daemon while this edit was made; nothing was applied, run it again",
            zh: "修改期间 spotcheckd 上的名册已变更；未做任何更改，请重新执行")
        public static func replacementRefused(_ message: String) -> Localized {
            Localized(en: "the replacement is refused: \(message)", zh: "替换被拒绝：\(message)")
        }
        public static func orderRefused(_ message: String) -> Localized {
            Localized(en: "the order is refused: \(message)", zh: "指定检查被拒绝：\(message)")
        }
        public static let notYetRevealed = Localized(
            en: "that draw is not revealed yet", zh: "该次抽签尚未揭晓")
        public static func daemonAnswered(_ failure: String) -> Localized {
            Localized(en: "spotcheckd answered \(failure)", zh: "spotcheckd 答复：\(failure)")
        }
        public static func badDate(_ text: String) -> Localized {
            Localized(en: "--date '\(text)' is not a date YYYY-MM-DD", zh: "--date '\(text)' 不是 YYYY-MM-DD 格式的日期")
        }
        public static func chooseOne(_ first: String, _ second: String) -> Localized {
            Localized(en: "choose one of \(first) and \(second)", zh: "\(first) 和 \(second) 只能选一个")
        }
        public static func noSuchFile(_ path: String) -> Localized {
            Localized(en: "\(path): no such file", zh: "\(path)：文件不存在")
        }
        public static func isADirectory(_ path: String) -> Localized {
            Localized(en: "\(path): is a directory, expected a file", zh: "\(path)：是文件夹，应为文件")
        }
        public static func cannotRead(_ path: String) -> Localized {
            Localized(en: "\(path): cannot be read (permission?)", zh: "\(path)：无法读取（权限不足？）")
        }
        /// `size` as the CLI says a limit: `64 MiB`, `16 KiB`.
        public static func tooLarge(_ path: String, _ size: String) -> Localized {
            Localized(
                en: "\(path): is larger than \(size), the most such a file may hold; nothing was read",
                zh: "\(path)：超过此类文件的上限 \(size)；未读取任何内容")
        }
        public static func notARegularFile(_ path: String) -> Localized {
            Localized(
                en: "\(path): is not a regular file (a folder, FIFO or device is never read); name a file",
                zh: "\(path)：不是普通文件（不读取文件夹、FIFO 或设备）；请指定一个文件")
        }
        public static let giveRoster = Localized(
            en: "give the roster folder with --roster DIR", zh: "请用 --roster DIR 指定名册文件夹")
        public static func rosterRefused(_ errors: String) -> Localized {
            Localized(
                en: "the roster is refused, nothing was drawn:\n\(errors)", zh: "名册被拒绝，未进行抽签：\n\(errors)")
        }
        public static let exitCodes = Localized(
            en: """
                EXIT CODES:
                  0   success
                  1   a check failed (verify: the record does not reproduce; bench --check:
                      a goal was missed)
                  3   order: ordered, but a team could not be staffed (reasons are printed)
                  64  the command line is wrong
                  65  an input is malformed (roster, policy, record or seed), or spotcheckd
                      refused the request as it stands (the message says why); nothing was
                      drawn or changed
                  66  an input file cannot be opened
                  67  what you named does not exist (inspector, department, draw, …)
                  69  spotcheckd cannot be reached, or the call could not be sent: nothing
                      was changed
                  71  the kernel's random source failed
                  74  an output file, or spotcheckd's state database, cannot be written (a
                      full disk): nothing was stored
                  75  the call was sent but no answer came (the timeout passed, or
                      spotcheckd stopped while handling it): a change may or may not have
                      been made; check first
                  77  spotcheckd refused: your user's role does not allow it
                """,
            zh: """
                退出码：
                  0   成功
                  1   检查未通过（verify：记录无法复现；bench --check：未达目标）
                  3   order：已指定检查，但有检查组无法配齐（会列出原因）
                  64  命令行有误
                  65  输入格式有误（名册、策略、记录或种子），或 spotcheckd 按请求现状
                      予以拒绝（消息说明原因）；未进行抽签，也未做任何更改
                  66  无法打开输入文件
                  67  所指定的对象不存在（检查人员、单位、抽签池、抽签、问题等）
                  69  无法连接 spotcheckd，或请求未能发出：没有任何更改
                  71  内核随机源出错
                  74  无法写入输出文件或 spotcheckd 的状态数据库（磁盘已满）：
                      未保存任何内容
                  75  请求已发出但没有答复（超过时限，或 spotcheckd 在处理时停止）：
                      更改可能已完成也可能没有；请先核实
                  77  spotcheckd 拒绝：您的用户角色无权执行
                """)
        /// Help of options shared by several commands.
        public static let socketHelp = Localized(
            en: "The daemon's control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.",
            zh: "守护进程的控制套接字。默认：$SPOTCHECK_SOCKET，否则为 /run/spotcheck/control。")
        public static let rosterHelp = Localized(
            en: "Folder with departments.csv, inspectors.csv and optionally conflicts.csv and history.csv.",
            zh: "名册文件夹，含 departments.csv、inspectors.csv，可选 conflicts.csv 和 history.csv。")
        public static let policyHelp = Localized(
            en: "Policy file (TOML, a [policy] section). "
                + "Default: policy.toml in the roster folder if there is one, else the built-in policy.",
            zh: "策略文件（TOML，含 [policy] 节）。默认：名册文件夹中的 policy.toml，若无则用内置策略。")
        public static let jsonHelp = Localized(en: "Print the result as JSON.", zh: "以 JSON 格式输出结果。")
        public static let examples = Localized(en: "EXAMPLES:", zh: "示例：")
        public static let empty = Localized(en: "(empty)", zh: "（空）")
        public static let none = Localized(en: "none", zh: "无")
    }
}
