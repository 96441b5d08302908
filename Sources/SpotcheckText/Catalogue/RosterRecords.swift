// What a roster brought in through the control socket may not do to the daemon's own records
// (the daemon's RosterRecordGuard): the English texts it sends, recognised by the command line.

extension Catalogue {
    public enum RosterRecords {
        public static let patterns: [TextPattern] = [
            TextPattern { department, draw, date in
                Localized(
                    en:
                        "department '\(department)' was inspected in draw \(draw) on \(date) and cannot be deleted; close it instead (spotcheck departments close \(department))",
                    zh:
                        "单位 '\(department)' 已在 \(date) 的第 \(draw) 次抽取中被检查，不能删除；请改为停用该单位（spotcheck departments close \(department)）"
                )
            },
            TextPattern { inspector, draw, date in
                Localized(
                    en:
                        "inspector '\(inspector)' served in draw \(draw) on \(date) and cannot be deleted; retire them instead (spotcheck inspectors retire \(inspector))",
                    zh:
                        "检查人员 '\(inspector)' 曾在 \(date) 的第 \(draw) 次抽取中参加检查，不能删除；请改为停用该人员（spotcheck inspectors retire \(inspector)）"
                )
            },
            TextPattern { department, draw, date in
                Localized(
                    en:
                        "department '\(department)' is in the roster draw \(draw) of \(date) committed to and cannot be deleted before its reveal; close it instead (spotcheck departments close \(department))",
                    zh:
                        "单位 '\(department)' 在 \(date) 第 \(draw) 次抽取所承诺的名册中，揭晓前不能删除；请改为停用该单位（spotcheck departments close \(department)）"
                )
            },
            TextPattern { inspector, draw, date in
                Localized(
                    en:
                        "inspector '\(inspector)' is in the roster draw \(draw) of \(date) committed to and cannot be deleted before its reveal; retire them instead (spotcheck inspectors retire \(inspector))",
                    zh:
                        "检查人员 '\(inspector)' 在 \(date) 第 \(draw) 次抽取所承诺的名册中，揭晓前不能删除；请改为停用该人员（spotcheck inspectors retire \(inspector)）"
                )
            },
            TextPattern { department, inspector, date, today in
                Localized(
                    en:
                        "the inspection of \(department) by \(inspector) on \(date) has not happened yet; history holds only days before today (\(today))",
                    zh: "\(inspector) 对 \(department) 在 \(date) 的检查尚未发生；检查记录只能包含今天（\(today)）之前的日期")
            },
            TextPattern { cutoff, inspector, department, date in
                Localized(
                    en:
                        "history from \(cutoff) on is recorded by the daemon's own draws; the line for \(inspector) in \(department) on \(date) cannot be added by hand",
                    zh: "自 \(cutoff) 起的检查记录只来自本服务自己的抽取；\(inspector) 在 \(date) 检查 \(department) 的记录不能手工添加")
            },
        ]
    }
}
