// Fields of a published chain link (chain/ID.json) that are missing or of the wrong type, as both
// verifiers word them (core: ChainLinkFields.swift; tools/verify_draw.py: link_type_problems),
// told by `spotcheck verify --chain` in the reader's language. A field of another JSON type is
// told by ReplacementFieldProblems ("FIELD: is KIND, not a string"). Names of files and fields
// stay as they are.

extension Catalogue {
    public enum ChainLinkFieldProblems {
        public static let patterns: [TextPattern] = [
            TextPattern { name, kind in
                Localized(
                    en: "\(name): is \(kind), not a chain link (a JSON object)",
                    zh: "\(name)：是\(kind)，不是哈希链链接（应为 JSON 对象）")
            },
            TextPattern { field in
                Localized(
                    en: "\(field): missing (a chain link has kind, day and digest)",
                    zh: "\(field)：缺失（哈希链链接应有 kind、day 和 digest）")
            },
            TextPattern { name, kind in
                Localized(
                    en: "\(name) kind: '\(kind)' is neither ledger nor campaign",
                    zh: "\(name) kind：'\(kind)' 既不是 ledger 也不是 campaign")
            },
            TextPattern { name, day in
                Localized(
                    en: "\(name) day: '\(day)' is not a date YYYY-MM-DD",
                    zh: "\(name) day：'\(day)' 不是 YYYY-MM-DD 格式的日期")
            },
            TextPattern { field, kind in
                Localized(
                    en: "\(field): is \(kind), not an object",
                    zh: "\(field)：是\(kind)，应为对象")
            },
        ]
    }
}
