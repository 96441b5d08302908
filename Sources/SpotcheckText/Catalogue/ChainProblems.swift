// Problems of the hash chain, worded in English by the core (order, replacement and cancellation
// entries, the chain's order, ledger and campaign links), by `verify --chain`'s reading of a
// public folder and by the daemon's `VerifyChain`, and told by `spotcheck verify --chain` in the
// reader's language (`--json` keeps them in English). Names of files and links stay as they are.

extension Catalogue {
    public enum ChainProblems {
        /// `verify --chain FOLDER` given something that is no folder.
        public static func notAFolder(_ path: String) -> Localized {
            Localized(en: "\(path): not a readable folder", zh: "\(path)：不是可读取的文件夹")
        }

        /// Values that are words: what the daemon's chain names a link by, and "nothing".
        public static let values: [TextPattern] = [
            TextPattern(Localized(en: "its record", zh: "其抽签记录")),
            TextPattern(Localized(en: "its order entry", zh: "其点名指令条目")),
            TextPattern { id in Localized(en: "replacement entry \(id)", zh: "替换条目 \(id)") },
            TextPattern { draw in Localized(en: "the cancellation of draw \(draw)", zh: "第 \(draw) 次抽签的撤销条目") },
            TextPattern { id in Localized(en: "ledger link \(id)", zh: "问题台账链接 \(id)") },
            TextPattern { id in Localized(en: "campaign link \(id)", zh: "专项整治链接 \(id)") },
            TextPattern { kind, id in Localized(en: "\(kind) link \(id)", zh: "\(kind) 链接 \(id)") },
            TextPattern(Localized(en: "nothing", zh: "无")),
            TextPattern { kind, pool in
                Localized(en: "\(kind) draw of pool \(pool)", zh: "抽签池 \(pool) 的 \(kind) 抽签")
            },
            TextPattern { first, second in Localized(en: "\(first) and \(second)", zh: "\(first) 和 \(second)") },
        ]

