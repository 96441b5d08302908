import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The Varlink protocol as Spotcheck speaks it: JSON objects terminated by a NUL byte over a
/// Unix stream socket (https://varlink.org). Shared by the daemon and the command line.
public enum Varlink {
    public static let interfaceName = "io.spotcheck"
    public static let serviceInterface = "org.varlink.service"

    /// The first fields of every call.
    public struct Call: Decodable, Sendable {
        public var method: String
        public var oneway: Bool?
        public var more: Bool?
        public var upgrade: Bool?
    }

    /// A call with typed parameters.
    public struct Request<Parameters: Codable & Sendable>: Codable, Sendable {
        public var method: String
        public var parameters: Parameters?

        public init(method: String, parameters: Parameters?) {
            self.method = method
            self.parameters = parameters
        }
    }

    /// A reply: parameters, or an error name with its parameters.
    public struct Reply<Parameters: Codable & Sendable>: Codable, Sendable {
        public var parameters: Parameters?
        public var error: String?

        public init(parameters: Parameters?, error: String? = nil) {
            self.parameters = parameters
            self.error = error
        }
    }

    /// An error reply whose parameters are plain values.
    public struct Failure: Error, Codable, Sendable, Equatable, CustomStringConvertible {
        public var error: String
        public var parameters: [String: Value]

        public init(_ error: String, _ parameters: [String: Value] = [:]) {
            self.error = error
            self.parameters = parameters
        }

        public var description: String {
            let details = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
            return details.isEmpty ? error : "\(error) (\(details))"
        }

        public static func methodNotFound(_ method: String) -> Failure {
            Failure("org.varlink.service.MethodNotFound", ["method": .string(method)])
        }

        public static func interfaceNotFound(_ interface: String) -> Failure {
            Failure("org.varlink.service.InterfaceNotFound", ["interface": .string(interface)])
        }

        public static func invalidParameter(_ parameter: String) -> Failure {
            Failure("org.varlink.service.InvalidParameter", ["parameter": .string(parameter)])
        }

        /// A call larger than its method allows (or than any call may be before its method and
        /// a coordinator caller are known).
        public static func messageTooLarge(_ method: String?, limit: Int) -> Failure {
            Failure(
                "io.spotcheck.MessageTooLarge",
                ["method": .string(method ?? "unknown"), "limit_bytes": .int(limit)])
        }

        /// The caller has too many connections open, or the daemon has as many as it serves.
        public static func tooManyConnections(limit: Int) -> Failure {
            Failure("io.spotcheck.TooManyConnections", ["limit": .int(limit)])
        }

        public static func permissionDenied(_ method: String, uid: UInt32) -> Failure {
            Failure("io.spotcheck.PermissionDenied", ["method": .string(method), "uid": .int(Int(uid))])
        }
    }

    /// A JSON scalar for error parameters.
    public enum Value: Codable, Sendable, Equatable, CustomStringConvertible {
        case string(String)
        case int(Int)
        case bool(Bool)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Int.self) {
                self = .int(value)
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else {
                self = .string(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .int(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            }
        }

        public var description: String {
            switch self {
            case .string(let value): value
            case .int(let value): String(value)
            case .bool(let value): String(value)
            }
        }
    }

    public struct Empty: Codable, Sendable {
        public init() {}
    }

    // MARK: Coding

    public static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // The project's own value types always encode.
        return [UInt8](try! encoder.encode(value))
    }

    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: Data(bytes))
    }

    /// The GetInfo reply.
    public struct Info: Codable, Sendable {
        public var vendor: String
        public var product: String
        public var version: String
        public var url: String
        public var interfaces: [String]

        public init(vendor: String, product: String, version: String, url: String, interfaces: [String]) {
            self.vendor = vendor
            self.product = product
            self.version = version
            self.url = url
            self.interfaces = interfaces
        }
    }

    public static let serviceDescription = """
        interface org.varlink.service
        method GetInfo() -> (vendor: string, product: string, version: string, url: string, interfaces: []string)
        method GetInterfaceDescription(interface: string) -> (description: string)
        error InterfaceNotFound (interface: string)
        error MethodNotFound (method: string)
        error MethodNotImplemented (method: string)
        error InvalidParameter (parameter: string)
        error PermissionDenied ()
        error ExpectedMore ()

        """
}

