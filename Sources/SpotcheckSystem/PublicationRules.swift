import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The rules a publication copy is read by, the same as tools/verify_publication.py's
/// (`json_fault`, `instant`, and Python's surrogateescape for names): a manifest is strict JSON, a
/// time is RFC 3339, and a file name that is not UTF-8 is shown with each stray byte as `\xNN`.
extension PublicationManifest {
    /// Why the bytes of a manifest are not strict JSON, read as the Python verifier reads them.
    public enum JSONFault: Error, Equatable, Sendable {
        /// Not JSON at all.
        case malformed
        /// Not UTF-8 text (UTF-16, for one).
        case notUTF8
        /// Objects and lists nested deeper than `maximumDepth`.
        case tooDeep
        case byteOrderMark
        /// The first key an object holds twice (objects checked as they close, inner ones first).
        case duplicateKey(String)
        /// A number with a fraction or an exponent (every number of a manifest is a whole one).
        case fraction
        /// A string holding half of a surrogate pair (`\ud800` alone).
        case loneSurrogate
        /// A whole number beyond a 64-bit integer's range (read as a draw record only).
        case outOfRange
        /// A string holding U+0000, which C readers take for its end (read as a draw record only).
        case nullCharacter
    }

    /// How deep objects and lists may nest in a manifest (it needs three).
    public static let maximumDepth = 100

    /// The first fault of `bytes` as strict JSON (RFC 8259 with no duplicate key, no lone surrogate,
    /// only whole numbers, no byte order mark), or nil when there is none.
    /// - Parameter record: also refuse what a draw record never holds (tools/verify_draw.py's
    ///   `strict_record`): a whole number beyond −2^63…2^63 − 1, a string holding U+0000.
    public static func jsonFault(_ bytes: [UInt8], record: Bool = false) -> JSONFault? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .byteOrderMark }
        guard String(validating: bytes, as: UTF8.self) != nil else { return .notUTF8 }
        var reader = StrictJSON(bytes: bytes, record: record)
        do {
            reader.skipSpace()
            try reader.value(depth: 1)
            reader.skipSpace()
            guard reader.index == bytes.count else { return .malformed }
        } catch {
            return error
        }
        return reader.surrogate ? .loneSurrogate : reader.nullCharacter ? .nullCharacter : nil
    }

    /// An RFC 3339 date-time as seconds since 1970 and nanoseconds (digits past the ninth are
    /// dropped): `YYYY-MM-DDTHH:MM:SS[.digits](Z|+HH:MM|-HH:MM)`, capital T and Z, year 0001 to
    /// 9999, a real day of the month, no leap second. With `dayAlone`, `YYYY-MM-DD` also reads as
    /// 00:00 of that day at UTC+08:00 (China Standard Time).
    public static func instant(_ text: String, dayAlone: Bool = false) -> (seconds: Int64, nanoseconds: Int)? {
        let b = Array(text.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for byte in b[from..<(from + count)] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard b.count >= 10, let year = digits(0, 4), b[4] == 0x2D, let month = digits(5, 2), b[7] == 0x2D,
            let day = digits(8, 2), year >= 1, (1...12).contains(month)
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        // Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let days = Int64(era * 146097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719468)
        if b.count == 10 { return dayAlone ? (days * 86400 - 8 * 3600, 0) : nil }
        guard b.count >= 20, b[10] == 0x54, let hour = digits(11, 2), b[13] == 0x3A, let minute = digits(14, 2),
            b[16] == 0x3A, let second = digits(17, 2), hour <= 23, minute <= 59, second <= 59
        else { return nil }
        var index = 19
        var nanoseconds = 0
        if b[index] == 0x2E {
            index += 1
            var count = 0
            while index < b.count, (0x30...0x39).contains(b[index]) {
                if count < 9 { nanoseconds = nanoseconds * 10 + Int(b[index] - 0x30) }
                count += 1
                index += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<max(count, 9) { nanoseconds *= 10 }
        }
        var offset = 0
        if index == b.count - 1, b[index] == 0x5A {
            offset = 0
        } else if index == b.count - 6, b[index] == 0x2B || b[index] == 0x2D, let hours = digits(index + 1, 2),
            b[index + 3] == 0x3A, let minutes = digits(index + 4, 2), hours <= 23, minutes <= 59
        {
            offset = (hours * 3600 + minutes * 60) * (b[index] == 0x2D ? -1 : 1)
        } else {
            return nil
        }
        return (days * 86400 + Int64(hour * 3600 + minute * 60 + second - offset), nanoseconds)
    }

    /// Where a byte of a file name that is not UTF-8 goes in its text: U+0000 (which no file name
    /// holds) and then U+10FF00 plus the byte (0x80 to 0xFF), which the report prints as `\xNN` (as
    /// tools/verify_publication.py prints the bytes Python's surrogateescape keeps). A name that
    /// holds U+10FF80 to U+10FFFF itself is printed `\U0010ffNN`, as Python prints it.
    public static let strayByteBase: UInt32 = 0x10_FF00

    /// A file name's bytes as text: UTF-8 where they are, each other byte as U+0000 and a scalar at
    /// `strayByteBase` plus the byte.
    public static func nameText(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var text = ""
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length =
                switch lead {
                case 0x00...0x7F: 1
                case 0xC2...0xDF: 2
                case 0xE0...0xEF: 3
                case 0xF0...0xF4: 4
                default: 0
                }
            if length > 0, index + length <= bytes.count,
                let part = String(validating: bytes[index..<(index + length)], as: UTF8.self)
            {
                text += part
                index += length
            } else {
                text.unicodeScalars.append("\u{0}")
                text.unicodeScalars.append(Unicode.Scalar(strayByteBase + UInt32(lead))!)
                index += 1
            }
        }
        return text
    }
}

