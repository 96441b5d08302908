// Fields of replacements.json of the wrong type, as both verifiers word them (core:
// ReplacementFields.swift; tools/verify_draw.py: replacement_field_problems), told by
// `spotcheck verify` and `verify --chain` in the reader's language. Names of files, entries and
// fields stay as they are.

extension Catalogue {
    public enum ReplacementFieldProblems {
        /// Values that are words: a JSON type (ReplacementFields.swift `JSONShape.kind`).
        public static let values: [TextPattern] = [
            TextPattern(Localized(en: "null", zh: "空值 null")),
            TextPattern(Localized(en: "a boolean", zh: "布尔值")),
            TextPattern(Localized(en: "a number", zh: "数字")),
            TextPattern(Localized(en: "a string", zh: "字符串")),
            TextPattern(Localized(en: "a list", zh: "列表")),
            TextPattern(Localized(en: "an object", zh: "对象")),
        ]

        /// `english` in `language` when one of `patterns` recognises it, the JSON type told too.
        public static func told(_ english: String, in language: Language = .current) -> String {
            patterns.told(english, in: language, values: values)
        }

        public static let patterns: [TextPattern] = [
            TextPattern { entry, inspector in
                Localized(
                    en: "\(entry).passedOver: names \(inspector) twice",
                    zh: "\(entry).passedOver：\(inspector) 出现了两次")
            },
            TextPattern { entry in
                Localized(
                    en: "\(entry).passedOver: only an entry whose chosenBy is rule lists inspectors passed over",
                    zh: "\(entry).passedOver：只有 chosenBy 为 rule 的条目才列出被跳过的检查人员")
            },
            TextPattern { entry, kind in
                Localized(
                    en: "\(entry).passedOver: is a list holding \(kind), not a list of inspector ids",
                    zh: "\(entry).passedOver：列表中含有\(kind)，应为检查人员编号的列表")
            },
            TextPattern { entry, kind in
                Localized(
                    en: "\(entry).passedOver: is \(kind), not a list of inspector ids",
                    zh: "\(entry).passedOver：是\(kind)，应为检查人员编号的列表")
            },
            TextPattern { entry in
                Localized(
                    en: "\(entry).passedOver: is an empty list (the key is absent when nobody was passed over)",
                    zh: "\(entry).passedOver：是空列表（无人被跳过时不应有该字段）")
            },
            TextPattern { field, kind in
                Localized(
                    en: "\(field): is \(kind), not a string",
                    zh: "\(field)：是\(kind)，应为字符串")
            },
            TextPattern { entry, kind in
                Localized(
                    en: "\(entry): is \(kind), not a replacement entry",
                    zh: "\(entry)：是\(kind)，不是替换条目")
            },
            TextPattern { field in
                Localized(
                    en: "\(field): missing (a replacement entry has draw, department, out, in, reason and at)",
                    zh: "\(field)：缺失（替换条目应有 draw、department、out、in、reason 和 at）")
            },
        ]
    }
}
