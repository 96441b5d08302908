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

/// Reads and writes NUL-terminated messages on a connected socket.
public final class MessageChannel {
    public let descriptor: Int32
    private var buffer: [UInt8] = []

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next message without its NUL, or nil at end of stream. Messages over 16 MiB are an
    /// error: the peer is not speaking Varlink.
    public func receive() throws -> [UInt8]? {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = Array(buffer[..<end])
                buffer.removeFirst(end + 1)
                return message
            }
            guard buffer.count < 16 << 20 else { throw ChannelError.messageTooLarge }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = read(descriptor, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw ChannelError.system(errno)
            }
            if count == 0 { return nil }
            buffer += chunk[0..<count]
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
            case .messageTooLarge: "message larger than 16 MiB"
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

    /// Calls a method and returns the raw reply, for callers that read structured errors.
    public func callRaw<In: Codable & Sendable>(_ method: String, _ parameters: In) throws -> [UInt8] {
        try channel.send(Varlink.encode(Varlink.Request(method: method, parameters: parameters)))
        guard let reply = try channel.receive() else { throw MessageChannel.ChannelError.system(ECONNRESET) }
        return reply
    }

    /// Calls a method and decodes its reply; a Varlink error is thrown as `Varlink.Failure`.
    public func call<In: Codable & Sendable, Out: Codable & Sendable>(
        _ method: String, _ parameters: In, returning: Out.Type
    ) throws -> Out {
        try channel.send(Varlink.encode(Varlink.Request(method: method, parameters: parameters)))
        guard let reply = try channel.receive() else { throw MessageChannel.ChannelError.system(ECONNRESET) }
        if let failure = try? Varlink.decode(Varlink.Failure.self, from: reply) { throw failure }
        let decoded = try Varlink.decode(Varlink.Reply<Out>.self, from: reply)
        guard let parameters = decoded.parameters else { throw Varlink.Failure("io.spotcheck.EmptyReply") }
        return parameters
    }
}
