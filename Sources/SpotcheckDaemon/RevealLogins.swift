import Foundation
import SpotcheckCore
import SpotcheckStore

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
