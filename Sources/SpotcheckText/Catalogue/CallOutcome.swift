// What `spotcheck` says when a call to spotcheckd does not come back with an answer: whether the
// call was sent at all, and so whether what it asked for may have been done; and a call too large
// for spotcheckd, told before it is sent.

extension Catalogue {
    public enum CallOutcome {
        /// The call could not be sent whole: the daemon acts only on a whole message.
        public static func notSent(_ path: String, _ error: String) -> Localized {
            Localized(
                en: "could not send the request to spotcheckd at \(path) (\(error)): it was not sent, so nothing "
                    + "was changed; is spotcheckd running? (systemctl status spotcheckd) Then try again",
                zh: "未能将请求发送给 \(path) 上的 spotcheckd（\(error)）：请求未发出，因此没有任何更改；"
                    + "spotcheckd 是否在运行？（systemctl status spotcheckd）确认后再重试")
        }

        /// The call was sent whole and asked for a change, but the connection broke before an answer.
        public static func lostWhileChanging(_ path: String, _ error: String, _ check: String) -> Localized {
            Localized(
                en: "spotcheckd at \(path) stopped while handling the request (\(error)): the request was sent, but "
                    + "no answer came, so the change may or may not have been made; check with \(check) "
                    + "(and journalctl -u spotcheckd) before trying again",
                zh: "\(path) 上的 spotcheckd 在处理请求时停止了（\(error)）：请求已发出但没有收到答复，"
                    + "因此更改可能已经完成，也可能没有；请先用 \(check)（以及 journalctl -u spotcheckd）核实，再决定是否重试")
        }

        /// The call was sent whole and only reads, but the connection broke before an answer.
        public static func lostWhileReading(_ path: String, _ error: String) -> Localized {
            Localized(
                en: "spotcheckd at \(path) stopped while handling the request (\(error)): no answer came; this "
                    + "command only reads, so nothing was changed; try again once spotcheckd runs "
                    + "(systemctl status spotcheckd; journalctl -u spotcheckd says why it stopped)",
                zh: "\(path) 上的 spotcheckd 在处理请求时停止了（\(error)）：没有收到答复；此命令只读取，"
                    + "因此没有任何更改；请在 spotcheckd 恢复运行后重试（systemctl status spotcheckd；"
                    + "journalctl -u spotcheckd 说明其停止原因）")
        }

        /// How the connection broke when the daemon closed it without a word.
        public static let closed = Localized(
            en: "it closed the connection without an answer",
            zh: "它未作答复便关闭了连接")

        /// The daemon refused a call as larger than its method allows (io.spotcheck.MessageTooLarge).
        public static func tooLarge(_ method: String, _ limit: String) -> Localized {
            Localized(
                en: "spotcheckd refused the request as too large: a call of \(method) may be at most \(limit) bytes; "
                    + "nothing was changed",
                zh: "spotcheckd 以过大为由拒绝了请求：\(method) 的一次调用至多 \(limit) 字节；没有任何更改")
        }

        /// A roster import larger than spotcheckd takes, refused before it is sent.
        public static func importTooLarge(
            _ file: String, _ size: String, _ total: String, _ limit: String, _ mebibytes: String
        ) -> Localized {
            Localized(
                en: "\(file): \(size) bytes; an import sends the roster files to spotcheckd in one request of at "
                    + "most \(limit) bytes (\(mebibytes) MiB) in all, and this one would be \(total) bytes; nothing "
                    + "was sent and nothing changed (check-roster and verify read files of up to 64 MiB, but "
                    + "spotcheckd imports at most \(mebibytes) MiB: make the roster files smaller)",
                zh: "\(file)：\(size) 字节；导入时名册文件在一次请求中发送给 spotcheckd，总共至多 \(limit) 字节"
                    + "（\(mebibytes) MiB），而本次请求将有 \(total) 字节；未发送任何内容，也没有任何更改"
                    + "（check-roster 和 verify 可读取至多 64 MiB 的文件，但 spotcheckd 一次至多导入 \(mebibytes) MiB："
                    + "请缩小名册文件）")
        }
    }
}
