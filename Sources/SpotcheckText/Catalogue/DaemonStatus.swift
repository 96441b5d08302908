// What spotcheckd's systemd status line (`STATUS=`, shown by `systemctl status spotcheckd`) says
// when it stops because its state database was replaced or rolled back: told in the language of
// spotcheckd's own locale (the system's, which systemd passes to services), the store's English
// reason recognised and told too.

extension Catalogue {
    public enum DaemonStatus {
        public static func stopped(_ reason: String) -> Localized {
            Localized(en: "stopped: \(reason)", zh: "已停止：\(reason)")
        }

        /// The store's reasons to stop (`StoreError.databaseReplaced`, `.databaseRolledBack`).
        public static let reasons: [TextPattern] = [
            TextPattern { path in
                Localized(
                    en: "the state database \(path) was deleted while spotcheckd was running; stopping so that nothing "
                        + "is drawn twice. Restore the original file (or move the new one away) and start spotcheckd again",
                    zh: "spotcheckd 运行期间，状态数据库 \(path) 被删除；为避免同一天重复抽签，守护进程已停止。"
                        + "请恢复原文件（或移走新文件）后再启动 spotcheckd")
            },
            TextPattern { path in
                Localized(
                    en:
                        "the state database \(path) was replaced by another file while spotcheckd was running; stopping "
                        + "so that nothing is drawn twice. Restore the original file (or move the new one away) and start "
                        + "spotcheckd again",
                    zh: "spotcheckd 运行期间，状态数据库 \(path) 被另一个文件替换；为避免同一天重复抽签，守护进程已停止。"
                        + "请恢复原文件（或移走新文件）后再启动 spotcheckd")
            },
            TextPattern { path, evidence in
                Localized(
                    en:
                        "the state database \(path) no longer holds what spotcheckd stored and published (\(evidence)): "
                        + "an older copy was restored into it, or it was rewritten. Stopping so that nothing is drawn "
                        + "twice; put back the database that made the public commitments, then start spotcheckd again",
                    zh: "状态数据库 \(path) 已不再包含 spotcheckd 存入并公开的内容（\(evidence)）：有人把旧副本恢复到了这里，"
                        + "或改写了它。为避免重复抽签，守护进程已停止；请放回作出这些公开承诺的数据库，再启动 spotcheckd")
            },
        ]

        /// The evidence of a rolled-back database.
        public static let evidence: [TextPattern] = [
            TextPattern { length, seen in
                Localized(
                    en: "its audit trail ends at entry \(length), entry \(seen) was written before",
                    zh: "其审计记录止于第 \(length) 条，而此前已写入第 \(seen) 条")
            },
            TextPattern { draw in Localized(en: "draw \(draw) is gone", zh: "第 \(draw) 次抽签已不存在") },
            TextPattern { draw in
                Localized(en: "draw \(draw) now has another seed commitment", zh: "第 \(draw) 次抽签的种子承诺已被改变")
            },
        ]

        /// A draw's state in `spotcheck status`'s last-draw line (`StoredDraw.State`, and the
        /// steps `Catalogue.Status.state` names).
        public static func drawState(_ code: String) -> String {
            switch code {
            case "completed": Localized(en: "completed", zh: "已完成").text
            case "missed": Localized(en: "missed", zh: "已错过").text
            default: Catalogue.Status.state(code)
            }
        }
    }
}
