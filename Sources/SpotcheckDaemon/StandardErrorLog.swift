import Foundation
import Logging

/// The one format of every line spotcheckd writes on standard error (events and log
/// messages alike) when standard error is a terminal rather than the journal:
///
///     2026-12-01 07:00:00 +0800 spotcheckd: warning: MESSAGE  [key=value …]
///
/// The time is in the configured zone, with its offset, so that a line's time reads like the
/// times in task files and in `spotcheck status`.
enum StandardErrorLine {
    static func format(
        _ message: String, level: String? = nil, fields: [(String, String)] = [], zone: TimeZone, at instant: Date
    ) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss Z"
        var line = "\(formatter.string(from: instant)) spotcheckd: "
        if let level { line += "\(level): " }
        line += message
        if !fields.isEmpty {
            line += "  [" + fields.map { "\($0.0)=\($0.1)" }.joined(separator: " ") + "]"
        }
        return line
    }

    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// A swift-log handler writing `StandardErrorLine`s; notices and above unless told.
struct StandardErrorLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .notice
    public var metadataProvider: Logger.MetadataProvider?
    private let zone: TimeZone

    init(zone: TimeZone) {
        self.zone = zone
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { $1 } }
        if let extra = event.metadata { all.merge(extra) { $1 } }
        let fields = all.sorted { $0.key < $1.key }.map { ($0.key, $0.value.description) }
        // Notices read as plain messages, like events; warnings and errors say so.
        let level: String? = event.level >= .warning ? event.level.rawValue : nil
        StandardErrorLine.write(
            StandardErrorLine.format(
                event.message.description, level: level, fields: fields, zone: zone, at: Date()))
    }
}
