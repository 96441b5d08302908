import SpotcheckCore
import SpotcheckLedger

/// The people, rules and calendar the ledger tests share.
enum Fixture {
    static let department = "dept-a"
    static let coordinator = Actor(login: "wang", role: .coordinator)
    static let secondCoordinator = Actor(login: "li", role: .coordinator)
    static let contact = Actor(login: "zhang", role: .contact(department: department))
    static let otherContact = Actor(login: "chen", role: .contact(department: "dept-b"))
    static let inspector = Actor(login: "zhao", role: .inspector)
    static let verifier = Actor(login: "sun", role: .verifier)
    static let eligible = VerifierEligibility(home: "dept-c", drawnForFinding: true)
    static let hash = String(repeating: "ab", count: 32)

    static let prohibitions = try! Prohibitions([
        Prohibition(code: "P01", text: "不得脱离实际搞形式主义"),
        Prohibition(code: "P03", text: "不得推诿扯皮"),
        Prohibition(code: "P07", text: "不得对群众态度生硬"),
    ])
    static let rules = LedgerRules(prohibitions: prohibitions, extensionCap: 1)

    /// Weekends off; the National Day week 2026-10-01…08 off; Sunday 09-27 and Saturday 10-10
    /// worked instead.
    static let calendar = WorkCalendar(
        holidays: Set((0..<8).map { day("2026-10-01").adding(days: $0) }),
        adjustedWorkingDays: [day("2026-09-27"), day("2026-10-10")])

    static func day(_ text: String) -> Day {
        Day(iso: text)!
    }

    /// Noon of `text` in Beijing (the instant only orders the audit trail).
    static func at(_ text: String) -> Moment {
        let day = day(text)
        return Moment(unixSeconds: Int64(day.ordinal) * 86_400 + 4 * 3600, day: day)
    }

    static func recorded(
        counter: Int = 1, category: FindingCategory? = .sluggish, on text: String = "2026-12-01"
    ) throws -> Finding {
        try Finding.record(
            counter: counter, department: department, source: .inspection(draw: 7, target: department),
            category: category, ruleCodes: ["P03"], severity: .serious, facts: "窗口无人值守", by: inspector,
            at: at(text), rules: rules
        ).finding
    }

    static func confirmed(on text: String = "2026-12-01") throws -> Finding {
        try recorded(on: text).applying(.confirm, by: coordinator, at: at(text), rules: rules).finding
    }

    /// Rectifying with one measure due on `due`, started on `text`.
    static func rectifying(on text: String = "2026-12-01", due: String = "2026-12-15") throws -> Finding {
        try confirmed(on: text)
            .applying(
                .addMeasure(text: "排班表上墙", owner: "办公室主任", due: day(due)), by: contact, at: at(text), rules: rules
            )
            .finding
            .applying(.startRectification, by: contact, at: at(text), rules: rules).finding
    }

    static func awaitingVerification(on text: String = "2026-12-01") throws -> Finding {
        try rectifying(on: text)
            .applying(.completeMeasure(number: 1, evidence: [.sha256(hash)]), by: contact, at: at(text), rules: rules)
            .finding
            .applying(.submitForVerification, by: contact, at: at(text), rules: rules).finding
    }

    static func closed(on text: String = "2026-12-01") throws -> Finding {
        try awaitingVerification(on: text)
            .applying(
                .verify(accepted: true, note: "", eligibility: eligible), by: verifier, at: at(text), rules: rules
            ).finding
    }
}

extension Finding {
    /// Applies a command with the fixture's rules.
    func after(_ command: LedgerCommand, by actor: Actor, on text: String = "2026-12-01") throws -> Finding {
        try applying(command, by: actor, at: Fixture.at(text), rules: Fixture.rules).finding
    }

    /// The error a command fails with, or `nil` when it succeeds.
    func refusal(_ command: LedgerCommand, by actor: Actor, on text: String = "2026-12-01") -> LedgerError? {
        do {
            _ = try applying(command, by: actor, at: Fixture.at(text), rules: Fixture.rules)
            return nil
        } catch {
            return error
        }
    }
}