/// How large a call may be, per method. A call is read with the small limit until its method
/// is known; only a coordinator's `ImportRoster` may then grow to the large one.
public enum MessageLimits {
    /// What any call may be before its method and caller are known, and the most for every
    /// method not listed in `byMethod`.
    public static let small = 64 << 10
    /// The most any message may be: a roster import.
    public static let large = 16 << 20

    /// The most an answer the client reads may be. An import's answer lists every row it changes
    /// with the row before and after, so it can be a few times its call (a 14 MiB import that
    /// replaces most rows answers with about 30 MiB); read against `large`, the answer to an
    /// import the daemon had applied was taken for a failure.
    public static let answer = 128 << 20

    /// The methods with a limit of their own.
    public static let byMethod: [String: Int] = [
        "org.varlink.service.GetInfo": 4 << 10,
        "org.varlink.service.GetInterfaceDescription": 4 << 10,
        "io.spotcheck.GetStatus": 4 << 10,
        "io.spotcheck.Today": 4 << 10,
        "io.spotcheck.Why": 4 << 10,
        "io.spotcheck.GetRecord": 4 << 10,
        "io.spotcheck.GetTeams": 4 << 10,
        "io.spotcheck.GetHistory": 4 << 10,
        "io.spotcheck.Candidates": 4 << 10,
        "io.spotcheck.CancelOrder": 16 << 10,
        "io.spotcheck.Declare": 16 << 10,
        "io.spotcheck.ListDeclarations": 4 << 10,
        "io.spotcheck.DecideDeclaration": 16 << 10,
        "io.spotcheck.WithdrawDeclaration": 4 << 10,
        "io.spotcheck.VerifyChain": 4 << 10,
        "io.spotcheck.ExportRoster": 4 << 10,
        "io.spotcheck.ReplaceInspector": 16 << 10,
        "io.spotcheck.OrderInspection": 64 << 10,
        "io.spotcheck.ImportRoster": large,
        "io.spotcheck.Campaign.GetCampaign": 4 << 10,
        "io.spotcheck.Campaign.Advance": 16 << 10,
        "io.spotcheck.Campaign.Release": 16 << 10,
        "io.spotcheck.Complaints.Register": 64 << 10,
        "io.spotcheck.Complaints.List": 4 << 10,
        "io.spotcheck.Complaints.Show": 4 << 10,
        "io.spotcheck.Complaints.Update": 64 << 10,
        "io.spotcheck.Complaints.LookupReceipt": 4 << 10,
        "io.spotcheck.Complaints.RequestIdentity": 16 << 10,
        "io.spotcheck.Complaints.RequestInspection": 4 << 10,
        "io.spotcheck.Complaints.ApproveIdentity": 4 << 10,
        "io.spotcheck.Complaints.ReadIdentity": 4 << 10,
        // io.spotcheck.Ledger (facts and measure texts are free text; the rest is small).
        "io.spotcheck.Ledger.AddFinding": 64 << 10,
        "io.spotcheck.Ledger.ConfirmFinding": 4 << 10,
        "io.spotcheck.Ledger.ListFindings": 4 << 10,
        "io.spotcheck.Ledger.MyFindings": 4 << 10,
        "io.spotcheck.Ledger.ShowFinding": 4 << 10,
        "io.spotcheck.Ledger.AddMeasure": 16 << 10,
        "io.spotcheck.Ledger.StartRectification": 4 << 10,
        "io.spotcheck.Ledger.AddEvidence": 16 << 10,
        "io.spotcheck.Ledger.SubmitFinding": 4 << 10,
        "io.spotcheck.Ledger.VerifyFinding": 16 << 10,
        "io.spotcheck.Ledger.RequestExtension": 16 << 10,
        "io.spotcheck.Ledger.DecideExtension": 4 << 10,
        "io.spotcheck.Ledger.DismissFinding": 16 << 10,
        "io.spotcheck.Ledger.TransferFinding": 16 << 10,
        "io.spotcheck.Ledger.ReopenFinding": 16 << 10,
        "io.spotcheck.Ledger.ExportFindings": 4 << 10,
        "io.spotcheck.Ledger.SetAssignmentOutcome": 16 << 10,
        "io.spotcheck.Ledger.RecordCheck": 16 << 10,
        "io.spotcheck.Ledger.ListChecks": 4 << 10,
        // io.spotcheck.SelfInspection (a returned form is a file of at most 48 KiB).
        "io.spotcheck.SelfInspection.IssueForms": 4 << 10,
        "io.spotcheck.SelfInspection.ListForms": 4 << 10,
        "io.spotcheck.SelfInspection.MyForms": 4 << 10,
        "io.spotcheck.SelfInspection.SubmitForm": 64 << 10,
        "io.spotcheck.SelfInspection.UnlockForm": 4 << 10,
    ]

