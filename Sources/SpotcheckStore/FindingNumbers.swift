import GRDB

// Finding numbers (F-2026-483920) are drawn at random among the numbers of the year not yet
// used: consecutive numbers would tell anyone who records a finding (a department's contact, an
// inspector) how many findings the whole county has, and how many were recorded elsewhere
// since their last one.

extension Store {
    /// The range numbers are drawn from: six digits, readable and far larger than a year's
    /// findings, so that a number says nothing about how many exist.
    static let findingNumbers = 100_000...999_999

    /// A number of `year` that no finding has, drawn with the kernel's random generator (a
    /// wider range after many collisions, so that a full year never stops recording).
    static func allocateFindingNumber(_ db: Database, year: Int) throws -> Int {
        var generator = SystemRandomNumberGenerator()
        var range = findingNumbers
        for attempt in 0... {
            if attempt > 0, attempt.isMultiple(of: 64) {
                range = range.lowerBound...(range.upperBound * 10 + 9)
            }
            let number = Int.random(in: range, using: &generator)
            let used = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM ledger_finding WHERE year = ? AND number = ?)",
                arguments: [year, number])
            if used != true { return number }
        }
        preconditionFailure("unreachable")
    }
}
