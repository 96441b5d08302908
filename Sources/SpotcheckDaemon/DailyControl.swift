import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckStore

/// Calls of io.spotcheck for daily use answered outside `DaemonControl`'s main switch:
/// `Candidates` (who may inspect a department on a day, the day's revealed teams counted) and
/// `CancelOrder` (EngineCancel.swift).
struct DailyControl {
    static let methods: Set<String> = ["io.spotcheck.Candidates", "io.spotcheck.CancelOrder"]

    static func handles(_ method: String) -> Bool { methods.contains(method) || declarationMethods.contains(method) }

    let store: Store
    let engine: Engine
    let cache: RosterCache
    let events: EventLog
    let config: DaemonConfig
    let local: LocalTime

    func answer(_ method: String, _ request: [UInt8], _ caller: Caller) throws -> [UInt8] {
        if Self.declarationMethods.contains(method) { return try answerDeclaration(method, request, caller) }
        switch method {
        case "io.spotcheck.Candidates":
            try require(caller.isCoordinator || caller.isAuditor, method, caller)
            let question = try callParameters(ControlMessages.CandidatesParameters.self, request)
            return encodedReply(try candidates(question))
        case "io.spotcheck.CancelOrder":
            try require(caller.isCoordinator, method, caller)
            let request = try callParameters(ControlMessages.CancelParameters.self, request)
            guard !request.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Varlink.Failure(
                    "io.spotcheck.CancelRefused",
                    ["message": .string("give the reason for the cancellation"), "code": .string("no-reason")])
            }
            try Self.plain(request.reason, "reason", code: "bad-text", error: "io.spotcheck.CancelRefused")
            do {
                _ = try engine.cancelOrder(
                    drawID: request.drawId, reason: request.reason,
                    actor: "uid \(caller.uid) (\(caller.login ?? "unknown"))", now: Date(), config: config)
            } catch let error as Engine.CancelError {
                throw Varlink.Failure("io.spotcheck.CancelRefused", error.parameters)
            }
            let team = try store.assignments(drawID: request.drawId)
            return encodedReply(
                ControlMessages.CancelReply(
                    drawId: request.drawId, departments: Set(team.map(\.department)).sorted(), withdrawn: team.count))
        default:
            throw Varlink.Failure.methodNotFound(method)
        }
    }

    func require(_ allowed: Bool, _ method: String, _ caller: Caller) throws {
        guard allowed else {
            events.refused(method, caller)
            throw Varlink.Failure.permissionDenied(method, uid: caller.uid)
        }
    }

    /// Refuses text that would reach coordinators' and inspectors' terminals (lists, task files)
    /// with control characters, terminal escapes or direction overrides, or longer than 1000
    /// characters.
    static func plain(_ text: String, _ name: String, code: String, error: String) throws {
        guard InputText.isPlain(text), text.count <= 1000 else {
            throw Varlink.Failure(
                error,
                [
                    "message": .string(
                        "the \(name) holds a control character, terminal escape or direction override, or is longer than 1000 characters: \(InputText.quoted(text))"
                    ),
                    "code": .string(code),
                ])
        }
    }

    private func day(_ text: String?) throws -> Day {
        guard let text else { return local.day(of: Date()) }
        guard let day = Day(iso: text) else {
            throw Varlink.Failure("io.spotcheck.InvalidDate", ["date": .string(text)])
        }
        return day
    }

    /// The same question as `spotcheck candidates --roster`, asked of the stored roster with the
    /// history of revealed draws and the day's revealed teams (their load, reciprocal visits),
    /// exactly as `Why` answers it.
    func candidates(_ question: ControlMessages.CandidatesParameters) throws -> ControlMessages.CandidatesReply {
        let date = try day(question.date)
        guard let stored = try store.currentRoster() else { throw Varlink.Failure.notFoundRoster }
        let roster = try cache.roster(stored)
        let eligibility = try engine.eligibility(
            roster: roster, rosterID: stored.id, department: question.department, date: date, config: config)
        guard let ids = eligibility.whoCould(department: question.department) else {
            throw Varlink.Failure.notFound("department", question.department)
        }
        let byID = Dictionary(roster.inspectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ControlMessages.CandidatesReply(
            date: date.description, inspectors: roster.inspectors.count,
            candidates: ids.compactMap { id in
                byID[id].map {
                    ControlMessages.Candidate(
                        id: $0.id, name: $0.name, home: $0.home, canLead: $0.canLead, skills: $0.skills)
                }
            })
    }
}
