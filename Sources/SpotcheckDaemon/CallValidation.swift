import Foundation
import SpotcheckProtocol

/// A JSON value as read by `StrictJSON`.
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// The number's text, as sent.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// RFC 8259 JSON, read strictly and in linear time: valid UTF-8 only, no control characters or
/// lone surrogates in strings, no duplicate keys, nesting at most `maximumDepth` deep, nothing
/// after the value but white space. What passes here decodes the same way in any JSON reader.
struct StrictJSON {
    struct Failure: Error, CustomStringConvertible {
        var offset: Int
        var reason: String
        var description: String { "\(reason) at byte \(offset)" }
    }

    static let maximumDepth = 32

    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var parser = StrictJSON(bytes: bytes)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.count else {
            throw Failure(offset: parser.index, reason: "content after the value")
        }
        return value
    }

    private let bytes: [UInt8]
    private var index = 0

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func skipSpace() {
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
        {
            index += 1
        }
    }

    private func fail(_ reason: String) -> Failure { Failure(offset: index, reason: reason) }

    private mutating func literal(_ text: String, _ value: JSONValue) throws(Failure) -> JSONValue {
        let expected = Array(text.utf8)
        guard index + expected.count <= bytes.count, bytes[index..<(index + expected.count)].elementsEqual(expected)
        else { throw fail("unexpected byte") }
        index += expected.count
        return value
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw fail("unexpected end") }
        switch bytes[index] {
        case 0x7B:  // {
            guard depth < Self.maximumDepth else { throw fail("nested deeper than \(Self.maximumDepth)") }
            index += 1
            var members: [(key: String, value: JSONValue)] = []
            var keys = Set<String>()
            skipSpace()
            if index < bytes.count, bytes[index] == 0x7D {
                index += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == 0x22 else { throw fail("expected a key") }
                let key = try string()
                guard keys.insert(key).inserted else { throw fail("duplicate key \"\(key)\"") }
                skipSpace()
                guard index < bytes.count, bytes[index] == 0x3A else { throw fail("expected ':'") }
                index += 1
                skipSpace()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard index < bytes.count else { throw fail("unexpected end") }
                if bytes[index] == 0x2C {
                    index += 1
                    continue
                }
                guard bytes[index] == 0x7D else { throw fail("expected ',' or '}'") }
                index += 1
                return .object(members)
            }
        case 0x5B:  // [
            guard depth < Self.maximumDepth else { throw fail("nested deeper than \(Self.maximumDepth)") }
            index += 1
            var items: [JSONValue] = []
            skipSpace()
            if index < bytes.count, bytes[index] == 0x5D {
                index += 1
                return .array(items)
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard index < bytes.count else { throw fail("unexpected end") }
                if bytes[index] == 0x2C {
                    index += 1
                    continue
                }
                guard bytes[index] == 0x5D else { throw fail("expected ',' or ']'") }
                index += 1
                return .array(items)
            }
        case 0x22: return .string(try string())
        case 0x74: return try literal("true", .bool(true))
        case 0x66: return try literal("false", .bool(false))
        case 0x6E: return try literal("null", .null)
        case 0x2D, 0x30...0x39: return try number()
        default: throw fail("unexpected byte")
        }
    }

    private mutating func number() throws(Failure) -> JSONValue {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == 0x2D { index += 1 }
        guard index < bytes.count else { throw fail("unexpected end") }
        if bytes[index] == 0x30 {
            index += 1
        } else if digits() == 0 {
            throw fail("expected a digit")
        }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            guard digits() > 0 else { throw fail("expected a digit") }
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard digits() > 0 else { throw fail("expected a digit") }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("unexpected end") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw fail("bad \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// A string at `index` (at its opening quote).
    private mutating func string() throws(Failure) -> String {
        index += 1
        var out: [UInt8] = []
        var runStart = index
        while true {
            guard index < bytes.count else { throw fail("unterminated string") }
            let byte = bytes[index]
            if byte == 0x22 {
                out.append(contentsOf: bytes[runStart..<index])
                index += 1
                break
            }
            if byte < 0x20 { throw fail("control character in a string") }
            if byte != 0x5C {
                index += 1
                continue
            }
            out.append(contentsOf: bytes[runStart..<index])
            index += 1
            guard index < bytes.count else { throw fail("unterminated string") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case 0x22, 0x5C, 0x2F: out.append(escape)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 2 <= bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 else {
                        throw fail("lone surrogate")
                    }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("lone surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw fail("lone surrogate")
                }
                out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
            default: throw fail("bad escape")
            }
            runStart = index
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw fail("string is not UTF-8") }
        return text
    }
}

/// The methods and errors of the interfaces the daemon serves, read from their descriptions,
/// with each method's parameters as types to check calls against.
struct VarlinkSchema: Sendable {
    indirect enum FieldType: Sendable, Equatable {
        case string, int, bool, float, object
        case optional(FieldType)
        case array(FieldType)
        case map(FieldType)
        case named(String)
        case fields([Field])
        case enumeration([String])
    }

    struct Field: Sendable, Equatable {
        var name: String
        var type: FieldType
    }

    /// Method name → its input fields.
    var methods: [String: [Field]] = [:]
    /// Every declared error name.
    var errors: Set<String> = []
    var interfaces: Set<String> = []
    var types: [String: FieldType] = [:]

    /// The daemon's interfaces.
    static let served = VarlinkSchema(descriptions: [
        Varlink.serviceDescription, Varlink.interfaceDescription, Varlink.ledgerInterfaceDescription,
        CampaignMessages.campaignDescription, CampaignMessages.complaintsDescription,
        Varlink.selfInspectionInterfaceDescription,
    ])

    init(descriptions: [String]) {
        for description in descriptions { read(description) }
    }

    private mutating func read(_ description: String) {
        let text = description.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.firstIndex(of: "#").map { line[..<$0] } ?? line)
        }.joined(separator: " ")
        var tokens = Self.tokens(text)[...]
        var interface = ""
        while let word = tokens.popFirst() {
            switch word {
            case "interface":
                interface = tokens.popFirst() ?? ""
                interfaces.insert(interface)
            case "type":
                guard let name = tokens.popFirst() else { return }
                types["\(interface).\(name)"] = Self.type(&tokens, interface: interface)
            case "method":
                guard let name = tokens.popFirst() else { return }
                if case .fields(let fields) = Self.type(&tokens, interface: interface) {
                    methods["\(interface).\(name)"] = fields
                }
                if tokens.first == "->" {
                    tokens.removeFirst()
                    _ = Self.type(&tokens, interface: interface)
                }
            case "error":
                guard let name = tokens.popFirst() else { return }
                errors.insert("\(interface).\(name)")
                _ = Self.type(&tokens, interface: interface)
            default: break
            }
        }
    }

    private static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var characters = text[...]
        while let character = characters.popFirst() {
            if character == "-", characters.first == ">" {
                characters.removeFirst()
                if !current.isEmpty { tokens.append(current) }
                current = ""
                tokens.append("->")
            } else if "(),:?".contains(character) || character == "[" || character == "]" {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                tokens.append(String(character))
            } else if character.isWhitespace {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static func type(_ tokens: inout ArraySlice<String>, interface: String) -> FieldType {
        guard let first = tokens.popFirst() else { return .object }
        switch first {
        case "?": return .optional(type(&tokens, interface: interface))
        case "[":
            // `[]T` or `[string]T`.
            var key: String?
            if tokens.first != "]" { key = tokens.popFirst() }
            _ = tokens.popFirst()
            let element = type(&tokens, interface: interface)
            return key == "string" ? .map(element) : .array(element)
        case "(":
            var fields: [Field] = []
            var names: [String] = []
            while let token = tokens.popFirst(), token != ")" {
                if token == "," { continue }
                if tokens.first == ":" {
                    tokens.removeFirst()
                    fields.append(Field(name: token, type: type(&tokens, interface: interface)))
                } else {
                    names.append(token)
                }
            }
            return fields.isEmpty && !names.isEmpty ? .enumeration(names) : .fields(fields)
        case "string": return .string
        case "int": return .int
        case "bool": return .bool
        case "float": return .float
        case "object": return .object
        default: return .named(first.contains(".") ? first : "\(interface).\(first)")
        }
    }

    /// Why `value` is not a `type`, as the dotted name of the first parameter at fault; nil when
    /// it is.
    func problem(_ value: JSONValue, _ type: FieldType, at path: String) -> String? {
        switch (type, value) {
        case (.optional(let inner), _):
            if value == .null { return nil }
            return problem(value, inner, at: path)
        case (.string, .string), (.bool, .bool), (.object, .object): return nil
        case (.int, .number(let text)):
            return Int64(text) == nil ? path : nil
        case (.float, .number(let text)):
            return Double(text).map { $0.isFinite } == true ? nil : path
        case (.array(let element), .array(let items)):
            for (offset, item) in items.enumerated() {
                if let found = problem(item, element, at: "\(path)[\(offset)]") { return found }
            }
            return nil
        case (.map(let element), .object(let members)):
            for member in members {
                if let found = problem(member.value, element, at: "\(path)[\(member.key)]") { return found }
            }
            return nil
        case (.enumeration(let names), .string(let text)):
            return names.contains(text) ? nil : path
        case (.named(let name), _):
            guard let resolved = types[name] else { return path }
            return problem(value, resolved, at: path)
        case (.fields(let fields), .object(let members)):
            let prefix = path.isEmpty ? "" : "\(path)."
            let declared = Set(fields.map(\.name))
            if let unknown = members.first(where: { !declared.contains($0.key) }) { return prefix + unknown.key }
            let given = Dictionary(uniqueKeysWithValues: members.map { ($0.key, $0.value) })
            for field in fields {
                let value = given[field.name] ?? .null
                if let found = problem(value, field.type, at: prefix + field.name) { return found }
            }
            return nil
        default: return path.isEmpty ? "parameters" : path
        }
    }
}

/// Checks every call before the daemon answers it: the message must be strict JSON (see
/// `StrictJSON`), a Varlink call (`method` a string; `parameters` an object; `oneway`, `more`,
/// `upgrade` booleans; nothing else), to a method the daemon serves, with exactly the
/// parameters its interface declares, each of its declared type. Anything else gets a declared
/// Varlink error (`InvalidParameter` naming the field at fault, `InterfaceNotFound`,
/// `MethodNotFound`) and never reaches the handler. A reply the handler makes with an error its
/// interfaces do not declare is answered as `io.spotcheck.InternalError`.
struct CheckedCalls: ControlHandler {
    let handler: any ControlHandler
    let schema: VarlinkSchema

    init(_ handler: any ControlHandler, schema: VarlinkSchema = .served) {
        self.handler = handler
        self.schema = schema
    }

    enum Verdict {
        case call(oneway: Bool)
        case refuse(Varlink.Failure, oneway: Bool)
    }

    func check(_ request: [UInt8]) -> Verdict {
        guard case .object(let members) = try? StrictJSON.parse(request) else {
            return .refuse(.invalidParameter("message"), oneway: false)
        }
        let fields = Dictionary(uniqueKeysWithValues: members.map { ($0.key, $0.value) })
        var flags: [String: Bool] = [:]
        for name in ["oneway", "more", "upgrade"] {
            switch fields[name] {
            case nil: break
            case .bool(let value)?: flags[name] = value
            default: return .refuse(.invalidParameter(name), oneway: false)
            }
        }
        let oneway = flags["oneway"] == true
        if let unknown = members.first(where: {
            !["method", "parameters", "oneway", "more", "upgrade"].contains($0.key)
        }) {
            return .refuse(.invalidParameter(unknown.key), oneway: oneway)
        }
        guard case .string(let method)? = fields["method"], Self.isMethodName(method) else {
            return .refuse(.invalidParameter("method"), oneway: oneway)
        }
        // No protocol upgrade is offered, and a call cannot both want no reply and many.
        if flags["upgrade"] == true { return .refuse(.invalidParameter("upgrade"), oneway: oneway) }
        if oneway, flags["more"] == true { return .refuse(.invalidParameter("more"), oneway: false) }
        let interface = String(method[..<method.lastIndex(of: ".")!])
        guard schema.interfaces.contains(interface) else {
            return .refuse(.interfaceNotFound(interface), oneway: oneway)
        }
        guard let inputs = schema.methods[method] else { return .refuse(.methodNotFound(method), oneway: oneway) }
        let parameters = fields["parameters"] ?? .object([])
        guard case .object = parameters else { return .refuse(.invalidParameter("parameters"), oneway: oneway) }
        if let field = schema.problem(parameters, .fields(inputs), at: "") {
            return .refuse(.invalidParameter(field), oneway: oneway)
        }
        if let refusal = FreeTextCheck.refusal(method: method, parameters) { return .refuse(refusal, oneway: oneway) }
        return .call(oneway: oneway)
    }

    /// INTERFACE.Method: reverse-domain interface name, then a capitalised method name.
    static func isMethodName(_ text: String) -> Bool {
        guard text.utf8.count <= 255, let dot = text.lastIndex(of: ".") else { return false }
        let interface = text[..<dot]
        let name = text[text.index(after: dot)...]
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first),
            name.unicodeScalars.allSatisfy({
                ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0)
            })
        else { return false }
        let parts = interface.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2
            && parts.allSatisfy { part in
                !part.isEmpty && part.first != "-" && part.last != "-"
                    && part.unicodeScalars.allSatisfy {
                        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                    }
            }
    }

    func handle(_ request: [UInt8], from caller: Caller) -> [UInt8]? {
        switch check(request) {
        case .refuse(let failure, let oneway):
            return oneway ? nil : Varlink.encode(failure)
        case .call:
            guard let reply = handler.handle(request, from: caller) else { return nil }
            // Every error a client can get is one the interfaces declare.
            if let name = Self.errorName(reply), !schema.errors.contains(name) {
                return Varlink.encode(Varlink.Failure("io.spotcheck.InternalError", ["message": .string(name)]))
            }
            return reply
        }
    }

    /// The error name of a reply, read from its first bytes: replies are encoded with sorted
    /// keys, so `error` comes before `parameters` (a large reply is not parsed again).
    static func errorName(_ reply: [UInt8]) -> String? {
        let prefix = Array(#"{"error":""#.utf8)
        guard reply.starts(with: prefix), let end = reply[prefix.count...].firstIndex(of: 0x22) else { return nil }
        return String(decoding: reply[prefix.count..<end], as: UTF8.self)
    }
}
