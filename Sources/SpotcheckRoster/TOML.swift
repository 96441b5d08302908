/// A TOML document reduced to what Spotcheck's files use: tables, arrays of tables, and keys
/// with strings, integers, booleans, dates and arrays of those. Every value remembers its line,
/// so that errors can say `file:line: what is wrong`. Inline tables and floats are refused with
/// a clear error rather than misread.
///
/// Hostile input is bounded: a document holds at most `TOML.maxBytes` bytes, and keys, headers and
/// arrays nest at most `TOML.maxDepth` levels, so that neither the parser nor the tree it builds
/// can exhaust the stack.
public struct TOMLTable: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var value: TOMLValue
        public var line: Int
    }

    /// The line of the table header (0 for the root).
    public var line: Int
    public var entries: [String: Entry] = [:]
    /// Keys in the order they appear.
    public var keys: [String] = []

    public init(line: Int) {
        self.line = line
    }
}

public indirect enum TOMLValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([TOMLValue])
    case table(TOMLTable)
    case tables([TOMLTable])

    public var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .boolean: "a boolean"
        case .array: "an array"
        case .table: "a table"
        case .tables: "an array of tables"
        }
    }
}

public enum TOML {
    /// The largest document accepted, in bytes (1 MiB).
    public static let maxBytes = 1 << 20
    /// The most levels a dotted key, a table header or nested arrays may have.
    public static let maxDepth = 32

    public static func parse(_ bytes: [UInt8], file: String) throws(InputErrors) -> TOMLTable {
        guard bytes.count <= maxBytes else {
            throw InputErrors([
                InputError(
                    file: file, line: 0,
                    message:
                        "is \(bytes.count) bytes, more than the \(maxBytes >> 20) MiB a configuration file may hold")
            ])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputErrors([InputError(file: file, line: 1, message: "is not valid UTF-8")])
        }
        var parser = Parser(scalars: Array(text.unicodeScalars), file: file)
        do {
            return try parser.document()
        } catch {
            throw InputErrors([error])
        }
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        let file: String
        var index = 0
        var line = 1

        init(scalars: [Unicode.Scalar], file: String) {
            self.scalars = scalars
            self.file = file
        }

        func fail(_ message: String, line: Int? = nil) -> InputError {
            InputError(file: file, line: line ?? self.line, message: message)
        }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func skipBlanks() {
            while let c = current, c == " " || c == "\t" { index += 1 }
        }

        /// Skips blanks and a comment, then expects the end of the line.
        mutating func endOfLine() throws(InputError) {
            skipBlanks()
            if current == "#" { while let c = current, c != "\n" { index += 1 } }
            if current == "\r" { index += 1 }
            guard let c = current else { return }
            guard c == "\n" else {
                throw fail("unexpected \(InputText.quoted(String(c))) after the value; one key = value per line")
            }
            index += 1
            line += 1
        }

        mutating func document() throws(InputError) -> TOMLTable {
            var root = TOMLTable(line: 0)
            var path: [String] = []
            var isArrayTable = false
            var defined = Set<[String]>()
            while current != nil {
                skipBlanks()
                guard let c = current else { break }
                if c == "\n" || c == "#" || c == "\r" {
                    try endOfLine()
                    continue
                }
                if c == "[" {
                    let headerLine = line
                    index += 1
                    isArrayTable = current == "["
                    if isArrayTable { index += 1 }
                    path = try keyPath(until: "]")
                    if isArrayTable {
                        guard current == "]" else { throw fail("an array-of-tables header ends with ']]'") }
                        index += 1
                    }
                    try endOfLine()
                    if isArrayTable {
                        try insertArrayTable(&root, path, headerLine)
                    } else {
                        guard defined.insert(path).inserted else {
                            throw fail("table [\(TOML.shown(path))] is defined twice", line: headerLine)
                        }
                        try insertTable(&root, path, headerLine)
                    }
                    continue
                }
                let keyLine = line
                let key = try keyPath(until: "=")
                skipBlanks()
                let value = try value()
                try endOfLine()
                try assign(&root, path: path, inArray: isArrayTable, key: key, value: value, line: keyLine)
            }
            return root
        }

        /// Reads `a.b."c"` up to (and past) the terminator.
        mutating func keyPath(until terminator: Unicode.Scalar) throws(InputError) -> [String] {
            var parts: [String] = []
            while true {
                skipBlanks()
                if current == "\"" || current == "'" {
                    parts.append(try string())
                } else {
                    var key = ""
                    while let c = current,
                        c.properties.isAlphabetic && c.isASCII || ("0"..."9").contains(c) || c == "_" || c == "-"
                    {
                        key.unicodeScalars.append(c)
                        index += 1
                    }
                    guard !key.isEmpty else {
                        throw fail(
                            current.map { "unexpected \(InputText.quoted(String($0))) where a key should be" }
                                ?? "a key is missing")
                    }
                    parts.append(key)
                }
                skipBlanks()
                if current == "." {
                    guard parts.count < TOML.maxDepth else {
                        throw fail("the key \(TOML.shown(parts))… has more than \(TOML.maxDepth) parts")
                    }
                    index += 1
                    continue
                }
                guard current == terminator else {
                    throw fail(
                        "expected '\(terminator)' after the key \(InputText.quoted(parts.joined(separator: ".")))")
                }
                index += 1
                return parts
            }
        }

        /// Reads a value; `depth` counts the arrays around it.
        mutating func value(depth: Int = 0) throws(InputError) -> TOMLValue {
            guard let c = current else { throw fail("a value is missing after '='") }
            switch c {
            case "\"", "'":
                return .string(try string())
            case "[":
                guard depth < TOML.maxDepth else { throw fail("arrays nest more than \(TOML.maxDepth) levels deep") }
                index += 1
                var items: [TOMLValue] = []
                while true {
                    skipArrayBlanks()
                    if current == "]" {
                        index += 1
                        return .array(items)
                    }
                    items.append(try value(depth: depth + 1))
                    skipArrayBlanks()
                    if current == "," {
                        index += 1
                    } else if current != "]" {
                        throw fail("expected ',' or ']' in the array")
                    }
                }
            case "{":
                throw fail("inline tables are not supported here; use a [table] section")
            default:
                var word = ""
                while let c = current, !" \t\r\n,]#".unicodeScalars.contains(c) {
                    word.unicodeScalars.append(c)
                    index += 1
                }
                if word == "true" { return .boolean(true) }
                if word == "false" { return .boolean(false) }
                let digits = word.replacing("_", with: "")
                if let number = Int(digits), !digits.isEmpty {
                    return .integer(number)
                }
                // An integer beyond 64 bits is one still, too large (not a string).
                let unsigned = digits.hasPrefix("+") || digits.hasPrefix("-") ? digits.dropFirst() : digits[...]
                if !unsigned.isEmpty, unsigned.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
                    throw fail(
                        "\(InputText.quoted(word)) is too large an integer (from \(Int.min) to \(Int.max)); write a smaller number"
                    )
                }
                // Dates and times stay text; the caller knows which it wants.
                if word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" || $0 == ":" }),
                    !word.isEmpty
                {
                    return .string(word)
                }
                throw fail("\(InputText.quoted(word)) is not a value; strings need quotes")
            }
        }

