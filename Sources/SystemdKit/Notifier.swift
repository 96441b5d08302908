import CSystemd

#if canImport(Glibc)
    import Glibc
#endif

/// Tells the service manager about the service's state: the sd_notify protocol.
///
/// Every call is a no-op when the process was not started by a service manager (no
/// `NOTIFY_SOCKET`), so the daemon calls it unconditionally.
public enum Notifier {
    /// Sends one or more newline-separated `KEY=value` assignments. Returns whether a service
    /// manager received them.
    ///
    /// The corresponding C function is `sd_notify`.
    @discardableResult
    public static func notify(_ state: String) throws(SystemdError) -> Bool {
        try check(sd_notify(0, state), "sd_notify") > 0
    }

    /// `READY=1`, with a status line.
    @discardableResult
    public static func ready(status: String) throws(SystemdError) -> Bool {
        try notify("READY=1\nSTATUS=\(status)")
    }

    /// `STATUS=…`: one line saying what the service is doing.
    @discardableResult
    public static func status(_ text: String) throws(SystemdError) -> Bool {
        try notify("STATUS=\(text.replacing("\n", with: " "))")
    }

    /// `WATCHDOG=1`: the service is alive.
    @discardableResult
    public static func watchdog() throws(SystemdError) -> Bool {
        try notify("WATCHDOG=1")
    }

    /// `RELOADING=1` with the monotonic time the reload started, as systemd expects it.
    @discardableResult
    public static func reloading(status: String) throws(SystemdError) -> Bool {
        try notify("RELOADING=1\nMONOTONIC_USEC=\(monotonicMicroseconds())\nSTATUS=\(status)")
    }

    /// `STOPPING=1`.
    @discardableResult
    public static func stopping(status: String) throws(SystemdError) -> Bool {
        try notify("STOPPING=1\nSTATUS=\(status)")
    }

    /// How often the service manager expects `WATCHDOG=1`, when it does (`WATCHDOG_USEC` set
    /// for this process).
    ///
    /// The corresponding C function is `sd_watchdog_enabled`.
    public static func watchdogInterval() throws(SystemdError) -> Duration? {
        var microseconds: UInt64 = 0
        let enabled = try check(sd_watchdog_enabled(0, &microseconds), "sd_watchdog_enabled")
        return enabled > 0 ? .microseconds(Int64(microseconds)) : nil
    }

    static func monotonicMicroseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000 + UInt64(time.tv_nsec) / 1_000
    }
}
