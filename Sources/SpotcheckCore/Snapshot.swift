import Crypto

extension Roster {
    /// The canonical text of the roster: one line per row, sections in a fixed order, lines sorted
    /// by their UTF-8 bytes, so that the order of rows in the source never matters. Its SHA-256 is
    /// the snapshot hash a draw record commits to (`docs/draw-algorithm.md` gives the grammar).
    public var canonicalText: String {
        String(decoding: canonicalBytes, as: UTF8.self)
    }

    /// `canonicalText` as UTF-8 bytes.
    public var canonicalBytes: [UInt8] { canonicalBytes(salt: nil) }

    /// The canonical text a draw commits to: `canonicalText` with a second line
    /// `salt<TAB>HEX`, the salt derived from the draw's seed (`Seed.snapshotSalt`). The seed is
    /// secret until the record is published, so until then the snapshot hash confirms no guess
    /// about what the text holds, in particular the teams issued earlier that day and not yet
    /// revealed (the day so far).
    public func canonicalBytes(salt: [UInt8]?) -> [UInt8] {
        var out = CanonicalWriter()
        out.bytes.reserveCapacity(64 * (departments.count + inspectors.count + conflicts.count + history.count))
        writeCanonical(salt: salt, to: &out)
        return out.bytes
    }

    /// SHA-256 of `canonicalBytes(salt:)`, hashed as the text is written (64 KiB at a time) instead
    /// of from the whole text held in memory.
    func canonicalDigest(salt: [UInt8]?) -> SHA256.Digest {
        var out = CanonicalWriter()
        out.hasher = SHA256()
        out.bytes.reserveCapacity(CanonicalWriter.flushSize + 4096)
        writeCanonical(salt: salt, to: &out)
        out.flush()
        return out.hasher!.finalize()
    }

    private func writeCanonical(salt: [UInt8]?, to out: inout CanonicalWriter) {
        out.bytes += Array("spotcheck-snapshot/\(snapshotGrammar)\n".utf8)
        if let salt {
            out.field("salt")
            out.field(Hex.encode(salt))
            out.end()
        }
        // Departments and inspectors have unique ids free of tabs, so sorting by id sorts their lines.
        for department in sortedByID(departments) {
            out.field("department")
            out.field(department.id)
            out.field(department.name)
            out.field(department.weight.map(String.init) ?? "")
            if department.powers.count < 2 {
                out.field(department.powers.first?.rawValue ?? "")
            } else {
                out.list(department.powers.map(\.rawValue))
            }
            out.list(department.requiredSkills)
            out.list(department.pools)
            out.end()
        }
        for inspector in sortedByID(inspectors) {
            out.field("inspector")
            out.field(inspector.id)
            out.field(inspector.name)
            // Grammar 3 leaves the login out: no draw reads it.
            if snapshotGrammar < 3 { out.field(inspector.login) }
            out.field(inspector.home)
            out.formerList(inspector.former)
            out.list(inspector.skills)
            out.field(inspector.canLead ? "1" : "0")
            out.rangeList(inspector.unavailable.ranges)
            out.field(String(inspector.dailyCap))
            out.end()
        }
        writeInactive(&out)
        // Conflict and history lines are written one after another into one buffer, then
        // copied out sorted by their bytes.
        var lines = CanonicalWriter()
        var starts: [Int] = []
        starts.reserveCapacity(conflicts.count)
        for conflict in conflicts {
            starts.append(lines.bytes.count)
            lines.field("conflict")
            lines.field(conflict.inspector)
            lines.field(conflict.department)
            if let hash = conflict.reasonSHA256 {
                lines.field(hash)
            } else {
                lines.fieldSHA256(of: conflict.reason)
            }
            if let until = conflict.until {
                lines.fieldDay(until)
            } else {
                lines.field("")
            }
            lines.end()
        }
        lines.appendSortedLines(starts, to: &out)
        lines.bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        for entry in history {
            starts.append(lines.bytes.count)
            lines.field("assignment")
            lines.fieldDay(entry.date)
            lines.field(entry.inspector)
            lines.field(entry.department)
            lines.end()
        }
        lines.appendSortedLines(starts, to: &out)
    }

