#if canImport(Glibc)
    import Glibc
#endif

extension VarlinkClient {
    /// Gives up on a send or a reply after `seconds` (the call then throws), for callers that
    /// would rather fall back than wait on a daemon that does not answer.
    public func setTimeout(seconds: Int) {
        var limit = timeval(tv_sec: seconds, tv_usec: 0)
        for option in [SO_RCVTIMEO, SO_SNDTIMEO] {
            _ = setsockopt(channel.descriptor, SOL_SOCKET, option, &limit, socklen_t(MemoryLayout<timeval>.size))
        }
    }
}