        public static let patterns: [TextPattern] = [
            // Order entries (core: OrderEntry.differences).
            TextPattern { prefix, category in
                Localized(
                    en: "order.json reason: does not begin with '\(prefix)' (category \(category))",
                    zh: "order.json reason：没有以 '\(prefix)' 开头（类别 \(category)）")
            },
            TextPattern { category in
                Localized(
                    en: "order.json reason: is empty (a \(category) order publishes its reason)",
                    zh: "order.json reason：为空（\(category) 类点名指令应公开其理由）")
            },
            TextPattern { category in
                Localized(
                    en:
                        "order.json reason: published in clear, a \(category) order publishes only its reasonCommitment",
                    zh: "order.json reason：以明文公开，而 \(category) 类点名指令只应公开 reasonCommitment")
            },
            TextPattern { commitment, category in
                Localized(
                    en: "order.json reasonCommitment: '\(commitment)', a \(category) order publishes its reason",
                    zh: "order.json reasonCommitment：为 '\(commitment)'，而 \(category) 类点名指令应公开其理由")
            },
            TextPattern { commitment in
                Localized(
                    en: "order.json reasonCommitment: \(commitment), not a SHA-256 in lowercase hex (64 digits)",
                    zh: "order.json reasonCommitment：为 \(commitment)，不是小写十六进制的 SHA-256（64 位）")
            },
            TextPattern(
                Localized(
                    en: "order.json: not in canonical JSON, or holds a field an order entry does not have",
                    zh: "order.json：不是规范的 JSON，或含有点名指令条目所没有的字段")),
            TextPattern { hash, previous in
                Localized(
                    en: "order.json: hashes to \(hash), but the record's previousRecordHash is \(previous) "
                        + "(the order was edited, or is not the one this draw was made for)",
                    zh: "order.json：哈希为 \(hash)，但记录的 previousRecordHash 为 \(previous)"
                        + "（点名指令被修改过，或并非本次抽签所依据的那一份）")
            },
            TextPattern { date, recorded in
                Localized(
                    en: "order.json date: \(date), the record says \(recorded)",
                    zh: "order.json date：为 \(date)，记录为 \(recorded)")
            },
            TextPattern { pool, recorded in
                Localized(
                    en: "order.json pool: \(pool), the record says \(recorded)",
                    zh: "order.json pool：为 \(pool)，记录为 \(recorded)")
            },
            TextPattern { departments, recorded in
                Localized(
                    en: "order.json departments: \(departments), the record's orderedDepartments are \(recorded)",
                    zh: "order.json departments：为 \(departments)，记录中的 orderedDepartments 为 \(recorded)")
            },
            TextPattern(Localized(en: "order.json reason: is empty", zh: "order.json reason：为空")),
            TextPattern(
                Localized(
                    en: "order.json salt: not HMAC(seed, \"spotcheck/v2/order-salt\") of this draw's seed",
                    zh: "order.json salt：不是用本次抽签的种子计算的 HMAC(seed, \"spotcheck/v2/order-salt\")")),
            // Replacement entries (core: verifyReplacementEntries).
            TextPattern(
                Localized(
                    en: "replacements.json: not in canonical JSON, or holds a field a replacement entry does not have",
                    zh: "replacements.json：不是规范的 JSON，或含有替换条目所没有的字段")),
            TextPattern { name in
                Localized(
                    en: "\(name).previousRecordHash: missing (every replacement is an entry of the hash chain)",
                    zh: "\(name).previousRecordHash：缺失（每次替换都是哈希链中的一个条目）")
            },
            TextPattern { name, index in
                Localized(
                    en: "\(name).salt: not HMAC(seed, \"spotcheck/v2/replacement-salt/\(index)\") of this draw's seed "
                        + "(an entry was edited, moved, deleted or reordered)",
                    zh: "\(name).salt：不是用本次抽签的种子计算的 HMAC(seed, \"spotcheck/v2/replacement-salt/\(index)\")"
                        + "（有条目被修改、移动、删除或调换了顺序）")
            },
            // Cancellation entries (core: CancellationEntry.differences).
            TextPattern(
                Localized(
                    en: "cancellation.json: not in canonical JSON, or holds a field a cancellation entry does not have",
                    zh: "cancellation.json：不是规范的 JSON，或含有撤销条目所没有的字段")),
            TextPattern(
                Localized(
                    en: "cancellation.json: the draw is not an ordered one (only an order can be cancelled)",
                    zh: "cancellation.json：该次抽签不是点名抽签（只有点名检查可以撤销）")),
            TextPattern { record, hash in
                Localized(
                    en: "cancellation.json record: \(record), the record hashes to \(hash)",
                    zh: "cancellation.json record：为 \(record)，记录的哈希为 \(hash)")
            },
            TextPattern(Localized(en: "cancellation.json reason: is empty", zh: "cancellation.json reason：为空")),
            TextPattern(
                Localized(
                    en: "cancellation.json previousRecordHash: missing (a cancellation is an entry of the hash chain)",
                    zh: "cancellation.json previousRecordHash：缺失（撤销是哈希链中的一个条目）")),
            TextPattern(
                Localized(
                    en:
                        "cancellation.json salt: not HMAC(seed, \"spotcheck/v2/cancellation-salt\") of this draw's seed",
                    zh: "cancellation.json salt：不是用本次抽签的种子计算的 HMAC(seed, \"spotcheck/v2/cancellation-salt\")")
            ),
            TextPattern { name in
                Localized(
                    en: "\(name): not a cancellation entry (draw, record, reason, at, salt, previousRecordHash)",
                    zh: "\(name)：不是撤销条目（应含 draw、record、reason、at、salt、previousRecordHash）")
            },
            // The chain's order (core: orderChain).
            TextPattern { name, other in
                Localized(en: "\(name): the same bytes as \(other)", zh: "\(name)：与 \(other) 的字节完全相同")
            },
            TextPattern(
                Localized(
                    en: "no record or entry starts the chain (the first one is missing)",
                    zh: "没有任何记录或条目作为哈希链的开头（第一项缺失）")),
            TextPattern { names in
                Localized(
                    en: "the chain starts more than once: \(names) follow nothing",
                    zh: "哈希链有不止一个开头：\(names) 都不接续任何一项")
            },
            TextPattern { name, previous in
                Localized(
                    en: "\(name) previousRecordHash: \(previous) is the hash of no record or entry in the folder "
                        + "(the one before it was deleted or edited)",
                    zh: "\(name) previousRecordHash：\(previous) 不是文件夹中任何记录或条目的哈希（其前一项被删除或修改过）")
            },
            TextPattern { names, previous in
                Localized(en: "\(names) all follow \(previous)", zh: "\(names) 都接续在 \(previous) 之后")
            },
            TextPattern { names in
                Localized(
                    en: "the chain ends more than once: nothing follows \(names) "
                        + "(one was edited, or what followed it is missing)",
                    zh: "哈希链有不止一个结尾：\(names) 之后都没有后续（其中一项被修改过，或其后续缺失）")
            },
            // A public folder (verify --chain FOLDER).
            TextPattern { label, day, recorded in
                Localized(
                    en: "\(label): the folder's date is \(day), record.json says \(recorded) "
                        + "(a draw was moved to another day's folder)",
                    zh: "\(label)：文件夹的日期为 \(day)，record.json 记为 \(recorded)（抽签被移到了另一天的文件夹）")
            },
            TextPattern { label, name, draw, expected in
                Localized(
                    en: "\(label): the folder's name is \(name), but record.json is a \(draw), "
                        + "published as \(expected) (a draw was moved to another pool's folder)",
                    zh: "\(label)：文件夹名为 \(name)，但 record.json 是\(draw)，"
                        + "应公开为 \(expected)（抽签被移到了另一个抽签池的文件夹）")
            },
            TextPattern { label, snapshot, recorded in
                Localized(
                    en:
                        "\(label)/roster with seed.hex: hashes to \(snapshot), record.json's snapshotHash is \(recorded): "
                        + "the roster or the seed is not the one the draw was made on (the snapshot is salted with the seed)",
                    zh: "\(label)/roster 与 seed.hex：哈希为 \(snapshot)，record.json 中的 snapshotHash 为 \(recorded)："
                        + "名册或种子不是抽签时所用的（快照哈希以种子加盐）")
            },
            TextPattern { label, error in
                Localized(
                    en: "\(label)/roster: not a readable roster (\(error))", zh: "\(label)/roster：不是可读取的名册（\(error)）")
            },
            TextPattern { label in
                Localized(
                    en: "\(label)/policy.txt: missing (every draw publishes its policy)",
                    zh: "\(label)/policy.txt：缺失（每次抽签都须公开其策略）")
            },
            TextPattern { label, hash, recorded in
                Localized(
                    en: "\(label)/policy.txt: hashes to \(hash), record.json's policyHash is \(recorded)",
                    zh: "\(label)/policy.txt：哈希为 \(hash)，record.json 中的 policyHash 为 \(recorded)")
            },
            TextPattern { label, error in
                Localized(
                    en: "\(label)/policy.txt: not a readable policy (\(error))",
                    zh: "\(label)/policy.txt：不是可读取的策略（\(error)）")
            },
            TextPattern { label in
                Localized(
                    en: "\(label)/commitment.json: missing (every draw publishes its commitment)",
                    zh: "\(label)/commitment.json：缺失（每次抽签都须公开其承诺）")
            },
            TextPattern { label in
                Localized(
                    en: "\(label)/commitment.json: not a commitment (a field is missing or of the wrong type)",
                    zh: "\(label)/commitment.json：不是承诺文件（缺少字段或字段类型不对）")
            },
            TextPattern { label in
                Localized(
                    en: "\(label)/seed.hex: missing or not 64 hex digits", zh: "\(label)/seed.hex：缺失，或不是 64 位十六进制数字")
            },
            TextPattern { label, hash, recorded in
                Localized(
                    en: "\(label)/seed.hex: hashes to \(hash), record.json's seedCommitment is \(recorded)",
                    zh: "\(label)/seed.hex：哈希为 \(hash)，record.json 中的 seedCommitment 为 \(recorded)")
            },
            TextPattern { label, error in
                Localized(
                    en: "\(label)/order.json: not an order entry (\(error))",
                    zh: "\(label)/order.json：不是点名指令条目（\(error)）")
            },
            TextPattern { label in
                Localized(
                    en: "\(label)/order.json: missing (an ordered draw publishes its order)",
                    zh: "\(label)/order.json：缺失（点名抽签须公开其点名指令）")
            },
            TextPattern { label, error in
                Localized(
                    en: "\(label)/replacements.json: not a list of replacement entries (\(error))",
                    zh: "\(label)/replacements.json：不是替换条目的列表（\(error)）")
            },
            TextPattern { name in
                Localized(
                    en: "\(name): comes before the record or replacement it follows in the chain",
                    zh: "\(name)：排在了它在哈希链中所接续的记录或替换之前")
            },
            TextPattern { head in
                Localized(
                    en: "--head \(head): no record or entry in the folder hashes to it "
                        + "(the newest ones were deleted or edited, or the head is of another chain)",
                    zh: "--head \(head)：文件夹中没有任何记录或条目的哈希与之相符（最新的几项被删除或修改过，或该链头属于另一条哈希链）")
            },
            TextPattern { head, name, followers in
                Localized(
                    en: "--head \(head) is \(name), but \(followers) follow it (the chain goes on past the head given)",
                    zh: "--head \(head) 是 \(name)，但其后还有 \(followers)（哈希链延续到了所给链头之后）")
            },
            TextPattern { head, name, end in
                Localized(
                    en: "--head \(head) is \(name), but the chain ends at \(end)",
                    zh: "--head \(head) 是 \(name)，但哈希链结束于 \(end)")
            },
            TextPattern { name, key in
                Localized(
                    en: "\(name): the key \"\(key)\" appears twice in one object; refused (each key once)",
                    zh: "\(name)：键 \"\(key)\" 在同一对象中出现了两次；已拒绝（每个键只能出现一次）")
            },
            // Ledger and campaign links (chain/ID.json).
            TextPattern { label in
                Localized(
                    en: "\(label): not a link's name (eight digits, then .json, as the daemon numbers its links); "
                        + "nothing else belongs in chain/",
                    zh: "\(label)：不是链接的文件名（应为八位数字加 .json，即守护进程给链接的编号）；chain/ 中不应有其他文件")
            },
            TextPattern { label in
                Localized(
                    en: "\(label): not a ledger or campaign link (kind, day, digest, previousRecordHash)",
                    zh: "\(label)：不是问题台账或专项整治的链接（应含 kind、day、digest、previousRecordHash）")
            },
            TextPattern { name, place, number in
                Localized(
                    en: "\(name): is link \(place) of the chain, but its name says \(number)",
                    zh: "\(name)：是哈希链的第 \(place) 项，但其文件名为第 \(number) 项")
            },
            TextPattern { name in
                Localized(
                    en: "\(name): not in canonical JSON, or holds a field a chain link does not have",
                    zh: "\(name)：不是规范的 JSON，或含有链接所没有的字段")
            },
            TextPattern { name in
                Localized(en: "\(name) digest: not 64 lower-case hex digits", zh: "\(name) digest：不是 64 位小写十六进制数字")
            },
            TextPattern { name in
                Localized(en: "\(name) facts: a ledger link publishes no facts", zh: "\(name) facts：问题台账链接不公开任何内容")
            },
            TextPattern { name, key in
                Localized(
                    en: "\(name) facts.\(key): missing (a campaign link names its campaign and step)",
                    zh: "\(name) facts.\(key)：缺失（专项整治链接须写明专项整治及其阶段）")
            },
            TextPattern { name, key, step in
                Localized(
                    en: "\(name) facts.\(key): '\(step)' is not a campaign step",
                    zh: "\(name) facts.\(key)：'\(step)' 不是专项整治的阶段")
            },
            TextPattern { name, from, current in
                Localized(
                    en: "\(name) facts.from: \(from), but the campaign's step before it in the chain is \(current)",
                    zh: "\(name) facts.from：为 \(from)，但哈希链中它之前专项整治所处的阶段为 \(current)")
            },
            TextPattern { name, to, from in
                Localized(
                    en:
                        "\(name) facts.to: \(to) is not the step after \(from) (campaign steps go forward one at a time)",
                    zh: "\(name) facts.to：\(to) 不是 \(from) 的下一阶段（专项整治的阶段只能逐个向前推进）")
            },
            // The daemon's stored chain (VerifyChain).
            TextPattern { what, hash, chain in
                Localized(
                    en: "\(what): the bytes hash to \(hash), the chain says \(chain)",
                    zh: "\(what)：字节的哈希为 \(hash)，哈希链中记为 \(chain)")
            },
            TextPattern { what, linksTo, previous in
                Localized(
                    en: "\(what) links to \(linksTo), the link before it hashes to \(previous)",
                    zh: "\(what) 接续的是 \(linksTo)，而它前一项的哈希为 \(previous)")
            },
            TextPattern { what in Localized(en: "\(what) is missing", zh: "\(what) 缺失") },
            TextPattern { what in Localized(en: "\(what) is missing or unreadable", zh: "\(what) 缺失或无法读取") },
            TextPattern { what in
                Localized(en: "\(what): its private entry is missing", zh: "\(what)：其非公开条目缺失")
            },
            TextPattern { what, digest, published in
                Localized(
                    en: "\(what): its private entry hashes to \(digest), the link's digest is \(published) "
                        + "(the entry was edited)",
                    zh: "\(what)：其非公开条目的哈希为 \(digest)，而链接中的 digest 为 \(published)（该条目被修改过）")
            },
        ]
    }
}
