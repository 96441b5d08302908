import Foundation
import SpotcheckCore
import SpotcheckStore
import Synchronization

extension Engine {
    /// At the reveal, each assignment of the draw goes to the login the current roster gives its
    /// inspector: a login corrected (or given to someone else) between the draw and the reveal
    /// must not tell the account's new holder, and the inspector's own account must be told. The
    /// committed record names inspectors by id only, so it is unchanged.
    func rebindLogins(_ draw: StoredDraw, now: Date) throws {
        guard let stored = try store.currentRoster() else { return }
        let logins = Dictionary(
            try stored.roster().inspectors.map { ($0.id, $0.login) }, uniquingKeysWith: { first, _ in first })
        try store.rebindLogins(drawID: draw.id, to: logins, actor: "spotcheckd", at: now)
        try noteRevealRoster(draw)  // PassOverEdits.swift
    }
}

extension Engine {
    /// Before the day's task files are written again, every told team of the day not yet over
    /// (and the draw being revealed) goes to the logins the current roster gives its members: a
    /// team re-checked or changed at a later reveal or replacement must tell its members through
    /// their accounts as they are then, not as they were at the team's own reveal.
    func rebindDay(_ day: Day, including drawID: Int64?, now: Date) throws {
        guard let stored = try store.currentRoster() else { return }
        let logins = Dictionary(
            try stored.roster().inspectors.map { ($0.id, $0.login) }, uniquingKeysWith: { first, _ in first })
        for draw in try store.draws(on: day)
        where draw.state == .completed && draw.publishedAt == nil && (draw.revealedAt != nil || draw.id == drawID) {
            try store.rebindLogins(drawID: draw.id, to: logins, actor: Self.daemonActor, at: now)
        }
    }
}

extension Engine {
    /// After a roster edit through the socket (an import, a `spotcheck inspectors set --login`):
    /// every told team of a day not yet over whose members' logins the roster now gives
    /// otherwise goes to those logins at once, and its day's task files are written again, so
    /// that a login given to someone else no longer holds a seat (a verifier's included) until
    /// some later rewrite of the day. Returns the days written again.
    @discardableResult
    func rebindAfterRosterEdit(config: DaemonConfig, now: Date) throws -> [Day] {
        try serial.withLock { _ in
            guard let stored = try store.currentRoster() else { return [] }
            let logins = Dictionary(
                try stored.roster().inspectors.map { ($0.id, $0.login) }, uniquingKeysWith: { first, _ in first })
            var days = Set<Day>()
            for draw in try store.draws()
            where draw.state == .completed && draw.revealedAt != nil && draw.publishedAt == nil {
                let stale = try store.assignments(drawID: draw.id).contains { assignment in
                    logins[assignment.inspector].map { $0 != assignment.login } ?? false
                }
                if stale { days.insert(draw.date) }
            }
            let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone) ?? .current)
            for day in days.sorted() {
                // Rebinds the day's told teams (rebindDay), then writes their files; files that
                // cannot be written now are written at the next round, as any day's.
                do {
                    try writeDay(day, including: nil, revealedAt: nil, config: config, local: local, step: "roster")
                } catch is TaskFileError {}
            }
            return days.sorted()
        }
    }
}
