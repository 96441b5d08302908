import CSystemd

#if canImport(Glibc)
    import Glibc
#endif

/// Structured entries for the systemd journal.
public enum Journal {
    /// Syslog priorities, as journald stores them in `PRIORITY`.
    public enum Priority: Int, Sendable, Comparable {
        case emergency = 0, alert, critical, error, warning, notice, info, debug

        public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Sends one entry. `fields` are journal field names (upper case letters, digits and `_`,
    /// not starting with `_`) and their values, which may hold any text including newlines.
    /// Fails with `ENOENT` or `ECONNREFUSED` when no journal daemon listens.
    ///
    /// The corresponding C function is `sd_journal_sendv`.
    public static func send(_ fields: [(String, String)]) throws(SystemdError) {
        var buffers = fields.map { Array("\($0.0)=\($0.1)".utf8) }
        let count = Int32(buffers.count)
        var result: Int32 = 0
        withIOVectors(&buffers[...], []) { vectors in
            result = vectors.withUnsafeBufferPointer { sd_journal_sendv($0.baseAddress, count) }
        }
        _ = try check(result, "sd_journal_sendv")
    }

    /// Whether standard error is connected to the journal (systemd sets `JOURNAL_STREAM` to its
    /// device and inode), so that a service can prefer native entries over text lines.
    public static var isStandardErrorConnected: Bool {
        guard let value = getenv("JOURNAL_STREAM").map({ String(cString: $0) }) else { return false }
        let parts = value.split(separator: ":")
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var info = stat()
        guard fstat(2, &info) == 0 else { return false }
        return UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }

    /// Pins every buffer and hands the matching `iovec`s to `body`.
    private static func withIOVectors(
        _ rest: inout ArraySlice<[UInt8]>, _ done: [iovec], _ body: ([iovec]) -> Void
    ) {
        guard let first = rest.first else { return body(done) }
        var buffer = first
        var remaining = rest.dropFirst()
        buffer.withUnsafeMutableBytes { raw in
            withIOVectors(&remaining, done + [iovec(iov_base: raw.baseAddress, iov_len: raw.count)], body)
        }
    }
}

/// Reads journal entries back, newest last.
public final class JournalReader {
    private var journal: OpaquePointer?

    /// Opens the local journal files the caller may read.
    ///
    /// The corresponding C function is `sd_journal_open`.
    public init() throws(SystemdError) {
        _ = try check(sd_journal_open(&journal, Int32(SD_JOURNAL_LOCAL_ONLY)), "sd_journal_open")
    }

    /// Opens the journal files of one directory (a journald started with its own directory).
    ///
    /// The corresponding C function is `sd_journal_open_directory`.
    public init(directory: String) throws(SystemdError) {
        _ = try check(sd_journal_open_directory(&journal, directory, 0), "sd_journal_open_directory")
    }

    deinit {
        sd_journal_close(journal)
    }

    /// Adds a `FIELD=value` match; matches on different fields must all hold, on the same field
    /// any.
    ///
    /// The corresponding C function is `sd_journal_add_match`.
    public func addMatch(_ match: String) throws(SystemdError) {
        _ = try check(sd_journal_add_match(journal, match, 0), "sd_journal_add_match")
    }

    /// Starts a new group of matches: entries match either group.
    ///
    /// The corresponding C function is `sd_journal_add_disjunction`.
    public func addDisjunction() throws(SystemdError) {
        _ = try check(sd_journal_add_disjunction(journal), "sd_journal_add_disjunction")
    }

    /// Every matching entry from the start, as field → value (binary values lossily decoded),
    /// with the entry's wall-clock time in microseconds as `__REALTIME_TIMESTAMP`.
    public func entries() throws(SystemdError) -> [[String: String]] {
        var result: [[String: String]] = []
        _ = try check(sd_journal_seek_head(journal), "sd_journal_seek_head")
        while try check(sd_journal_next(journal), "sd_journal_next") > 0 {
            var entry: [String: String] = [:]
            var microseconds: UInt64 = 0
            if sd_journal_get_realtime_usec(journal, &microseconds) >= 0 {
                entry["__REALTIME_TIMESTAMP"] = String(microseconds)
            }
            var data: UnsafeRawPointer?
            var length = 0
            sd_journal_restart_data(journal)
            while sd_journal_enumerate_data(journal, &data, &length) > 0, let data {
                let bytes = UnsafeRawBufferPointer(start: data, count: length)
                guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { continue }
                let key = String(decoding: bytes[..<equals], as: UTF8.self)
                entry[key] = String(decoding: bytes[(equals + 1)...], as: UTF8.self)
            }
            result.append(entry)
        }
        return result
    }
}
