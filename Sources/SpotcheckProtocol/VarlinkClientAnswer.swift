#if canImport(Glibc)
    import Glibc
#endif

extension VarlinkClient {
    /// The call was sent whole, but the connection broke before an answer came (the daemon
    /// stopped, was killed or restarted while handling it): what the call asked for may or may
    /// not have been done. A call that could not be sent whole is never this error: the daemon
    /// acts only on a whole message.
    public struct AnswerLost: Error, CustomStringConvertible {
        /// The method that was called.
        public let method: String
        /// How the connection broke (`errno`), or nil when the daemon closed it without an answer.
        public let code: Int32?

        public var description: String {
            "\(method): connection lost after sending the call (\(code.map { String(cString: strerror($0)) } ?? "closed"))"
        }
    }

    /// The answer to a call to `method` that was sent whole. A timeout (`setTimeout`) is thrown
    /// as the channel's error; a broken or closed connection as `AnswerLost`.
    func answer(to method: String) throws -> [UInt8] {
        let reply: [UInt8]?
        do {
            reply = try channel.receive()
        } catch MessageChannel.ChannelError.system(let code) where code != EAGAIN && code != EWOULDBLOCK {
            throw AnswerLost(method: method, code: code)
        }
        guard let reply else {
            throw AnswerLost(method: method, code: nil)
        }
        return reply
    }
}
