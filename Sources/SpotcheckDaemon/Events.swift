import Foundation
public import SpotcheckProtocol
import Synchronization
public import SystemdKit

extension Event {
    public var priority: Journal.Priority {
        switch self {
        case .configRejected, .rosterRejected, .drawFailed: .error
        case .drawMissed, .targetReplaced, .requestRefused, .inspectorReplaced, .orderCancelled: .warning
        case .started, .ready, .stopping, .configReloaded, .rosterLoaded, .drawCommitted, .drawCompleted, .seedRevealed:
            .notice
        case .assignmentIssued, .drawOutsidePhase, .findingChanged: .info
        case .campaignAdvanced, .complaintRegistered, .escalationReminder: .notice
        case .complaintIdentityRead, .complaintEscalated, .escalationNotice, .escalationReferral: .warning
        case .selfInspectionFormLate, .selfInspectionFormUnlocked: .warning
        case .publicationWritten: .notice
        case .publicationFailed: .error
        case .declarationMade, .declarationDecided: .notice
        case .memberWithheld, .recheckFailed, .verificationWaiting: .warning
        case .campaignChangeRefused, .clockBehindState, .clockSetBack: .error
        case .clockCaughtUp: .notice
        case .clockSteppedForward: .warning
        case .campaignProhibitionsChanged: .warning
        case .campaignReleased, .campaignReplaced: .notice
        case .hiddenInspectionStalled: .warning
        case .hiddenInspectionResumed: .notice
        }
    }
}

/// One event as sent: the message and the `SPOTCHECK_*` fields (names without the prefix).
public struct EventEntry: Sendable, Equatable {
    public var event: Event
    public var message: String
    public var fields: [String: String]
}

/// Where events go: the journal, standard error, or a test's memory.
public protocol EventSink: Sendable {
    func record(_ entry: EventEntry)
}

/// Sends events to the journal as native structured entries.
public struct JournalSink: EventSink {
    public init() {}

    public func record(_ entry: EventEntry) {
        var fields: [(String, String)] = [
            ("MESSAGE", entry.message), ("MESSAGE_ID", entry.event.messageID),
            ("PRIORITY", String(entry.event.priority.rawValue)), ("SYSLOG_IDENTIFIER", "spotcheckd"),
        ]
        for (key, value) in entry.fields.sorted(by: { $0.key < $1.key }) {
            fields.append(("SPOTCHECK_\(key)", value))
        }
        // No journal (a developer's terminal without journald) is not an error worth stopping for.
        try? Journal.send(fields)
    }
}

/// Writes events as lines on standard error, for a terminal (`StandardErrorLine`).
public struct StandardErrorSink: EventSink {
    let zone: TimeZone

    public init() {
        self.init(zone: .current)
    }

    init(zone: TimeZone) {
        self.zone = zone
    }

    public func record(_ entry: EventEntry) {
        let fields = entry.fields.sorted { $0.key < $1.key }.map { ($0.key.lowercased(), $0.value) }
        StandardErrorLine.write(StandardErrorLine.format(entry.message, fields: fields, zone: zone, at: Date()))
    }
}

/// Keeps events in memory, for tests.
public final class MemorySink: EventSink {
    private let entries = Mutex<[EventEntry]>([])

    public init() {}

    public func record(_ entry: EventEntry) {
        entries.withLock { $0.append(entry) }
    }

    public var recorded: [EventEntry] {
        entries.withLock { $0 }
    }
}

/// Fans events out to every sink.
public struct EventLog: Sendable {
    public var sinks: [any EventSink]

    public init(sinks: [any EventSink]) {
        self.sinks = sinks
    }

    /// The journal always; standard error too unless standard error already is the journal,
    /// its times in `zone`.
    public static func standard() -> EventLog {
        standard(zone: .current)
    }

    static func standard(zone: TimeZone) -> EventLog {
        Journal.isStandardErrorConnected
            ? EventLog(sinks: [JournalSink()]) : EventLog(sinks: [JournalSink(), StandardErrorSink(zone: zone)])
    }

    public func emit(_ event: Event, _ message: String, _ fields: [String: String] = [:]) {
        let entry = EventEntry(event: event, message: message, fields: fields)
        for sink in sinks { sink.record(entry) }
    }
}
