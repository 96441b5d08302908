import CSystemd

/// Sockets passed in by the service manager (socket activation).
public enum SocketActivation {
    /// The file descriptors passed to this process, starting at 3; empty when not activated.
    /// Unsets `LISTEN_FDS` so that children do not inherit them.
    ///
    /// The corresponding C function is `sd_listen_fds`.
    public static func listenedDescriptors() throws(SystemdError) -> [Int32] {
        let count = try check(sd_listen_fds(1), "sd_listen_fds")
        return (0..<count).map { SD_LISTEN_FDS_START + $0 }
    }
}
