import GRDB

// Finding numbers (F-2026-483920) and complaint numbers are drawn at random among the numbers not
// yet used: consecutive numbers would tell anyone who records a finding (a department's contact,
// an inspector) how many findings the whole county has, and how many were recorded elsewhere
// since their last one; and a complaints handler recused from a department would read from the
// gaps between the complaints they see that complaints about it exist, and how many. Identity
// requests are numbered the same way: a handler asking for one would otherwise learn how many
// identities were asked for since their last request.

extension Store {
    /// The range numbers are drawn from: six digits, readable and far larger than a year's
    /// findings or complaints, so that a number says nothing about how many exist.
    static let findingNumbers = 100_000...999_999

    /// A number of `year` that no finding has, drawn with the kernel's random generator.
    static func allocateFindingNumber(_ db: Database, year: Int) throws -> Int {
        try allocateNumber { number in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM ledger_finding WHERE year = ? AND number = ?)",
                arguments: [year, number]) == true
        }
    }

    /// A complaint number no complaint has (those registered before numbers were drawn keep
    /// their 1, 2, …, below the range).
    static func allocateComplaintNumber(_ db: Database) throws -> Int64 {
        Int64(
            try allocateNumber { number in
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM complaint WHERE id = ?)", arguments: [number])
                    == true
            })
    }

    /// An identity request number no request has (those made before numbers were drawn keep
    /// their 1, 2, …, below the range).
    static func allocateUnsealNumber(_ db: Database) throws -> Int64 {
        Int64(
            try allocateNumber { number in
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM complaint_unseal WHERE id = ?)", arguments: [number]) == true
            })
    }

    /// A number of `findingNumbers` that `used` says is free, drawn with the kernel's random
    /// generator (a wider range after many collisions, so that a full range never stops anyone).
    private static func allocateNumber(used: (Int) throws -> Bool) throws -> Int {
        var generator = SystemRandomNumberGenerator()
        var range = findingNumbers
        for attempt in 0... {
            if attempt > 0, attempt.isMultiple(of: 64) {
                range = range.lowerBound...(range.upperBound * 10 + 9)
            }
            let number = Int.random(in: range, using: &generator)
            if try !used(number) { return number }
        }
        preconditionFailure("unreachable")
    }
}