    /// The methods that may exceed `small`, and only when a coordinator calls them.
    public static let coordinatorOnlyLarge: Set<String> = ["io.spotcheck.ImportRoster"]

    /// The limit of a call to `method`.
    public static func maximum(for method: String) -> Int {
        byMethod[method] ?? small
    }

    /// The value of the top-level `method` key of a JSON object whose first bytes are `bytes`,
    /// when it can be read from them (the key comes before any large value; clients put it
    /// first). Reads each byte at most once.
    public static func method(inPrefixOf bytes: ArraySlice<UInt8>) -> String? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        func skipSpace() {
            while index < end,
                bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
                    || bytes[index] == 0x09
            {
                index += 1
            }
        }
        /// A JSON string at `index`, decoded only when short; nil if it does not end in the prefix.
        func string() -> [UInt8]? {
            guard index < end, bytes[index] == 0x22 else { return nil }
            index += 1
            var value: [UInt8] = []
            while index < end {
                let byte = bytes[index]
                index += 1
                if byte == 0x22 { return value }
                if byte == 0x5C {
                    guard index < end else { return nil }
                    value.append(bytes[index])
                    index += 1
                } else if value.count < 256 {
                    value.append(byte)
                }
            }
            return nil
        }
        /// Skips any JSON value; false if it does not end in the prefix.
        func skipValue() -> Bool {
            guard index < end else { return false }
            if bytes[index] == 0x22 { return string() != nil }
            var depth = 0
            while index < end {
                let byte = bytes[index]
                switch byte {
                case 0x22:
                    if string() == nil { return false }
                    continue
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    if depth == 0 { return true }
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return true
                    }
                case 0x2C: if depth == 0 { return true }
                default: break
                }
                index += 1
            }
            return false
        }
        skipSpace()
        guard index < end, bytes[index] == 0x7B else { return nil }
        index += 1
        while true {
            skipSpace()
            guard let key = string() else { return nil }
            skipSpace()
            guard index < end, bytes[index] == 0x3A else { return nil }
            index += 1
            skipSpace()
            if key == Array("method".utf8) {
                guard let value = string() else { return nil }
                return String(decoding: value, as: UTF8.self)
            }
            guard skipValue() else { return nil }
            skipSpace()
            guard index < end, bytes[index] == 0x2C else { return nil }
            index += 1
        }
    }
}

/// Finds NUL-terminated messages in a stream of bytes in linear time: each byte is looked at
/// once, consumed bytes are dropped in bulk, and the buffer never holds more than the current
/// limit plus one read.
public struct MessageFramer: Sendable {
    private var buffer: [UInt8] = []
    /// Where the unconsumed bytes begin.
    private var start = 0
    /// Up to where the unconsumed bytes are known to hold no NUL.
    private var scanned = 0

    public init() {}

