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
            out.list(department.powers.map(\.rawValue))
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
            out.list(inspector.unavailable.ranges.map(\.description))
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
            lines.field(conflict.reasonHash)
            lines.field(conflict.until?.description ?? "")
            lines.end()
        }
        lines.appendSortedLines(starts, to: &out)
        lines.bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        for entry in history {
            starts.append(lines.bytes.count)
            lines.field("assignment")
            lines.field(entry.date.description)
            lines.field(entry.inspector)
            lines.field(entry.department)
            lines.end()
        }
        lines.appendSortedLines(starts, to: &out)
        return out.bytes
    }

    /// SHA-256 of `canonicalText`, in lowercase hex: the roster's own identity (roster versions).
    public var snapshotHash: String {
        Hex.encode(SHA256.hash(data: canonicalBytes))
    }

    /// The snapshot hash a draw with this seed commits to: SHA-256 of the canonical text salted
    /// with `seed.snapshotSalt`, in lowercase hex.
    public func snapshotHash(seed: Seed) -> String {
        Hex.encode(SHA256.hash(data: canonicalBytes(salt: seed.snapshotSalt)))
    }
}

/// Writes tab-separated, newline-terminated lines, escaping `\\`, tab, CR and LF in fields.
struct CanonicalWriter {
    var bytes: [UInt8] = []
    var atLineStart = true

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
        for byte in text.utf8 {
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
    }

    /// Appends to `out` the lines of `bytes` that begin at `starts` (each ends where the next
    /// begins, the last at the end), sorted by their bytes (`bytesPrecede`): the order they would
    /// have as arrays of their own.
    func appendSortedLines(_ starts: [Int], to out: inout CanonicalWriter) {
        bytes.withUnsafeBytes { buffer in
            func line(_ number: Int) -> UnsafeRawBufferPointer {
                let end = number + 1 < starts.count ? starts[number + 1] : buffer.count
                return UnsafeRawBufferPointer(rebasing: buffer[starts[number]..<end])
            }
            var order = Array(starts.indices)
            order.sort { bytesPrecede(line($0), line($1)) }
            for number in order { out.bytes.append(contentsOf: line(number)) }
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
