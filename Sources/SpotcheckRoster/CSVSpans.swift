/// The records of a CSV file as byte ranges, by the grammar of `CSV`, for files without a
/// problem: no `String` is made for a field, and a record's fields are read in place.
///
/// `next()` reads the next record that is not blank and returns false at the end of the input,
/// or at the first thing `CSV.parse` would report (then `failed` is set and the caller reads the
/// file the reference way, which locates the problem). UTF-8 is not checked here: the caller
/// checks the whole file at once (`UTF8Check`), which is the same as checking every field, since
/// the bytes between fields are ASCII.
struct CSVSpans {
    /// One field: a range of the file, or of `unescaped` when it was quoted and held doubled
    /// quotes; trimmed of SP, TAB, CR and LF at both ends.
    struct Span {
        var start: Int
        var end: Int
        var unescaped: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// The fields of the current record.
    private(set) var fields: [Span] = []
    /// The line the current record starts on.
    private(set) var line = 1
    private(set) var failed = false
    /// The values of the current record's quoted fields that held doubled quotes, undone.
    private var unescaped = ScratchBytes()
    private var index = 0
    private var nextLine = 1
    private var records = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    /// The bytes of field `number` of the current record. Valid until the next call to `next()`.
    func field(_ number: Int) -> UnsafeBufferPointer<UInt8> {
        let span = fields[number]
        if span.unescaped {
            return UnsafeBufferPointer(start: unescaped.base + span.start, count: span.end - span.start)
        }
        return UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// Reads the next record that is not blank into `fields`.
    mutating func next() -> Bool {
        let count = bytes.count
        let quote = Self.quote, comma = Self.comma, lf = Self.lf, cr = Self.cr, space = Self.space, tab = Self.tab
        while index < count {
            fields.removeAll(keepingCapacity: true)
            unescaped.removeAll()
            line = nextLine
            var anyQuoted = false
            while true {
                // Start of a field: leading spaces and tabs, then a quote or unquoted text.
                var probe = index
                while probe < count, bytes[probe] == space || bytes[probe] == tab { probe += 1 }
                var span: Span
                if probe < count, bytes[probe] == quote {
                    anyQuoted = true
                    index = probe + 1
                    let start = index
                    var end = -1
                    var doubled = false
                    while index < count {
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < count, bytes[index + 1] == quote {
                                doubled = true
                                index += 2
                                continue
                            }
                            end = index
                            index += 1
                            break
                        }
                        if byte == lf { nextLine += 1 }
                        index += 1
                    }
                    guard end >= 0 else { return fail() }
                    if doubled {
                        let from = unescaped.count
                        var at = start
                        while at < end {
                            unescaped.append(bytes[at])
                            at += bytes[at] == quote ? 2 : 1
                        }
                        span = Span(start: from, end: unescaped.count, unescaped: true)
                    } else {
                        span = Span(start: start, end: end, unescaped: false)
                    }
                    // Only spaces and tabs may follow the closing quote.
                    while index < count, bytes[index] != comma {
                        let byte = bytes[index]
                        if byte == lf || (byte == cr && index + 1 < count && bytes[index + 1] == lf) { break }
                        guard byte == space || byte == tab else { return fail() }
                        index += 1
                    }
                } else {
                    let start = index
                    while index < count {
                        let byte = bytes[index]
                        if byte == comma || byte == lf || (byte == cr && index + 1 < count && bytes[index + 1] == lf) {
                            break
                        }
                        if byte == quote { return fail() }
                        index += 1
                    }
                    span = Span(start: start, end: index, unescaped: false)
                }
                if span.unescaped {
                    let base = unescaped.base
                    while span.start < span.end, Self.isSpace(base[span.start]) { span.start += 1 }
                    while span.end > span.start, Self.isSpace(base[span.end - 1]) { span.end -= 1 }
                } else {
                    while span.start < span.end, Self.isSpace(bytes[span.start]) { span.start += 1 }
                    while span.end > span.start, Self.isSpace(bytes[span.end - 1]) { span.end -= 1 }
                }
                guard fields.count < CSV.maxFields else { return fail() }
                fields.append(span)
                // End of the field: a comma, an end of line, or the end of the file.
                if index < count, bytes[index] == comma {
                    index += 1
                    if index < count { continue }
                    // A comma at the very end: one more, empty field.
                    guard fields.count < CSV.maxFields else { return fail() }
                    fields.append(Span(start: index, end: index, unescaped: false))
                    break
                }
                if index < count {
                    index += bytes[index] == cr ? 2 : 1
                    nextLine += 1
                }
                break
            }
            if !anyQuoted, fields.count == 1, fields[0].start == fields[0].end { continue }
            guard records < CSV.maxRows else { return fail() }
            records += 1
            return true
        }
        return false
    }

    private mutating func fail() -> Bool {
        failed = true
        return false
    }
}

/// A growable byte buffer whose address stays put between growths, so that fields can point
/// into it without copying.
struct ScratchBytes {
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        deinit { base.deallocate() }
    }

    private let storage = Storage(capacity: 256)
    private(set) var count = 0

    var base: UnsafeMutablePointer<UInt8> { storage.base }

    mutating func removeAll() {
        count = 0
    }

    mutating func append(_ byte: UInt8) {
        if count == storage.capacity {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: storage.capacity * 2)
            larger.update(from: storage.base, count: count)
            storage.base.deallocate()
            storage.base = larger
            storage.capacity *= 2
        }
        storage.base[count] = byte
        count += 1
    }
}

/// Whether bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates,
/// nothing above U+10FFFF), exactly as `String(validating:as:)` decides.
enum UTF8Check {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { break }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                index + offset < count && base[index + offset] >= low && base[index + offset] <= high
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0:
                guard continuation(1, 0xA0), continuation(2) else { return false }
                index += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard continuation(1), continuation(2) else { return false }
                index += 3
            case 0xED:
                guard continuation(1, 0x80, 0x9F), continuation(2) else { return false }
                index += 3
            case 0xF0:
                guard continuation(1, 0x90), continuation(2), continuation(3) else { return false }
                index += 4
            case 0xF1...0xF3:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                index += 4
            case 0xF4:
                guard continuation(1, 0x80, 0x8F), continuation(2), continuation(3) else { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }
}
