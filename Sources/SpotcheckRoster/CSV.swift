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

/// CSV over UTF-8 bytes, by the grammar of docs/roster-format.md:
///
///     file     = [BOM] *(record EOL) [record]
///     record   = field *("," field)
///     field    = *WS (quoted *WS / unquoted)
///     quoted   = DQUOTE *(any byte but DQUOTE / DQUOTE DQUOTE) DQUOTE
///     unquoted = *(any byte but "," DQUOTE LF, and CR only when no LF follows)
///     EOL      = LF / CR LF
///     WS       = SP / TAB
///
/// A field's value is its text (quotes removed and doubled quotes undone) trimmed of SP, TAB, CR
/// and LF at both ends. A record of one unquoted field whose value is empty (an empty line, or
/// one of only spaces and tabs) is blank and skipped. A quote inside an unquoted field, text after
/// a closing quote, an unclosed quote and bytes that are not UTF-8 are errors naming the line and
/// field. At most `maxRows` records of `maxFields` fields are read, and at most `maxErrors` errors
/// kept.
public enum CSV {
    public static let maxRows = 1_000_000
    public static let maxFields = 100
    public static let maxErrors = 1_000

    public static func parse(_ bytes: [UInt8], file: String) throws(InputErrors) -> [CSVRow] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        var rows: [CSVRow] = []
        var errors: [InputError] = []
        var dropped = 0
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
        var anyQuoted = false

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
        }
        // An unquoted field straight from the input: its bytes trimmed of SP, TAB, CR and LF at
        // both ends (ASCII, so no UTF-8 sequence is cut) and turned into a String once.
        func finishSpan(_ start: Int, _ end: Int) {
            guard fields.count < maxFields else {
                finishField()
                return
            }
            var low = start
            var high = end
            func isSpaceByte(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
            while low < high, isSpaceByte(bytes[low]) { low += 1 }
            while high > low, isSpaceByte(bytes[high - 1]) { high -= 1 }
            let text = bytes.withUnsafeBufferPointer { buffer in
                String(validating: UnsafeBufferPointer(rebasing: buffer[low..<high]), as: UTF8.self)
            }
            if let text {
                fields.append(text)
            } else {
                report(
                    InputError(
                        file: file, line: rowLine, column: fields.count + 1,
                        message: "is not valid UTF-8; save the file as UTF-8"))
                fields.append("")
            }
        }
        var spanStart = -1
        func finishRow() {
            if spanStart >= 0 {
                finishSpan(spanStart, index)
                spanStart = -1
            } else {
                finishField()
            }
            if anyQuoted || fields.count > 1 || !fields[0].isEmpty {
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
            anyQuoted = false
        }
        func isEOL(_ at: Int) -> Bool {
            bytes[at] == lf || (bytes[at] == cr && at + 1 < bytes.count && bytes[at + 1] == lf)
        }

        while index < bytes.count {
            // Start of a field: leading spaces and tabs, then a quote or unquoted text.
            var probe = index
            while probe < bytes.count, bytes[probe] == space || bytes[probe] == tab { probe += 1 }
            if probe < bytes.count, bytes[probe] == quote {
                anyQuoted = true
                index = probe + 1
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if byte == lf { line += 1 }
                    field.append(byte)
                    index += 1
                }
                guard closed else {
                    report(
                        InputError(
                            file: file, line: rowLine, column: fields.count + 1,
                            message: "a quoted field is never closed"))
                    throw InputErrors(errors)
                }
                var trailing = false
                while index < bytes.count, bytes[index] != comma, !isEOL(index) {
                    if bytes[index] != space, bytes[index] != tab { trailing = true }
                    index += 1
                }
                if trailing {
                    report(
                        InputError(
                            file: file, line: line, column: fields.count + 1,
                            message: "text after the closing quote of a quoted field"))
                }
            } else {
                var stray = false
                spanStart = index
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == comma || byte == lf || (byte == cr && index + 1 < bytes.count && bytes[index + 1] == lf)
                    {
                        break
                    }
                    if byte == quote { stray = true }
                    index += 1
                }
                if stray {
                    report(
                        InputError(
                            file: file, line: line, column: fields.count + 1,
                            message: "a quote inside an unquoted field; quote the whole field and double the quote"))
                }
            }
            // End of the field: a comma, an end of line, or the end of the file.
            if index < bytes.count, bytes[index] == comma {
                if spanStart >= 0 {
                    finishSpan(spanStart, index)
                    spanStart = -1
                } else {
                    finishField()
                }
                index += 1
                if index == bytes.count { finishRow() }
            } else {
                finishRow()
                if index < bytes.count {
                    index += bytes[index] == cr ? 2 : 1
                    line += 1
                    rowLine = line
                }
            }
        }
        if dropped > 0 {
            errors.append(InputError(file: file, line: line, message: "and \(dropped) more errors"))
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return rows
    }

    /// Drops spaces, tabs, carriage returns and line feeds at both ends.
    public static func trimmed(_ text: String) -> String {
        // Most fields have nothing to trim: those are returned as they are, without rebuilding.
        // (The spaces are ASCII, so a first or last UTF-8 byte that is none is no space either.)
        func isSpaceByte(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        guard let firstByte = text.utf8.first, let lastByte = text.utf8.last else { return text }
        if !isSpaceByte(firstByte), !isSpaceByte(lastByte) { return text }
        var scalars = Substring(text).unicodeScalars[...]
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n"
        }
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
