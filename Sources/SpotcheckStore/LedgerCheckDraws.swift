import Foundation
import GRDB
public import SpotcheckLedger

extension Store {
    /// The checks draw `drawID` was given, as the audit of `noteLedgerCheck` keeps them (a check
    /// drawn again points at its latest draw only; the audit keeps every draw's), in the order
    /// noted.
    public func ledgerChecksDrawn(
        drawID: Int64
    ) throws -> [(kind: LedgerCheckKind, finding: FindingID?, department: String)] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT json_extract(detail, '$.kind') AS kind, json_extract(detail, '$.finding') AS finding,
                        json_extract(detail, '$.department') AS department
                    FROM audit WHERE action = 'ledger.check.drawn' AND json_extract(detail, '$.draw') = ? ORDER BY id
                    """,
                arguments: [String(drawID)]
            ).compactMap { row in
                guard let kind = LedgerCheckKind(rawValue: row["kind"] ?? "") else { return nil }
                let finding: String = row["finding"] ?? ""
                return (kind, try? FindingID(finding), row["department"] ?? "")
            }
        }
    }

    /// Registers "v33-ledger-check-draws": indexes the audit lines of `ledger.check.drawn` by the
    /// finding and by the draw they name, which every reveal and replacement of a ledger draw,
    /// and every ledger draw's snapshot, looks up (`ledgerCheckDraws`, `ledgerChecksDrawn`). Append
    /// only: a shipped migration is never edited.
    static func registerLedgerCheckDrawsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v33-ledger-check-draws") { db in
            try db.execute(
                sql: """
                    CREATE INDEX audit_ledger_check_finding ON audit (json_extract(detail, '$.finding'))
                        WHERE action = 'ledger.check.drawn';
                    CREATE INDEX audit_ledger_check_draw ON audit (json_extract(detail, '$.draw'))
                        WHERE action = 'ledger.check.drawn';
                    """)
        }
    }
}
