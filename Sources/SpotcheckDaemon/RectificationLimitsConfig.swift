import SpotcheckLedger
import SpotcheckRoster

/// `[ledger.rectification_working_days]` in spotcheckd.toml: the longest rectification by
/// severity, in working days from its start (限期整改; docs/ledger.md, "Deadlines"), and
/// `[ledger] verification_working_days`, how long a verifier may keep a submission before the
/// journal says so.
enum RectificationLimitsSection {
    /// The largest limit accepted: about four years of working days.
    static let maximum = 1000

    /// Reads the table; every key absent keeps its default, a wrong one is an error naming the
    /// file, line and key.
    static func decode(_ reader: inout TableReader, file: String) -> RectificationLimits {
        var limits = RectificationLimits.standard
        guard let table = reader.table("rectification_working_days") else { return limits }
        var inner = TableReader(table, file: file, name: "\(reader.name).rectification_working_days")
        limits.minor = inner.integer("minor", default: limits.minor, range: 1...maximum)
        limits.serious = inner.integer("serious", default: limits.serious, range: 1...maximum)
        limits.grave = inner.integer("grave", default: limits.grave, range: 1...maximum)
        reader.absorb(inner.finish())
        return limits
    }
}
