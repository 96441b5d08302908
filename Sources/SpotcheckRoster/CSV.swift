/// A problem with an input file, located as precisely as the input allows.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line; 0 when the problem is with the file as a whole.
    public var line: Int
    /// 1-based field number in a CSV row, when one is at fault.
    public var column: Int?
    /// The column's header name or the key at fault.
    public var field: String?
    public var message: String

    public init(file: String, line: Int, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `file:line:column: field: message`, as compilers and `sshd -t` print them.
    public var description: String {
        var text = line > 0 ? "\(file):\(line)" : file
        if let column { text += ":\(column)" }
        text += ": "
        if let field { text += "\(field): " }
        // Whatever a message echoes, a terminal or journal shows it as text.
        return InputText.escaped(text + message)
    }
}

/// All the problems found in the input; nothing was applied.
public struct InputErrors: Error, Equatable, Sendable, CustomStringConvertible {
    public var errors: [InputError]

    public init(_ errors: [InputError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}

/// One CSV record: its fields and the line it starts on.
public struct CSVRow: Sendable, Equatable {
    public var line: Int
    public var fields: [String]
}

/// RFC 4180 CSV over UTF-8 bytes: quoted fields may hold commas, quotes (doubled) and line
/// breaks; CRLF and LF both end a record; a leading byte-order mark is skipped; blank lines are
/// skipped; spaces and tabs around every field are dropped. Every byte sequence that is not UTF-8 is an error naming its line and field.
/// At most `maxRows` records of `maxFields` fields are read, and at most `maxErrors` errors kept.
public enum CSV {
    public static let maxRows = 1_000_000
    public static let maxFields = 100
    public static let maxErrors = 1_000

    public static func parse(_ bytes: [UInt8], file: String) throws(InputErrors) -> [CSVRow] {
        var rows: [CSVRow] = []
        var errors: [InputError] = []
        var dropped = 0
        var fieldIsBlank = true
        var tooManyRows = false
        func report(_ error: InputError) {
            if errors.count < maxErrors { errors.append(error) } else { dropped += 1 }
        }
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        var line = 1
        var fields: [String] = []
        var field: [UInt8] = []
        var rowLine = 1
        var inQuotes = false
        var wasQuoted = false
        var rowHasContent = false

        func finishField() {
            if fields.count >= maxFields {
                // Reported once per row; the rest of the row is dropped.
                if fields.count == maxFields {
                    report(
                        InputError(
                            file: file, line: rowLine, column: maxFields + 1,
                            message: "a row has more than \(maxFields) fields"))
                    fields.append("")
                }
            } else if let text = String(validating: field, as: UTF8.self) {
                fields.append(trimmed(text))
            } else {
                report(
                    InputError(
                        file: file, line: rowLine, column: fields.count + 1,
                        message: "is not valid UTF-8; save the file as UTF-8"))
                fields.append("")
            }
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            fieldIsBlank = true
        }
        func finishRow() {
            finishField()
            if rowHasContent || fields.count > 1 || !(fields.first ?? "").isEmpty {
                if rows.count < maxRows {
                    rows.append(CSVRow(line: rowLine, fields: fields))
                } else if !tooManyRows {
                    tooManyRows = true
                    report(
                        InputError(
                            file: file, line: rowLine,
                            message: "the file has more than \(maxRows) rows; split it or remove old rows"))
                }
            }
            fields.removeAll(keepingCapacity: true)
            rowHasContent = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                if fieldIsBlank {
                    field.removeAll()
                    inQuotes = true
                    wasQuoted = true
                    rowHasContent = true
                } else {
                    report(
                        InputError(
                            file: file, line: line, column: fields.count + 1,
                            message: "a quote inside an unquoted field; quote the whole field and double the quote"))
                    field.append(byte)
                }
            case UInt8(ascii: ","):
                rowHasContent = true
                finishField()
            case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                break
            case UInt8(ascii: "\n"):
                finishRow()
                line += 1
                rowLine = line
            default:
                if wasQuoted, byte != UInt8(ascii: " ") {
                    report(
                        InputError(
                            file: file, line: line, column: fields.count + 1,
                            message: "text after the closing quote of a quoted field"))
                }
                if !wasQuoted {
                    field.append(byte)
                    if byte != UInt8(ascii: " ") { fieldIsBlank = false }
                }
                rowHasContent = true
            }
            index += 1
        }
        if inQuotes {
            report(
                InputError(
                    file: file, line: rowLine, column: fields.count + 1, message: "a quoted field is never closed"))
        } else {
            finishRow()
        }
        if dropped > 0 {
            errors.append(InputError(file: file, line: line, message: "and \(dropped) more errors"))
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return rows
    }

    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
