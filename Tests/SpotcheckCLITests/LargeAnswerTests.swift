import Foundation
import SpotcheckProtocol
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The answer to a large roster import lists every row changed, before and after: it may be
/// larger than the 16 MiB a call may be. The client reads it whole instead of calling the
/// import failed after spotcheckd had applied it; only a peer sending more than any answer
/// can be is cut off.
@Suite struct LargeAnswerTests {
    /// What the client's channel makes of one message of `size` bytes (and its NUL) sent to it.
    static func received(size: Int) throws -> Result<Int, any Error> {
        var pair: [Int32] = [0, 0]
        try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0)
        defer { close(pair[0]) }
        let writer = pair[1]
        let sender = Thread {
            var bytes = [UInt8](repeating: UInt8(ascii: " "), count: size + 1)
            bytes[0] = UInt8(ascii: "{")
            bytes[size - 1] = UInt8(ascii: "}")
            bytes[size] = 0
            var sent = 0
            while sent < bytes.count {
                let count = bytes.withUnsafeBytes {
                    send(writer, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                }
                if count <= 0 { break }
                sent += count
            }
            close(writer)
        }
        sender.start()
        let channel = MessageChannel(descriptor: pair[0])
        return Result { try channel.receive()?.count ?? -1 }
    }

    @Test func anAnswerOfThirtyMebibytesIsReadWhole() throws {
        let size = 30 << 20
        #expect(try Self.received(size: size).get() == size)
    }

    @Test func anAnswerOverTheAnswerLimitIsRefused() throws {
        let outcome = try Self.received(size: MessageLimits.answer + (1 << 20))
        guard case .failure(let error) = outcome else {
            Issue.record("an answer over the limit was read")
            return
        }
        #expect("\(error)" == "message larger than 128 MiB")
    }
}
