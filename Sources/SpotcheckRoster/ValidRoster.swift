import SpotcheckCore

/// The fast way through `RosterParser.parse` for roster files without a problem: fields are read
/// as bytes in place (`CSVSpans`), a `String` is made only for a value the roster keeps, and
/// every department and inspector id is made once and shared by every row that names it.
///
/// It checks everything the reference reading checks, but only to say yes or no: at the first
/// problem it returns nil, and `RosterParser` reads the files again the reference way, which
/// finds and locates every problem. So the errors are the reference's, and on files it accepts
/// both give the same roster (`ValidRosterTests` compares them). Anything whose meaning
/// depends on more than bytes (Unicode case or canonical equivalence in a list, a yes/no or a
/// header) is left to the reference: a non-ASCII byte in such a field returns nil.
enum ValidRoster {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func read(_ files: RosterFiles) -> Roster? {
        var reader = Reader()
        guard reader.departments(files.departments) else { return nil }
        guard reader.inspectors(files.inspectors) else { return nil }
        if let file = files.conflicts { guard reader.conflicts(file) else { return nil } }
        if let file = files.history { guard reader.history(file) else { return nil } }
        return Roster(
            departments: reader.departmentList, inspectors: reader.inspectorList, conflicts: reader.conflictList,
            history: reader.historyList)
    }

    /// A file's records after its header, with the header's columns found; nil when the file
    /// would be refused as a whole (too large, not UTF-8, empty, a bad header).
    static func withRecords(
        _ file: RosterFiles.File, _ columns: (_ header: [String]) -> [String]?, optional: [String] = [],
        _ body: (inout CSVSpans, _ position: [Int?]) -> Bool
    ) -> Bool {
        guard file.bytes.count <= RosterParser.maxFileBytes else { return false }
        return file.bytes.withUnsafeBufferPointer { bytes in
            guard UTF8Check.isValid(bytes) else { return false }
            var records = CSVSpans(bytes)
            guard records.next() else { return false }
            var header: [String] = []
            for number in records.fields.indices {
                let name = records.field(number)
                guard isASCII(name) else { return false }
                header.append(String(decoding: name, as: UTF8.self))
            }
            guard let columns = columns(header) else { return false }
            // Every required column once, optional ones at most once, nothing else.
            var position: [Int?] = Array(repeating: nil, count: columns.count + optional.count)
            for (number, name) in header.enumerated() {
                guard let known = (columns + optional).firstIndex(of: name), position[known] == nil else {
                    return false
                }
                position[known] = number
            }
            guard position.prefix(columns.count).allSatisfy({ $0 != nil }) else { return false }
            let width = header.count
            while records.next() {
                guard records.fields.count == width, body(&records, position) else { return false }
            }
            return !records.failed
        }
    }

    struct Reader {
        var departmentList: [Department] = []
        var inspectorList: [Inspector] = []
        var conflictList: [Conflict] = []
        var historyList: [PastAssignment] = []
        var departmentIDs = ByteStrings()
        var inspectorIDs = ByteStrings()
        /// Skills and pools: a few names, repeated on many rows.
        var names = ByteStrings()
        var requiredSkills = Set<String>()