        mutating func skipArrayBlanks() {
            while let c = current {
                if c == " " || c == "\t" || c == "\r" {
                    index += 1
                } else if c == "\n" {
                    index += 1
                    line += 1
                } else if c == "#" {
                    while let c = current, c != "\n" { index += 1 }
                } else {
                    return
                }
            }
        }

        mutating func string() throws(InputError) -> String {
            let quote = current!
            index += 1
            var out = ""
            while let c = current {
                index += 1
                if c == quote { return out }
                if c == "\n" { throw fail("a string is not closed on its line") }
                if c == "\\", quote == "\"" {
                    guard let e = current else { break }
                    index += 1
                    switch e {
                    case "n": out += "\n"
                    case "t": out += "\t"
                    case "r": out += "\r"
                    case "b": out += "\u{8}"
                    case "f": out += "\u{C}"
                    case "\"": out += "\""
                    case "\\": out += "\\"
                    case "u", "U": out.unicodeScalars.append(try unicodeEscape(e == "u" ? 4 : 8))
                    default: throw fail("unknown escape \(InputText.quoted("\\" + String(e))) in a string")
                    }
                    continue
                }
                out.unicodeScalars.append(c)
            }
            throw fail("a string is not closed")
        }

        /// The scalar of a `\uXXXX` or `\UXXXXXXXX` escape (`digits` hex digits), as TOML
        /// writes one; a surrogate or a value beyond U+10FFFF is no character and is refused.
        mutating func unicodeEscape(_ digits: Int) throws(InputError) -> Unicode.Scalar {
            var hex = ""
            while hex.unicodeScalars.count < digits, let c = current, c.properties.isASCIIHexDigit {
                hex.unicodeScalars.append(c)
                index += 1
            }
            let escape = (digits == 4 ? "\\u" : "\\U") + hex
            guard hex.unicodeScalars.count == digits, let value = UInt32(hex, radix: 16) else {
                throw fail(
                    "\(InputText.quoted(escape)) is not a Unicode escape; write \\u and 4 hex digits or \\U and 8")
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw fail(
                    "\(InputText.quoted(escape)) is no Unicode character (a surrogate or beyond U+10FFFF); write the character itself"
                )
            }
            return scalar
        }

        // MARK: Building the tree
        //
        // A table changes in place: its entry is taken out of the parent while it changes and the
        // enum's box is released first, so that adding a key never copies the table. Recursion
        // follows a key path, which `keyPath` bounds by `TOML.maxDepth`.

