public import SpotcheckCore
import SpotcheckRoster

/// The ledger's draws, from `[ledger]` in spotcheckd.toml: who verifies a rectification, the
/// share of closed findings re-checked on site (回头看), and the honesty sample.
public struct LedgerDrawSettings: Sendable, Equatable {
    /// The pool name the ledger's draws are recorded under (`PUBLIC/DATE/POOL-ordered-ID`); a
    /// label only, it need not be a configured pool.
    public var pool = "ledger"
    /// Days after inspecting a department during which an inspector may not verify its
    /// rectification (its recent inspectors); 0 lets them.
    public var verifierRecentDays = 180
    /// Days after leaving a department during which a former member may not verify there.
    public var verifierFormerDays = 730
    /// Percent of the findings closed in a month that are re-checked on site the next month;
    /// 0 draws no re-checks.
    public var recheckShare = 0
    /// Departments with no self-inspection finding visited each month; 0 draws none.
    public var honestySample = 0
    /// The configured pool whose team policy re-check and honesty visits follow; the first pool
    /// when not named.
    public var teamPool: String?

    /// Weight added in scheduled draws for each open finding of a department; 0: none.
    public var openWeight = 0
    /// Weight added for each overdue finding (on top of its `openWeight`); 0: none.
    public var overdueWeight = 0

    public init() {}

    /// The policy of a verifier draw: one inspector, drawn like a team member under the
    /// recusal rules (own department, former posts, declared conflicts, and the department's
    /// recent inspectors through the rotation window), daily cap and day so far included.
    public var verifierPolicy: Policy {
        Policy(
            targetsPerDraw: 1, teamSize: 1, leadRequired: false, minHomeDepartments: 1,
            formerDepartmentWindowDays: verifierFormerDays, rotationWindowDays: verifierRecentDays, cooldownDays: 0,
            reciprocalBan: false)
    }

    /// Reads the draw keys of `[ledger]`.
    static func decode(_ reader: inout TableReader) -> LedgerDrawSettings {
        var settings = LedgerDrawSettings()
        if let pool = reader.string("draw_pool") {
            // A folder of the public site like a pool's (PoolName).
            if let problem = PoolName.problem(pool, quoted: InputText.quoted(pool)) {
                reader.fail("draw_pool", problem)
            } else {
                settings.pool = pool
            }
        }
        settings.verifierRecentDays = reader.integer("verifier_recent_days", default: 180, range: 0...1_000_000)
        settings.verifierFormerDays = reader.integer("verifier_former_days", default: 730, range: 0...1_000_000)
        settings.recheckShare = reader.integer("recheck_share", default: 0, range: 0...100)
        settings.honestySample = reader.integer("honesty_sample", default: 0, range: 0...10_000)
        settings.teamPool = reader.string("recheck_pool")
        settings.openWeight = reader.integer("open_weight", default: 0, range: 0...1_000_000)
        settings.overdueWeight = reader.integer("overdue_weight", default: 0, range: 0...1_000_000)
        return settings
    }
}