        mutating func departments(_ file: RosterFiles.File) -> Bool {
            // Columns in `RosterParser.departmentColumns` order, then the optional ones.
            withRecords(file, { _ in RosterParser.departmentColumns }, optional: RosterParser.optionalDepartmentColumns)
            {
                records, position in
                func field(_ column: Int) -> Bytes { records.field(position[column]!) }
                let idBytes = field(0)
                guard isIdentifier(idBytes) else { return false }
                let id = String(decoding: idBytes, as: UTF8.self)
                guard departmentIDs.insert(idBytes, id) else { return false }
                guard let name = text(field(1), required: true) else { return false }
                var weight: Int?
                guard integer(field(2), range: 0...1_000_000, into: &weight) else { return false }
                var powers: [Power] = []
                guard
                    items(
                        field(3),
                        { item in
                            guard let power = Power(rawValue: String(decoding: item, as: UTF8.self)) else {
                                return false
                            }
                            if !powers.contains(power) { powers.append(power) }
                            return true
                        })
                else { return false }
                guard let skills = identifiers(field(4)) else { return false }
                for skill in skills { requiredSkills.insert(skill) }
                guard requiredSkills.count <= RosterParser.maxRequiredSkills else { return false }
                guard let pools = identifiers(field(5)) else { return false }
                var contacts: [String] = []
                var seen: Set<String>?
                if let column = position[6] {
                    guard
                        items(
                            records.field(column),
                            { item in
                                guard isLogin(item) else { return false }
                                let login = String(decoding: item, as: UTF8.self)
                                if seen == nil, contacts.count >= 16 { seen = Set(contacts) }
                                if seen?.insert(login).inserted ?? !contacts.contains(login) { contacts.append(login) }
                                return true
                            })
                    else { return false }
                }
                var address = ""
                if let column = position[7] {
                    guard let value = text(records.field(column), required: false) else { return false }
                    address = value
                }
                var active = true
                if let column = position[8] {
                    guard let value = activeFlag(records.field(column)) else { return false }
                    active = value
                }
                departmentList.append(
                    Department(
                        id: id, name: name, weight: weight, powers: powers.sorted(), requiredSkills: skills,
                        pools: pools, contacts: contacts, active: active, address: address))
                return true
            }
        }

        mutating func inspectors(_ file: RosterFiles.File) -> Bool {
            withRecords(file, { _ in RosterParser.inspectorColumns }, optional: RosterParser.optionalInspectorColumns) {
                records, position in
                func field(_ column: Int) -> Bytes { records.field(position[column]!) }
                let idBytes = field(0)
                guard isIdentifier(idBytes) else { return false }
                let id = String(decoding: idBytes, as: UTF8.self)
                guard inspectorIDs.insert(idBytes, id) else { return false }
                guard let name = text(field(1), required: true) else { return false }
                let loginBytes = field(2)
                guard isLogin(loginBytes) else { return false }
                let login = String(decoding: loginBytes, as: UTF8.self)
                guard let home = departmentIDs[field(3)] else { return false }
                var former: [FormerPost] = []
                guard
                    items(
                        field(4),
                        { item in
                            // DEPARTMENT@YYYY-MM-DD, the department known.
                            guard let at = item.firstIndex(of: UInt8(ascii: "@")), item.count - at == 11,
                                let department = departmentIDs[Bytes(rebasing: item[..<at])],
                                let day = day(Bytes(rebasing: item[(at + 1)...]))
                            else { return false }
                            former.append(FormerPost(department: department, left: day))
                            return true
                        })
                else { return false }
                guard let skills = identifiers(field(5)) else { return false }
                guard let canLead = yesNo(field(6)) else { return false }
                var unavailable: [DayRange] = []
                guard
                    items(
                        field(7),
                        { item in
                            if item.count == 10 {
                                guard let day = day(item) else { return false }
                                unavailable.append(DayRange(day: day))
                            } else {
                                // YYYY-MM-DD..YYYY-MM-DD, at most ten years.
                                guard item.count == 22, item[10] == UInt8(ascii: "."), item[11] == UInt8(ascii: "."),
                                    let lower = day(Bytes(rebasing: item[..<10])),
                                    let upper = day(Bytes(rebasing: item[12...])),
                                    let range = DayRange(lower, upper), range.count <= RosterParser.maxRangeDays
                                else { return false }
                                unavailable.append(range)
                            }
                            return true
                        })
                else { return false }
                var cap: Int?
                guard integer(field(8), range: 1...100, into: &cap) else { return false }
                var active = true
                if let column = position[9] {
                    guard let value = activeFlag(records.field(column)) else { return false }
                    active = value
                }
                inspectorList.append(
                    Inspector(
                        id: id, name: name, login: login, home: home, former: former, skills: skills,
                        canLead: canLead, unavailable: DaySet(ranges: unavailable), dailyCap: cap ?? 1,
                        active: active))
                return true
            }
        }