        func insertTable(_ table: inout TOMLTable, _ path: [String], _ line: Int) throws(InputError) {
            try descend(&table, path[...], line: line, create: .table(TOMLTable(line: line)))
        }

        func insertArrayTable(_ table: inout TOMLTable, _ path: [String], _ line: Int) throws(InputError) {
            try descend(&table, path[...], line: line, create: .tables([TOMLTable(line: line)]))
        }

        /// Lets `body` change the table under `key` (the last one of an array of tables) in place.
        /// Returns false when there is no such entry or it holds a plain value.
        func withChild(
            _ table: inout TOMLTable, _ key: String, _ body: (inout TOMLTable) throws(InputError) -> Void
        ) throws(InputError) -> Bool {
            guard var entry = table.entries.removeValue(forKey: key) else { return false }
            defer { table.entries[key] = entry }
            return try Self.mutate(&entry.value, body)
        }

        static func mutate(
            _ value: inout TOMLValue, _ body: (inout TOMLTable) throws(InputError) -> Void
        ) throws(InputError) -> Bool {
            if case .table(var child) = value {
                value = .boolean(false)
                try body(&child)
                value = .table(child)
                return true
            }
            if case .tables(var list) = value, !list.isEmpty {
                value = .boolean(false)
                try body(&list[list.count - 1])
                value = .tables(list)
                return true
            }
            return false
        }

        /// Walks to the table at `path`, creating or appending the last part.
        func descend(
            _ table: inout TOMLTable, _ path: ArraySlice<String>, line: Int, create: TOMLValue
        )
            throws(InputError)
        {
            let key = path.first!
            if path.count == 1 {
                guard var entry = table.entries.removeValue(forKey: key) else {
                    table.entries[key] = TOMLTable.Entry(value: create, line: line)
                    table.keys.append(key)
                    return
                }
                defer { table.entries[key] = entry }
                if case .tables(let new) = create, case .tables(var list) = entry.value {
                    entry.value = .boolean(false)
                    list += new
                    entry.value = .tables(list)
                } else if case .table = create, case .table(var existing) = entry.value {
                    // A table first created implicitly by a dotted header.
                    entry.value = .boolean(false)
                    existing.line = line
                    entry.value = .table(existing)
                } else {
                    throw fail("\(InputText.quoted(key)) is already defined", line: line)
                }
                return
            }
            if table.entries[key] == nil {
                var child = TOMLTable(line: line)
                try descend(&child, path.dropFirst(), line: line, create: create)
                table.entries[key] = TOMLTable.Entry(value: .table(child), line: line)
                table.keys.append(key)
                return
            }
            let found = try withChild(&table, key) { (child: inout TOMLTable) throws(InputError) in
                try descend(&child, path.dropFirst(), line: line, create: create)
            }
            if !found { throw fail("\(InputText.quoted(key)) is a value, not a table", line: line) }
        }

        func assign(
            _ root: inout TOMLTable, path: [String], inArray: Bool, key: [String], value: TOMLValue, line: Int
        ) throws(InputError) {
            try update(&root, path[...]) { (table: inout TOMLTable) throws(InputError) in
                try setKey(&table, key[...], value, line)
            }
        }

        func update(
            _ table: inout TOMLTable, _ path: ArraySlice<String>,
            _ body: (inout TOMLTable) throws(InputError) -> Void
        ) throws(InputError) {
            guard let key = path.first else { return try body(&table) }
            let found = try withChild(&table, key) { (child: inout TOMLTable) throws(InputError) in
                try update(&child, path.dropFirst(), body)
            }
            if !found { throw fail("internal: table path not found") }
        }

        func setKey(
            _ table: inout TOMLTable, _ key: ArraySlice<String>, _ value: TOMLValue, _ line: Int
        )
            throws(InputError)
        {
            let first = key.first!
            if key.count == 1 {
                if let existing = table.entries[first] {
                    throw fail("\(InputText.quoted(first)) is already set on line \(existing.line)", line: line)
                }
                table.entries[first] = TOMLTable.Entry(value: value, line: line)
                table.keys.append(first)
                return
            }
            guard var entry = table.entries.removeValue(forKey: first) else {
                var child = TOMLTable(line: line)
                try setKey(&child, key.dropFirst(), value, line)
                table.entries[first] = TOMLTable.Entry(value: .table(child), line: line)
                table.keys.append(first)
                return
            }
            defer { table.entries[first] = entry }
            guard case .table(var child) = entry.value else {
                throw fail("\(InputText.quoted(first)) is a value, not a table", line: line)
            }
            entry.value = .boolean(false)
            try setKey(&child, key.dropFirst(), value, line)
            entry.value = .table(child)
        }
    }

    /// A key path for messages, escaped and cut.
    static func shown(_ path: [String]) -> String {
        InputText.escaped(path.joined(separator: "."), limit: InputText.echoLimit)
    }
}