/// A recursive-descent reader of strict JSON: only whether the bytes are, and the first fault.
private struct StrictJSON {
    let bytes: [UInt8]
    var index = 0
    /// A lone surrogate was seen (told only when nothing else is wrong, as the Python verifier
    /// finds it after parsing).
    var surrogate = false
    /// Read as a draw record: numbers within 64 bits, and U+0000 noted (told after a lone surrogate).
    let record: Bool
    var nullCharacter = false

    init(bytes: [UInt8], record: Bool) {
        self.bytes = bytes
        self.record = record
    }

    typealias Fault = PublicationManifest.JSONFault

    mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func literal(_ word: String) throws(Fault) {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            throw .malformed
        }
        index += expected.count
    }

    mutating func value(depth: Int) throws(Fault) {
        guard depth <= PublicationManifest.maximumDepth else { throw .tooDeep }
        guard let byte = peek() else { throw .malformed }
        switch byte {
        case 0x7B: try object(depth: depth)
        case 0x5B:
            guard try !opens(closedBy: 0x5D) else { return }
            repeat { try value(depth: depth + 1) } while try !follows(closedBy: 0x5D)
        case 0x22: _ = try string()
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        default: try number()
        }
    }

    /// Past an opening bracket and the space after it: true when `close` follows at once (empty).
    mutating func opens(closedBy close: UInt8) throws(Fault) -> Bool {
        index += 1
        skipSpace()
        guard peek() == close else { return false }
        index += 1
        return true
    }

    /// After a member: true past `close`, false past a comma (and the space after it).
    mutating func follows(closedBy close: UInt8) throws(Fault) -> Bool {
        skipSpace()
        guard let next = peek() else { throw .malformed }
        index += 1
        if next == close { return true }
        guard next == 0x2C else { throw .malformed }
        skipSpace()
        return false
    }

    mutating func object(depth: Int) throws(Fault) {
        var keys: [[UInt8]] = []
        var names: [String] = []
        guard try !opens(closedBy: 0x7D) else { return }
        repeat {
            guard peek() == 0x22 else { throw .malformed }
            let (key, name) = try string()
            keys.append(key)
            names.append(name)
            skipSpace()
            guard peek() == 0x3A else { throw .malformed }
            index += 1
            skipSpace()
            try value(depth: depth + 1)
        } while try !follows(closedBy: 0x7D)
        var seen = Set<[UInt8]>()
        for (key, name) in zip(keys, names) where !seen.insert(key).inserted { throw .duplicateKey(name) }
    }

    /// A string: its code points (as UTF-8, a lone surrogate as its three bytes) and its text.
    mutating func string() throws(Fault) -> ([UInt8], String) {
        index += 1
        var points: [UInt32] = []
        while true {
            guard let byte = peek() else { throw .malformed }
            if byte == 0x22 {
                index += 1
                break
            }
            guard byte >= 0x20 else { throw .malformed }
            if byte != 0x5C {
                // Bytes are valid UTF-8 (checked first): one whole scalar.
                let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                let scalar = String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars.first!
                points.append(scalar.value)
                index += length
                continue
            }
            index += 1
            guard let escape = peek() else { throw .malformed }
            index += 1
            // \" \\ \/ \b \f \n \r \t, or \u and four hex digits.
            let simple: [UInt8: UInt32] = [
                0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 8, 0x66: 12, 0x6E: 10, 0x72: 13, 0x74: 9,
            ]
            switch escape {
            case _ where simple[escape] != nil: points.append(simple[escape]!)
            case 0x75:
                let unit = try hex4()
                if (0xD800...0xDBFF).contains(unit), peek() == 0x5C, index + 1 < bytes.count, bytes[index + 1] == 0x75 {
                    let saved = index
                    index += 2
                    let low = try hex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        points.append(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        continue
                    }
                    index = saved
                }
                points.append(unit)
            default: throw .malformed
            }
        }
        var text = ""
        var key: [UInt8] = []
        for point in points {
            if point == 0, record { nullCharacter = true }
            if let scalar = Unicode.Scalar(point) {
                text.unicodeScalars.append(scalar)
                key += Array(String(scalar).utf8)
            } else {
                surrogate = true
                text += "\\u" + String(point, radix: 16)
                key += [0xED, UInt8(0x80 | (point >> 6) & 0x3F), UInt8(0x80 | point & 0x3F)]
            }
        }
        return (key, text)
    }

    mutating func hex4() throws(Fault) -> UInt32 {
        guard index + 4 <= bytes.count else { throw .malformed }
        var value: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            default: throw .malformed
            }
            value = value << 4 | digit
        }
        index += 4
        return value
    }

    mutating func number() throws(Fault) {
        let isDigit: (UInt8?) -> Bool = { $0.map { (0x30...0x39).contains($0) } ?? false }
        let start = index
        if peek() == 0x2D { index += 1 }
        guard isDigit(peek()) else { throw .malformed }
        if peek() == 0x30 {
            index += 1
        } else {
            while isDigit(peek()) { index += 1 }
        }
        var fraction = false
        if peek() == 0x2E {
            index += 1
            guard isDigit(peek()) else { throw .malformed }
            while isDigit(peek()) { index += 1 }
            fraction = true
        }
        if peek() == 0x65 || peek() == 0x45 {
            index += 1
            if peek() == 0x2B || peek() == 0x2D { index += 1 }
            guard isDigit(peek()) else { throw .malformed }
            while isDigit(peek()) { index += 1 }
            fraction = true
        }
        if fraction { throw .fraction }
        if record, Int64(String(decoding: bytes[start..<index], as: UTF8.self)) == nil { throw .outOfRange }
    }
}