        mutating func conflicts(_ file: RosterFiles.File) -> Bool {
            // A published roster carries the reason's SHA-256 instead of the reason.
            var hashed = false
            return withRecords(file) { header in
                hashed = header.contains("reason_sha256")
                return hashed ? RosterParser.publishedConflictColumns : RosterParser.conflictColumns
            } _: { records, position in
                func field(_ column: Int) -> Bytes { records.field(position[column]!) }
                guard let inspector = inspectorIDs[field(0)], let department = departmentIDs[field(1)] else {
                    return false
                }
                var reason = ""
                var reasonSHA256: String?
                if hashed {
                    let hash = field(2)
                    guard hash.count == 64, hash.allSatisfy(isHexDigit) else { return false }
                    reasonSHA256 = String(decoding: hash.map(asciiLowercase), as: UTF8.self)
                } else {
                    guard let text = text(field(2), required: true) else { return false }
                    reason = text
                }
                let untilBytes = field(3)
                var until: Day?
                if !untilBytes.isEmpty {
                    guard let day = day(untilBytes) else { return false }
                    until = day
                }
                conflictList.append(
                    Conflict(
                        inspector: inspector, department: department, reason: reason, until: until,
                        reasonSHA256: reasonSHA256))
                return true
            }
        }

        mutating func history(_ file: RosterFiles.File) -> Bool {
            withRecords(file, { _ in RosterParser.historyColumns }) { records, position in
                func field(_ column: Int) -> Bytes { records.field(position[column]!) }
                guard let date = day(field(0)), let inspector = inspectorIDs[field(1)],
                    let department = departmentIDs[field(2)]
                else { return false }
                historyList.append(PastAssignment(date: date, inspector: inspector, department: department))
                return true
            }
        }

        /// Identifiers of a `;`-separated field in first-seen order, each once.
        mutating func identifiers(_ field: Bytes) -> [String]? {
            var result: [String] = []
            // A short list is searched; a long one (up to `maxListItems`) keeps a set.
            var seen: Set<String>?
            let ok = items(field) { item in
                guard isIdentifier(item) else { return false }
                let name = names.intern(item)
                if seen == nil, result.count >= 16 { seen = Set(result) }
                if seen?.insert(name).inserted ?? !result.contains(name) { result.append(name) }
                return true
            }
            return ok ? result : nil
        }
    }

    // MARK: Fields, as `Row` in RosterParser.swift reads them.

    static func isASCII(_ bytes: Bytes) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// A Unix login name, as `RosterParser.isLogin` reads it.
    static func isLogin(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, bytes.count <= 32 else { return false }
        guard (first >= 0x61 && first <= 0x7A) || first == UInt8(ascii: "_") else { return false }
        return bytes.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_")
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    static func isIdentifier(_ bytes: Bytes) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 64 else { return false }
        return bytes.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }

    /// The text of a name, login, reason or address; nil when empty but required, or when it holds
    /// a character `Row.isRefusedInText` refuses.
    static func text(_ bytes: Bytes, required: Bool) -> String? {
        if required, bytes.isEmpty { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 { return nil }
            } else if byte == 0x7F {
                return nil
            } else if byte == 0xC2 {
                // U+0080…U+009F.
                if index + 1 < count, bytes[index + 1] <= 0x9F { return nil }
            } else if byte == 0xE2, index + 2 < count {
                // U+2028…U+202E (E2 80 A8…AE) and U+2066…U+2069 (E2 81 A6…A9).
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80, third >= 0xA8, third <= 0xAE { return nil }
                if second == 0x81, third >= 0xA6, third <= 0xA9 { return nil }
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The non-empty `;`-separated items of a field, trimmed, at most `RosterParser.maxListItems`;
    /// false when `body` refuses one. Only ASCII: a list holds identifiers, logins, dates and
    /// power names, and a non-ASCII character next to a `;` could join it into one character.
    static func items(_ bytes: Bytes, _ body: (Bytes) -> Bool) -> Bool {
        guard isASCII(bytes) else { return false }
        var count = 0
        var start = 0
        let end = bytes.count
        while start <= end {
            var stop = start
            while stop < end, bytes[stop] != UInt8(ascii: ";") { stop += 1 }
            var low = start
            var high = stop
            while low < high, isSpace(bytes[low]) { low += 1 }
            while high > low, isSpace(bytes[high - 1]) { high -= 1 }
            if low < high {
                guard count < RosterParser.maxListItems, body(Bytes(rebasing: bytes[low..<high])) else { return false }
                count += 1
            }
            start = stop + 1
        }
        return true
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// An optional whole number in `range`: empty, or at most nine digits; false otherwise.
    static func integer(_ bytes: Bytes, range: ClosedRange<Int>, into value: inout Int?) -> Bool {
        if bytes.isEmpty { return true }
        guard bytes.count <= 9 else { return false }
        var number = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return false }
            number = number * 10 + Int(byte - 0x30)
        }
        guard range.contains(number) else { return false }
        value = number
        return true
    }

    /// `YYYY-MM-DD`, as `Day(iso:)` reads it.
    static func day(_ bytes: Bytes) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// `can_lead`: yes/true/1/y or no/false/0/n/empty, in any case.
    static func yesNo(_ bytes: Bytes) -> Bool? {
        switch word(bytes) {
        case Words.yes, Words.true, Words.one, Words.y: true
        case Words.no, Words.false, Words.zero, Words.n, Words.empty: false
        default: nil
        }
    }

    /// `active`: like `yesNo`, but empty is yes.
    static func activeFlag(_ bytes: Bytes) -> Bool? {
        switch word(bytes) {
        case Words.empty, Words.yes, Words.true, Words.one, Words.y: true
        case Words.no, Words.false, Words.zero, Words.n: false
        default: nil
        }
    }

    /// The words of a yes/no field, as `word` packs them.
    enum Words {
        static let yes = pack("yes"), `true` = pack("true"), one = pack("1"), y = pack("y")
        static let no = pack("no"), `false` = pack("false"), zero = pack("0"), n = pack("n"), empty = pack("")

        static func pack(_ text: String) -> UInt64 {
            Array(text.utf8).withUnsafeBufferPointer { word($0)! }
        }
    }

    /// Up to seven ASCII bytes lowercased and packed with their count into one number, so that a
    /// yes/no field is compared without making a `String`; nil for anything else (longer, or
    /// not ASCII: Unicode case mapping is the reference's to do).
    static func word(_ bytes: Bytes) -> UInt64? {
        guard bytes.count <= 7 else { return nil }
        var word = UInt64(bytes.count) << 56
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            word |= UInt64(asciiLowercase(byte)) << (8 * UInt64(index))
        }
        return word
    }

    static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}

/// Strings found by their UTF-8 bytes without making a `String` to look them up: the ids a
/// roster defines, then finds on every row that names them. Keys are hashed with the standard
/// library's per-process seeded hasher, so crafted ids cannot make lookups slow.
struct ByteStrings {
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private var keys: [UInt8] = []
    /// Where each entry's key ends in `keys` (it starts where the previous one ends).
    private var keyEnds: [Int] = []
    private(set) var strings: [String] = []

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        return hasher.finalize()
    }

    /// The slot holding the key, or the empty slot where it would go.
    private func slot(of key: UnsafeBufferPointer<UInt8>) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        return keys.withUnsafeBufferPointer { stored in
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return (slot, nil) }
                let start = entry == 0 ? 0 : keyEnds[entry - 1]
                let end = keyEnds[entry]
                if end - start == key.count,
                    key.isEmpty || memcmpEqual(stored.baseAddress! + start, key.baseAddress!, key.count)
                {
                    return (slot, entry)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for index in 0..<count where a[index] != b[index] { return false }
        return true
    }

    subscript(key: UnsafeBufferPointer<UInt8>) -> String? {
        slot(of: key).entry.map { strings[$0] }
    }

    /// Adds the key with its string; false when it is already there.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ string: String) -> Bool {
        let (slot, entry) = slot(of: key)
        guard entry == nil else { return false }
        add(key, string, at: slot)
        return true
    }

    /// The string of the key, made the first time it is seen.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> String {
        let (slot, entry) = slot(of: key)
        if let entry { return strings[entry] }
        let string = String(decoding: key, as: UTF8.self)
        add(key, string, at: slot)
        return string
    }

    private mutating func add(_ key: UnsafeBufferPointer<UInt8>, _ string: String, at slot: Int) {
        slots[slot] = Int32(strings.count)
        keys.append(contentsOf: key)
        keyEnds.append(keys.count)
        strings.append(string)
        if strings.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        keys.withUnsafeBufferPointer { stored in
            for entry in strings.indices {
                let start = entry == 0 ? 0 : keyEnds[entry - 1]
                var slot = Self.hash(UnsafeBufferPointer(rebasing: stored[start..<keyEnds[entry]])) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(entry)
            }
        }
    }
}