    /// SHA-256 of `canonicalText`, in lowercase hex: the roster's own identity (roster versions).
    public var snapshotHash: String {
        Hex.encode(canonicalDigest(salt: nil))
    }

    /// The snapshot hash a draw with this seed commits to: SHA-256 of the canonical text salted
    /// with `seed.snapshotSalt`, in lowercase hex.
    public func snapshotHash(seed: Seed) -> String {
        Hex.encode(canonicalDigest(salt: seed.snapshotSalt))
    }
}

/// Writes tab-separated, newline-terminated lines, escaping `\\`, tab, CR and LF in fields.
struct CanonicalWriter {
    var bytes: [UInt8] = []
    var atLineStart = true
    /// When set, `end` hands the lines written so far to it once `flushSize` bytes have gathered,
    /// and `bytes` holds only what it has not been given yet.
    var hasher: SHA256?
    /// List items of one line (`formerList`), kept from line to line.
    var scratch = Scratch()

    struct Scratch {
        var items: [UInt8] = []
        var ends: [Int] = []
        var order: [Int] = []
    }

    static let flushSize = 1 << 16

    mutating func field(_ text: String) {
        if !atLineStart { bytes.append(9) }
        atLineStart = false
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 == 92 || $0 == 9 || $0 == 10 || $0 == 13 }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain { return }
        text.withUTF8 { appendEscaped($0) }
    }

    /// The bytes as `field` writes them, without the separator before.
    mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        for byte in text {
            switch byte {
            case 92: bytes += [92, 92]
            case 9: bytes += [92, UInt8(ascii: "t")]
            case 10: bytes += [92, UInt8(ascii: "n")]
            case 13: bytes += [92, UInt8(ascii: "r")]
            default: bytes.append(byte)
            }
        }
    }

    /// Items as a set: sorted by their UTF-8 bytes, repeated items once, joined with commas
    /// (items are identifiers or `DEPT:YYYY-MM-DD`).
    mutating func list(_ items: [String]) {
        if items.isEmpty {
            field("")
            return
        }
        if items.count == 1 {
            field(items[0])
            return
        }
        var unique: [String] = []
        for item in items.sorted(by: idLess) where unique.last != item { unique.append(item) }
        field(unique.joined(separator: ","))
    }

    mutating func end() {
        bytes.append(10)
        atLineStart = true
        if hasher != nil, bytes.count >= Self.flushSize { flush() }
    }

    /// Hands every byte written so far to `hasher` (when set).
    mutating func flush() {
        guard var hasher else { return }
        self.hasher = nil  // the only reference to its state: updated in place
        bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        self.hasher = hasher
        bytes.removeAll(keepingCapacity: true)
    }

    /// `field(day.description)`, the digits written in place.
    mutating func fieldDay(_ day: Day) {
        if !atLineStart { bytes.append(9) }
        atLineStart = false
        Self.appendDay(day, to: &bytes)
    }

    /// `field(sha256Hex(Array(text.utf8)))`, the digest's hex digits written in place.
    mutating func fieldSHA256(of text: String) {
        var reason = SHA256()
        var text = text
        text.withUTF8 { reason.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        let digest = reason.finalize()
        if !atLineStart { bytes.append(9) }
        atLineStart = false
        Hex.append(digest, to: &bytes)
    }

    /// `list(ranges.map(\.description))`, a single range written in place.
    mutating func rangeList(_ ranges: [DayRange]) {
        guard ranges.count == 1 else {
            list(ranges.map(\.description))
            return
        }
        fieldDay(ranges[0].lower)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "."))
        Self.appendDay(ranges[0].upper, to: &bytes)
    }

    /// The bytes of `day.description`.
    static func appendDay(_ day: Day, to bytes: inout [UInt8]) {
        let (year, month, dayOfMonth) = day.parts
        guard (0...9999).contains(year) else {
            bytes.append(contentsOf: day.description.utf8)
            return
        }
        func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value) }
        bytes.append(digit(year / 1000))
        bytes.append(digit(year / 100 % 10))
        bytes.append(digit(year / 10 % 10))
        bytes.append(digit(year % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(digit(month / 10))
        bytes.append(digit(month % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(digit(dayOfMonth / 10))
        bytes.append(digit(dayOfMonth % 10))
    }

    /// Appends to `out` the lines of `bytes` that begin at `starts` (each ends where the next
    /// begins, the last at the end), sorted by their bytes (`bytesPrecede`): the order they would
    /// have as arrays of their own.
    ///
    /// Lines are sorted by 16 bytes each, read after the prefix all of them share, as two
    /// big-endian words padded with zeros; only lines whose 16 bytes are equal are compared in
    /// full. The same order: every line ends with its only line feed, so no line is a prefix of
    /// another, and where a line ends within the 16 bytes the other has the same bytes up to there,
    /// hence ends there too.
    func appendSortedLines(_ starts: [Int], to out: inout CanonicalWriter) {
        bytes.withUnsafeBytes { buffer in
            func line(_ number: Int) -> UnsafeRawBufferPointer {
                let end = number + 1 < starts.count ? starts[number + 1] : buffer.count
                return UnsafeRawBufferPointer(rebasing: buffer[starts[number]..<end])
            }
            guard !starts.isEmpty else { return }
            let first = line(0)
            var shared = first.count
            for number in 1..<starts.count {
                let other = line(number)
                var index = 0
                let limit = min(shared, other.count)
                while index < limit, first[index] == other[index] { index += 1 }
                shared = index
            }
            struct Key {
                var high: UInt64
                var low: UInt64
                var number: Int
            }
            var keys: [Key] = []
            keys.reserveCapacity(starts.count)
            for number in starts.indices {
                let text = line(number)
                var window = (UInt64(0), UInt64(0))
                if text.count >= shared + 16 {
                    window.0 = UInt64(bigEndian: text.loadUnaligned(fromByteOffset: shared, as: UInt64.self))
                    window.1 = UInt64(bigEndian: text.loadUnaligned(fromByteOffset: shared + 8, as: UInt64.self))
                } else {
                    for index in shared..<text.count {
                        let shift = UInt64(8 * (7 - (index - shared) % 8))
                        if index - shared < 8 {
                            window.0 |= UInt64(text[index]) << shift
                        } else {
                            window.1 |= UInt64(text[index]) << shift
                        }
                    }
                }
                keys.append(Key(high: window.0, low: window.1, number: number))
            }
            keys.sort { a, b in
                if a.high != b.high { return a.high < b.high }
                if a.low != b.low { return a.low < b.low }
                return bytesPrecede(line(a.number), line(b.number))
            }
            for key in keys {
                out.bytes.append(contentsOf: line(key.number))
                if out.hasher != nil, out.bytes.count >= Self.flushSize { out.flush() }
            }
        }
    }
}

public enum Hex {
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(2 * bytes.underestimatedCount)
        for byte in bytes {
            out.append(digit(byte >> 4))
            out.append(digit(byte & 0x0F))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A SHA-256 digest's 32 bytes read in place (a digest handed to the `Sequence` version is
    /// copied out byte by byte); the same text. A roster's snapshot hashes every conflict reason.
    static func encode(_ digest: SHA256.Digest) -> String {
        digest.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: 2 * bytes.count) { out in
                for (index, byte) in bytes.enumerated() {
                    out[2 * index] = digit(byte >> 4)
                    out[2 * index + 1] = digit(byte & 0x0F)
                }
                return 2 * bytes.count
            }
        }
    }

    /// Appends the digest's hex digits to `bytes`: the bytes of `encode(digest)`.
    static func append(_ digest: SHA256.Digest, to bytes: inout [UInt8]) {
        digest.withUnsafeBytes { raw in
            for byte in raw {
                bytes.append(digit(byte >> 4))
                bytes.append(digit(byte & 0x0F))
            }
        }
    }

    /// The lowercase hex digit of a value below 16.
    private static func digit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Decodes lowercase or uppercase hex; `nil` for odd length or a non-hex character.
    public static func decode(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count / 2)
        var index = 0
        while index < chars.count {
            guard let high = value(chars[index]), let low = value(chars[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }
}

/// SHA-256 of bytes, in lowercase hex.
public func sha256Hex(_ bytes: [UInt8]) -> String {
    Hex.encode(SHA256.hash(data: bytes))
}
