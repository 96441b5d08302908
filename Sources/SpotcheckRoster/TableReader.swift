/// Reads typed keys from a TOML table, collecting an error for every wrong type, out-of-range
/// value and unknown key, each with its file and line.
public struct TableReader {
    public let table: TOMLTable
    public let file: String
    /// The table's name as the user writes it, for messages: `[policy]`.
    public let name: String
    private var used = Set<String>()
    public private(set) var errors: [InputError] = []

    public init(_ table: TOMLTable, file: String, name: String) {
        self.table = table
        self.file = file
        self.name = name
    }

    private mutating func entry(_ key: String) -> TOMLTable.Entry? {
        used.insert(key)
        return table.entries[key]
    }

    public mutating func fail(_ key: String, _ message: String) {
        let line = table.entries[key]?.line ?? table.line
        errors.append(InputError(file: file, line: max(line, 1), field: qualified(key), message: message))
    }

    func qualified(_ key: String) -> String {
        name.isEmpty ? key : "\(name).\(key)"
    }

    public mutating func integer(_ key: String, default value: Int, range: ClosedRange<Int>) -> Int {
        guard let entry = entry(key) else { return value }
        guard case .integer(let number) = entry.value else {
            fail(key, "must be an integer, not \(entry.value.typeName)")
            return value
        }
        guard range.contains(number) else {
            fail(key, "must be from \(range.lowerBound) to \(range.upperBound) (is \(number))")
            return value
        }
        return number
    }

    public mutating func boolean(_ key: String, default value: Bool) -> Bool {
        guard let entry = entry(key) else { return value }
        guard case .boolean(let flag) = entry.value else {
            fail(key, "must be true or false, not \(entry.value.typeName)")
            return value
        }
        return flag
    }

    public mutating func string(_ key: String) -> String? {
        guard let entry = entry(key) else { return nil }
        guard case .string(let text) = entry.value else {
            fail(key, "must be a string, not \(entry.value.typeName)")
            return nil
        }
        return text
    }

    public mutating func table(_ key: String) -> TOMLTable? {
        guard let entry = entry(key) else { return nil }
        guard case .table(let table) = entry.value else {
            fail(key, "must be a table [\(qualified(key))], not \(entry.value.typeName)")
            return nil
        }
        return table
    }

    /// Marks a key as handled by the caller, so that `finish` does not call it unknown.
    public mutating func markUsed(_ key: String) {
        used.insert(key)
    }

    /// Takes the errors of a nested table's reader.
    public mutating func absorb(_ more: [InputError]) {
        errors += more
    }

    /// Reports every key that no accessor asked for, and returns all errors.
    public mutating func finish() -> [InputError] {
        for key in table.keys where !used.contains(key) {
            let line = table.entries[key]?.line ?? table.line
            errors.append(
                InputError(
                    file: file, line: max(line, 1), field: qualified(key),
                    message: "unknown key" + (name.isEmpty ? "" : " in [\(name)]")))
        }
        return errors
    }
}