/// Ed25519 keys and signatures refused for their form before any signature is checked, as
/// tools/verify_publication.py's `point_fault` and `signature_fault` refuse them. Swift Crypto
/// takes a non-canonical encoding of a point (y of 2^255 - 19 or more) for the point itself, so
/// that, for one, the identity written as y = p + 1 with R = identity and S = 0 "signs" every
/// manifest; a key of small order lets anyone make a signature that holds for many manifests.
extension PublicationManifest {
    public enum PointFault: Sendable, Equatable {
        /// y (the low 255 bits) is p = 2^255 - 19 or more.
        case nonCanonical
        /// One of the eight points of order 1, 2, 4 or 8, with either sign bit.
        case smallOrder
    }

    /// The y of every point of small order, little-endian: 0 (order 4), 1 (the identity), p - 1
    /// (order 2), and the two of order 8. The eight points are these with either sign of x.
    static let smallOrderY: Set<[UInt8]> = [
        [UInt8](repeating: 0, count: 32), [1] + [UInt8](repeating: 0, count: 31),
        [0xEC] + [UInt8](repeating: 0xFF, count: 30) + [0x7F],
        hexBytes("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")!,
        hexBytes("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a")!,
    ]

    /// The group order L = 2^252 + 27742317777372353535851937790883648493, little-endian.
    static let groupOrder = hexBytes("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")!

