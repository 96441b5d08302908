extension Catalogue {
    /// What `verify` says when the seed given is not the one the record commits to: the roster's
    /// snapshot hash and the salts come from the seed, so they are not compared (they would blame
    /// files that were not changed); and the other texts of `verify` told in the reader's language.
    public enum VerifyCauses {
        /// The core's difference (SpotcheckCore `seedDerivedNotChecked`), word for word.
        public static let seedDerivedNotChecked = Localized(
            en: """
                snapshotHash: not checked, nor the salts: the roster's snapshot hash and the salts come from \
                the seed, and this seed is not the one the record commits to (seedCommitment)
                """,
            zh: "snapshotHash：未核对，盐值也未核对：名册快照哈希和盐值都由种子算出，而所给种子不是记录所承诺的种子（seedCommitment）")

        /// The core's `seedNotCommittedNotChecked`, word for word: the seed is the record's, but
        /// record.json's seedCommitment differs from the published commitment's.
        public static let seedNotCommittedNotChecked = Localized(
            en: """
                snapshotHash: not checked, nor the salts: the roster's snapshot hash and the salts come from \
                the seed, and this seed is not the one commitment.json commits to (seedCommitment)
                """,
            zh: "snapshotHash：未核对，盐值也未核对：名册快照哈希和盐值都由种子算出，而所给种子不是 commitment.json 所承诺的种子（seedCommitment）")

        /// The same in a chain of public folders, after the folder's seed.hex difference.
        public static func chainSeedDerivedNotChecked(_ label: String) -> Localized {
            Localized(
                en: """
                    \(label)/roster: not checked, nor the salts: the roster's snapshot hash and the salts come \
                    from the seed, and seed.hex is not the seed record.json commits to
                    """,
                zh: "\(label)/roster：未核对，盐值也未核对：名册快照哈希和盐值都由种子算出，而 seed.hex 不是 record.json 所承诺的种子")
        }

        /// The same in a chain, when seed.hex agrees with record.json but not with commitment.json.
        public static func chainSeedNotCommittedNotChecked(_ label: String) -> Localized {
            Localized(
                en: """
                    \(label)/roster: not checked, nor the salts: the roster's snapshot hash and the salts come \
                    from the seed, and seed.hex is not the seed commitment.json commits to
                    """,
                zh: "\(label)/roster：未核对，盐值也未核对：名册快照哈希和盐值都由种子算出，而 seed.hex 不是 commitment.json 所承诺的种子")
        }

        /// A record file that is not JSON at all (Foundation's own words would stay English).
        public static let recordNotJSON = Localized(
            en: "not a draw record: not readable JSON", zh: "不是抽签记录：不是可读取的 JSON")

        /// Why record.json is not strict JSON (read as the publication's manifest is read).
        public static func notRecord(_ path: String, _ reason: String) -> Localized {
            Localized(en: "\(path): not a draw record: \(reason)", zh: "\(path)：不是抽签记录：\(reason)")
        }
        public static let tooDeep = Localized(en: "nested deeper than 100", zh: "嵌套超过 100 层")
        public static let notJSON = Localized(en: "not readable JSON", zh: "不是可读取的 JSON")
        public static let notUTF8 = Localized(en: "not UTF-8 text", zh: "不是 UTF-8 文本")
        public static let outOfRange = Localized(
            en: "a number is beyond the range of a 64-bit whole number",
            zh: "有数字超出 64 位整数的范围")
        public static let nullCharacter = Localized(
            en: "a string holds the character U+0000", zh: "有字符串含字符 U+0000")
        public static let fraction = Localized(
            en: "a number has a fraction or an exponent (every number of a record is a whole one)",
            zh: "有数字带小数或指数（记录中的数字都是整数）")
        public static let loneSurrogate = Localized(
            en: "a string holds a lone surrogate", zh: "有字符串含单独的代理码位")

        /// The draw's kind in `draw`'s heading.
        public static let scheduled = Localized(en: "scheduled", zh: "定时随机抽签")
        public static let ordered = Localized(en: "ordered", zh: "指定检查")

        /// `verify --chain DIR` where DIR does not exist but the folder it would be in does: a public
        /// folder (or a publication's draws/) before the first draw is published.
        public static func nothingPublished(_ path: String) -> Localized {
            Localized(
                en: """
                    \(path): does not exist yet: no draw has been published here (records are published when \
                    the inspection day is over)
                    """,
                zh: "\(path)：尚不存在：这里还没有公开任何抽签（记录在检查日结束后公开）")
        }
        /// `verify --chain DIR` where neither DIR nor the folder it would be in exists.
        public static func noSuchFolder(_ path: String) -> Localized {
            Localized(en: "\(path): no such folder (check its name)", zh: "\(path)：没有这个文件夹（请核对名称）")
        }

        /// `verify --publication` refusing its command line or folder.
        public static func notAFolder(_ path: String) -> Localized {
            Localized(en: "\(path): not a readable folder", zh: "\(path)：不是可读取的文件夹")
        }
        public static let badKey = Localized(
            en: "--key must be an Ed25519 public key, 64 hex digits", zh: "--key 必须是 Ed25519 公钥，64 位十六进制数字")

        /// `complaints lookup` with a code that is not one (checked before asking spotcheckd).
        public static let malformedReceipt = Localized(
            en: """
                this is not a receipt code: a receipt code has 25 letters and digits (dashes and spaces \
                optional); copy it again from the receipt
                """,
            zh: "这不是回执码：回执码由 25 个字母和数字组成（短横线和空格可有可无）；请从回执上重新抄写")

        /// The ledger's refusal `noSuchDraw` (SpotcheckDaemon LedgerDrawExists.swift), word for word.
        public static func noSuchDraw(_ draw: String) -> Localized {
            Localized(
                en: "no draw \(draw) exists; check the draw id of the assignment (DRAW/DEPARTMENT)",
                zh: "不存在第 \(draw) 次抽签；请核对任务的抽签编号（抽签/单位）")
        }
        public static let noSuchDrawPatterns: [TextPattern] = [TextPattern(noSuchDraw)]

        /// Texts of the record's reader (RecordCoding.decodeRecord), told in the reader's language.
        public static let recordPatterns: [TextPattern] = [
            TextPattern(recordNotJSON),
            TextPattern { key in
                Localized(en: "not a draw record: key '\(key)' is missing", zh: "不是抽签记录：缺少键 '\(key)'")
            },
            TextPattern { key in
                Localized(en: "not a draw record: '\(key)' has the wrong type", zh: "不是抽签记录：'\(key)' 的类型不对")
            },
        ]

        /// The differences of `verify` on one record worded here.
        public static let patterns: [TextPattern] = [
            TextPattern(seedDerivedNotChecked), TextPattern(seedNotCommittedNotChecked),
            TextPattern { path in
                Localized(
                    en: "\(path): not a field of a draw record (the record holds it; nothing recomputes it)",
                    zh: "\(path)：不是抽签记录的字段（记录中有此字段，但重新推算不出它）")
            },
        ]

        /// The chain problems worded here.
        public static let chainPatterns: [TextPattern] = [
            TextPattern(chainSeedDerivedNotChecked), TextPattern(chainSeedNotCommittedNotChecked),
        ]

        /// The problems of a publication's check (SpotcheckSystem PublicationManifest.check) and of
        /// a draw folder against the manifest (`verify --date --pool`), word for word.
        public static let publicationPatterns: [TextPattern] = [
            TextPattern { name, folder in
                Localized(
                    en: "\(name): missing or unreadable (is \(folder) a publication folder?)",
                    zh: "\(name)：缺失或无法读取（\(folder) 是公开内容的文件夹吗？）")
            },
            TextPattern { name, format in
                Localized(en: "\(name): not a \(format) manifest", zh: "\(name)：不是 \(format) 格式的清单")
            },
            TextPattern { name in Localized(en: "\(name): missing or unreadable", zh: "\(name)：缺失或无法读取") },
            TextPattern { name, format in
                Localized(
                    en: "\(name): not a \(format) manifest (it begins with a byte order mark)",
                    zh: "\(name)：不是 \(format) 格式的清单（开头有字节顺序标记 BOM）")
            },
            TextPattern { name, format, key in
                Localized(
                    en: "\(name): not a \(format) manifest (the key \(key) appears twice in one object)",
                    zh: "\(name)：不是 \(format) 格式的清单（同一对象中键 \(key) 出现两次）")
            },
            TextPattern { name, format in
                Localized(
                    en: "\(name): not a \(format) manifest (a number has a fraction or an exponent)",
                    zh: "\(name)：不是 \(format) 格式的清单（有数字带小数或指数）")
            },
            TextPattern { name, format in
                Localized(
                    en: "\(name): not a \(format) manifest (a string holds a lone surrogate)",
                    zh: "\(name)：不是 \(format) 格式的清单（有字符串含单独的代理码位）")
            },
            TextPattern { name in
                Localized(
                    en: "\(name) publicKey: not 64 lowercase hex digits", zh: "\(name) publicKey：不是 64 位小写十六进制数字")
            },
            TextPattern { field in
                Localized(
                    en: """
                        \(field): refused as an Ed25519 public key: a non-canonical encoding (y is 2^255 - 19 or \
                        more), which verifiers read differently; no key made by Spotcheck is written so
                        """,
                    zh: "\(field)：不接受为 Ed25519 公钥：这是非规范编码（y 不小于 2^255 - 19），不同的核验程序对它的解读不同；Spotcheck 生成的公钥从不这样写")
            },
            TextPattern { field in
                Localized(
                    en: """
                        \(field): refused as an Ed25519 public key: a point of small order (1, 2, 4 or 8), under \
                        which a signature holds for many manifests without any private key
                        """,
                    zh: "\(field)：不接受为 Ed25519 公钥：这是小阶点（阶为 1、2、4 或 8），无需任何私钥即可做出对许多清单都成立的签名")
            },
            TextPattern { signature in
                Localized(
                    en: """
                        \(signature): not a valid signature: its R is a non-canonical encoding (y is 2^255 - 19 \
                        or more), which verifiers read differently
                        """,
                    zh: "\(signature)：不是有效签名：其 R 是非规范编码（y 不小于 2^255 - 19），不同的核验程序对它的解读不同")
            },
            TextPattern { signature in
                Localized(
                    en: "\(signature): not a valid signature: its R is a point of small order (1, 2, 4 or 8)",
                    zh: "\(signature)：不是有效签名：其 R 是小阶点（阶为 1、2、4 或 8）")
            },
            TextPattern { signature in
                Localized(
                    en: """
                        \(signature): not a valid signature: its S is not below the group order L (S + L is a \
                        second form of one signature)
                        """,
                    zh: "\(signature)：不是有效签名：其 S 不小于群的阶 L（S + L 是同一签名的另一种写法）")
            },
            TextPattern { name, index in
                Localized(
                    en: "\(name) files[\(index)].sha256: not 64 lowercase hex digits",
                    zh: "\(name) files[\(index)].sha256：不是 64 位小写十六进制数字")
            },
            TextPattern { name in
                Localized(
                    en: "\(name) published: not an RFC 3339 date-time with its offset (such as 2026-12-04T10:00:00Z)",
                    zh: "\(name) published：不是带时区偏移的 RFC 3339 时间（例如 2026-12-04T10:00:00Z）")
            },
            TextPattern { name, signed, given in
                Localized(
                    en: """
                        \(name) publicKey: signed with \(signed), not with the key given by --key (\(given)); \
                        this copy was not signed by the holder of that key
                        """,
                    zh: "\(name) publicKey：签名所用的公钥是 \(signed)，不是 --key 给出的公钥（\(given)）；这份副本不是由该公钥的持有者签名的")
            },
            TextPattern { signature, manifest, key in
                Localized(
                    en:
                        "\(signature): not a valid signature of \(manifest) by \(key) (the manifest or its signature was changed)",
                    zh: "\(signature)：不是 \(key) 对 \(manifest) 的有效签名（清单或其签名被改动过）")
            },
            TextPattern { name in
                Localized(
                    en: "\(name): is not a regular file (a symbolic link or other); copy the file itself",
                    zh: "\(name)：不是普通文件（是符号链接或其他）；请复制文件本身")
            },
            TextPattern { manifest, path in
                Localized(en: "\(manifest): lists \(path) twice", zh: "\(manifest)：两次列出 \(path)")
            },
            TextPattern { path in
                Localized(en: "\(path): missing (the manifest lists it)", zh: "\(path)：缺失（清单列有此文件）")
            },
            TextPattern { path in
                Localized(
                    en: "\(path): cannot be read (a folder that cannot be listed)", zh: "\(path)：无法读取（文件夹无法列出内容）")
            },
            TextPattern { path in Localized(en: "\(path): cannot be read", zh: "\(path)：无法读取") },
            TextPattern { path in Localized(en: "\(path): an empty folder", zh: "\(path)：空文件夹") },
            TextPattern { path in
                Localized(
                    en: "\(path): is a symbolic link; a publication holds only regular files",
                    zh: "\(path)：是符号链接；公开内容只包含普通文件")
            },
            TextPattern { path in Localized(en: "\(path): is not a regular file", zh: "\(path)：不是普通文件") },
            TextPattern { path, hash, size, listed, listedSize in
                Localized(
                    en:
                        "\(path): changed (SHA-256 \(hash), \(size) bytes; the manifest says \(listed), \(listedSize) bytes)",
                    zh: "\(path)：已被改动（SHA-256 为 \(hash)，\(size) 字节；清单记载为 \(listed)，\(listedSize) 字节）")
            },
            TextPattern { path in
                Localized(
                    en: "\(path): not in the manifest (a file was added)", zh: "\(path)：不在清单中（有文件被添加）")
            },
            TextPattern { name, key in
                Localized(
                    en: "\(name): is not the key the manifest is signed with (\(key))",
                    zh: "\(name)：不是清单签名所用的公钥（\(key)）")
            },
            TextPattern { manifest, one, other in
                Localized(
                    en: "\(manifest): lists \(one) and \(other), one file where case is not told apart",
                    zh: "\(manifest)：列出的 \(one) 与 \(other) 只差大小写，在不区分大小写的副本上是同一个文件")
            },
            TextPattern { manifest, published, time in
                Localized(
                    en: """
                        \(manifest) published: \(published) is before --not-before \(time) (an older edition of \
                        the site; the current one is published by the inspection office)
                        """,
                    zh: "\(manifest) 发布时间 \(published) 早于 --not-before \(time)（这是网站的旧版本；当前版本由纪检监察机关发布）")
            },
            // A draw folder against the manifest (VerifyFiles.manifestCheck).
            TextPattern { name, manifest in
                Localized(en: "\(name): missing (listed in \(manifest))", zh: "\(name)：缺失（\(manifest) 列有此文件）")
            },
            TextPattern { name, manifest in
                Localized(
                    en: "\(name): not listed in \(manifest) (added after the publication was signed)",
                    zh: "\(name)：未列在 \(manifest) 中（在公开内容签名之后添加）")
            },
            TextPattern { name, have, manifest, want in
                Localized(
                    en: "\(name): changed (SHA-256 \(have); \(manifest) says \(want))",
                    zh: "\(name)：已被改动（SHA-256 为 \(have)；\(manifest) 记载为 \(want)）")
            },
        ]
    }
}
