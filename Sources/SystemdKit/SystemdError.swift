#if canImport(Glibc)
    import Glibc
#endif

/// A libsystemd call failed. Carries the function and the errno it returned.
public struct SystemdError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The C function that failed, e.g. `sd_journal_sendv`.
    public var function: String
    /// The positive errno value.
    public var errno: Int32

    public init(function: String, errno: Int32) {
        self.function = function
        self.errno = errno
    }

    public var description: String {
        "\(function): \(String(cString: strerror(errno)))"
    }
}

/// Turns libsystemd's negative-errno convention into a thrown error.
@inline(__always)
func check(_ result: Int32, _ function: String) throws(SystemdError) -> Int32 {
    if result < 0 { throw SystemdError(function: function, errno: -result) }
    return result
}
