import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore
import SpotcheckText

/// Assignments inspectors were told of (their task files hold them) that a restored database
/// does not hold: a replacement or an order made after the backup was taken. The next start
/// writes those task files from the database, without them; `--accept-restored-state` names each
/// one first, so that the administrator tells the inspectors instead of their task vanishing.
enum RestoredTaskFiles {
    struct Lost: Equatable {
        var login: String
        var date: String
        var drawID: Int64
        var department: String
    }

    static func lost(store: Store, tasks: String) throws -> [Lost] {
        let manager = FileManager.default
        var known: [Int64: Set<String>] = [:]  // draw → "login department"
        var found: [Lost] = []
        let logins = ((try? manager.contentsOfDirectory(atPath: tasks)) ?? []).filter { !$0.hasPrefix(".") }
        for login in logins.sorted() {
            let folder = "\(tasks)/\(login)"
            let names = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }
            for name in names.sorted() {
                guard let data = manager.contents(atPath: "\(folder)/\(name)"),
                    let file = try? TaskFile.decode(data)
                else { continue }
                for assignment in file.assignments where assignment.status != "withdrawn" {
                    if known[assignment.drawID] == nil {
                        known[assignment.drawID] = Set(
                            try store.assignments(drawID: assignment.drawID).map { "\($0.login) \($0.department)" })
                    }
                    if known[assignment.drawID]?.contains("\(login) \(assignment.target.id)") != true {
                        found.append(
                            Lost(
                                login: login, date: file.date.description, drawID: assignment.drawID,
                                department: assignment.target.id))
                    }
                }
            }
        }
        return found
    }

    /// The lines `--accept-restored-state` prints, one per lost assignment.
    static func told(_ lost: [Lost]) -> [Localized] {
        lost.map {
            Catalogue.StateOperations.toldButLost($0.login, $0.drawID, $0.department, $0.date)
        }
    }
}