    /// Why 32 bytes are refused as an Ed25519 key or as a signature's R; nil when neither (a point
    /// not on the curve is left to the signature check).
    public static func pointFault(_ encoding: [UInt8]) -> PointFault? {
        guard encoding.count == 32 else { return nil }
        var y = encoding
        y[31] &= 0x7F
        // p = 2^255 - 19 is ED FF … FF 7F little-endian: y >= p only when bytes 1…31 are all at their top.
        if y[31] == 0x7F, y[1...30].allSatisfy({ $0 == 0xFF }), y[0] >= 0xED { return .nonCanonical }
        return smallOrderY.contains(y) ? .smallOrder : nil
    }

    /// The words refusing a key named by `field` (`manifest.json publicKey` or `--key`).
    public static func keyRefusal(_ field: String, _ fault: PointFault) -> String {
        guard fault == .smallOrder else {
            return "\(field): refused as an Ed25519 public key: a non-canonical encoding (y is 2^255 - 19 or more), "
                + "which verifiers read differently; no key made by Spotcheck is written so"
        }
        return "\(field): refused as an Ed25519 public key: a point of small order (1, 2, 4 or 8), under which a "
            + "signature holds for many manifests without any private key"
    }

    /// The words refusing a 64-byte signature for its form (R non-canonical or of small order, S
    /// not below L); nil when its form is sound.
    public static func signatureFault(_ signature: [UInt8]) -> String? {
        guard signature.count == 64 else { return nil }
        switch pointFault(Array(signature[0..<32])) {
        case .nonCanonical?:
            return "\(signatureName): not a valid signature: its R is a non-canonical encoding "
                + "(y is 2^255 - 19 or more), which verifiers read differently"
        case .smallOrder?:
            return "\(signatureName): not a valid signature: its R is a point of small order (1, 2, 4 or 8)"
        case nil: break
        }
        // S < L, compared from the most significant byte down.
        let s = Array(signature[32...].reversed())
        guard !s.lexicographicallyPrecedes(groupOrder.reversed()) else { return nil }
        return "\(signatureName): not a valid signature: its S is not below the group order L "
            + "(S + L is a second form of one signature)"
    }
}

/// How a file of a copy is read, as tools/verify_publication.py's `read_regular` reads it.
extension PublicationManifest {
    /// The most bytes any file of a copy may hold (manifest.json, manifest.sig, each listed file):
    /// 256 MiB. A larger one cannot be read.
    public static let maximumFileSize = 256 << 20

    /// The bytes of a regular file of at most `maximumFileSize` bytes; nil when it is missing, a
    /// link, a FIFO, a device or other, larger, or unreadable. Examined with lstat first (nothing
    /// but a regular file is opened), then opened without following a link and without waiting,
    /// and examined again (a FIFO put in its place between the two is never read).
    public static func readRegular(_ path: String) -> [UInt8]? {
        var before = stat()
        guard lstat(path, &before) == 0, before.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) else { return nil }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG),
            status.st_ino == before.st_ino, status.st_dev == before.st_dev
        else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(max(status.st_size, 0)), maximumFileSize) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
            if bytes.count > maximumFileSize { return nil }
        }
    }
}