    /// The bytes of the message being received (no NUL yet).
    public var pendingCount: Int { buffer.count - start }

    /// The first bytes of the pending message, to read its method from.
    public var pending: ArraySlice<UInt8> { buffer[start...] }

    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete message without its NUL, if one has arrived.
    public mutating func next() -> [UInt8]? {
        let from = max(scanned, start)
        let found = buffer.withUnsafeBytes { raw -> Int? in
            guard from < raw.count, let hit = memchr(raw.baseAddress! + from, 0, raw.count - from) else { return nil }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(hit))
        }
        guard let end = found else {
            scanned = buffer.count
            return nil
        }
        let message = Array(buffer[start..<end])
        start = end + 1
        scanned = start
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 65_536)
            start = 0
            scanned = 0
        }
        return message
    }

    /// Drops everything buffered and its memory.
    public mutating func reset() {
        buffer = []
        start = 0
        scanned = 0
    }
}

/// Reads and writes NUL-terminated messages on a connected socket (blocking; the client's side).
public final class MessageChannel {
    public let descriptor: Int32
    private var framer = MessageFramer()

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next message without its NUL, or nil at end of stream. Messages over
    /// `MessageLimits.answer` (128 MiB) are an error: the peer is not speaking Varlink.
    public func receive() throws -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let message = framer.next() { return message }
            guard framer.pendingCount <= MessageLimits.answer else { throw ChannelError.messageTooLarge }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ChannelError.system(errno)
            }
            if count == 0 { return nil }
            chunk.withUnsafeBytes { framer.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    public func send(_ message: [UInt8]) throws {
        let bytes = message + [0]
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ChannelError.system(errno)
            }
            sent += count
        }
    }

    public enum ChannelError: Error, CustomStringConvertible {
        case messageTooLarge
        case system(Int32)

        public var description: String {
            switch self {
            case .messageTooLarge: "message larger than 128 MiB"
            case .system(let code): String(cString: strerror(code))
            }
        }
    }
}

/// A client connection to the daemon's control socket.
public final class VarlinkClient {
    let channel: MessageChannel

    /// Connects to the Unix socket at `path`.
    public init(path: String) throws {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw MessageChannel.ChannelError.system(errno) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(descriptor)
            throw MessageChannel.ChannelError.system(ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(descriptor)
            throw MessageChannel.ChannelError.system(code)
        }
        channel = MessageChannel(descriptor: descriptor)
    }

    deinit {
        close(channel.descriptor)
    }

    /// Sends a call. When the daemon has already closed the connection (it refuses callers over
    /// a connection cap that way), its last word is thrown: the refusal, not a broken pipe.
    private func send(_ method: String, _ request: [UInt8]) throws {
        do {
            try channel.send(request)
        } catch {
            if let reply = try? channel.receive(), let failure = try? Varlink.decode(Varlink.Failure.self, from: reply)
            {
                throw failure
            }
            throw error
        }
    }

    /// Calls a method and returns the raw reply, for callers that read structured errors.
    public func callRaw<In: Codable & Sendable>(_ method: String, _ parameters: In) throws -> [UInt8] {
        try send(method, Varlink.encode(Varlink.Request(method: method, parameters: parameters)))
        let reply = try answer(to: method)
        return reply
    }

    /// Calls a method and decodes its reply; a Varlink error is thrown as `Varlink.Failure`.
    public func call<In: Codable & Sendable, Out: Codable & Sendable>(
        _ method: String, _ parameters: In, returning: Out.Type
    ) throws -> Out {
        try send(method, Varlink.encode(Varlink.Request(method: method, parameters: parameters)))
        let reply = try answer(to: method)
        if let failure = try? Varlink.decode(Varlink.Failure.self, from: reply) { throw failure }
        let decoded = try Varlink.decode(Varlink.Reply<Out>.self, from: reply)
        guard let parameters = decoded.parameters else { throw Varlink.Failure("io.spotcheck.EmptyReply") }
        return parameters
    }
}
