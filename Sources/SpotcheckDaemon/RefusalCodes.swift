import SpotcheckProtocol

/// Refusals of orders and replacements as Varlink error parameters: the English `message` (what
/// the journal and any Varlink client read) and a `code` with the values it names, which the
/// command line tells in its user's language (docs/localization.md).
extension Engine.OrderError {
    var parameters: [String: Varlink.Value] {
        var values: [String: Varlink.Value] = ["message": .string(description)]
        switch self {
        case .unknownPool(let pool):
            values["code"] = .string("unknown-pool")
            values["pool"] = .string(pool)
        case .unknownDepartment(let department):
            values["code"] = .string("unknown-department")
            values["department"] = .string(department)
        case .closedDepartment(let department):
            values["code"] = .string("closed-department")
            values["department"] = .string(department)
        case .cancelledToday(let department, let draw):
            values["code"] = .string("cancelled-today")
            values["department"] = .string(department)
            values["draw_id"] = .int(Int(draw))
        case .badTargets:
            values["code"] = .string("bad-targets")
        case .noRoster:
            values["code"] = .string("no-roster")
        case .notCompleted(let draw):
            values["code"] = .string("not-computed")
            values["draw_id"] = .int(Int(draw))
        case .unrevealedDraw(let draw, let pool):
            values["code"] = .string("unrevealed-draw")
            values["draw_id"] = .int(Int(draw))
            values["pool"] = .string(pool)
        case .outsidePhase(let pool, let phase):
            values["code"] = .string("outside-phase")
            values["pool"] = .string(pool)
            values["phase"] = .string(phase)
        }
        return values
    }
}

extension Engine.ReplaceError {
    var parameters: [String: Varlink.Value] {
        var values: [String: Varlink.Value] = ["message": .string(description)]
        switch self {
        case .noSuchDraw(let draw):
            values["code"] = .string("no-such-draw")
            values["draw_id"] = .int(Int(draw))
        case .notRevealed(let draw):
            values["code"] = .string("not-revealed")
            values["draw_id"] = .int(Int(draw))
        case .dayOver(let draw):
            values["code"] = .string("day-over")
            values["draw_id"] = .int(Int(draw))
        case .cancelled(let draw):
            values["code"] = .string("cancelled")
            values["draw_id"] = .int(Int(draw))
        case .notOnATeam(let inspector, let draw):
            values["code"] = .string("not-on-a-team")
            values["inspector"] = .string(inspector)
            values["draw_id"] = .int(Int(draw))
        case .notEligible(let inspector, let reasons):
            values["code"] = .string("not-eligible")
            values["inspector"] = .string(inspector)
            values["reasons"] = .string(reasons.joined(separator: "; "))
        case .nobodyEligible(let department):
            values["code"] = .string("nobody-eligible")
            values["department"] = .string(department)
        case .unrevealedDraw(let draw, let pool):
            values["code"] = .string("unrevealed-draw")
            values["draw_id"] = .int(Int(draw))
            values["pool"] = .string(pool)
        }
        return values
    }
}

/// `io.spotcheck.NotFound`: `what` in English, and the kind of thing with its id (or pool and
/// date), which the command line tells in its user's language.
extension Varlink.Failure {
    static func notFound(_ kind: String, _ id: String) -> Varlink.Failure {
        Varlink.Failure(
            "io.spotcheck.NotFound", ["what": .string("\(kind) \(id)"), "kind": .string(kind), "id": .string(id)])
    }

    static func notFound(login uid: UInt32) -> Varlink.Failure {
        Varlink.Failure(
            "io.spotcheck.NotFound",
            ["what": .string("login of uid \(uid)"), "kind": .string("login"), "id": .string(String(uid))])
    }

    static func notFound(drawOf pool: String, on date: String) -> Varlink.Failure {
        Varlink.Failure(
            "io.spotcheck.NotFound",
            [
                "what": .string("draw of \(pool) on \(date)"), "kind": .string("draw"), "pool": .string(pool),
                "date": .string(date),
            ])
    }

    static let notFoundRoster = Varlink.Failure(
        "io.spotcheck.NotFound", ["what": .string("roster"), "kind": .string("roster")])
}
