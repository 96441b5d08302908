import Foundation
import SpotcheckCore
import SpotcheckRoster

/// An offline draw in snapshot grammar 3, as the daemon draws (docs/draw-algorithm.md §1):
/// `spotcheck draw --published-roster DIR --conflict-salts FILE` commits to the roster as the
/// draw's date reads it, each conflict's reason as a commitment with a private salt, and writes
/// the roster files a public folder carries into DIR (what `spotcheck verify --roster DIR` and
/// `verify_draw.py --roster DIR` check the record with). The salts stay in FILE (mode 0600, the
/// columns of the daemon's STATE/private/conflict-salts.csv): read from it when it exists, so
/// that every draw made with it publishes the same commitments, and new ones, from the kernel,
/// added to it for conflicts it does not hold yet. Nothing else differs from a draw of grammar 2.
enum DrawPublished {
    static let columns = ["inspector", "department", "reason", "salt", "reason_commitment"]

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }

    /// The published form of `roster` for a draw on `day`, with the salts of `saltsFile`
    /// (made and kept there when missing).
    static func snapshot(_ roster: Roster, day: Day, policy: Policy, saltsFile: String?) throws(CLIFailure) -> Roster {
        let roster = roster.withContactConflicts()  // as the daemon's draws (ContactConflicts.swift)
        let live = roster.conflicts.filter { $0.until.map { $0 >= day } ?? true }
        var salts: [String: [UInt8]] = [:]
        func key(_ inspector: String, _ department: String, _ reason: String) -> String {
            [inspector, department, reason].joined(separator: "\u{0}")
        }
        var rows: [(inspector: String, department: String, reason: String, salt: [UInt8])] = []
        if let saltsFile, Files.exists(saltsFile) {
            for (line, row) in try Openings.rows(saltsFile, columns: columns) {
                guard let salt = Openings.salt(row["salt"] ?? "") else {
                    throw CLIFailure(
                        "\(saltsFile) line \(line): salt is not 64 hex digits", exitCode: ExitCodes.dataError)
                }
                let entry = (row["inspector"] ?? "", row["department"] ?? "", row["reason"] ?? "", salt)
                if salts.updateValue(salt, forKey: key(entry.0, entry.1, entry.2)) == nil { rows.append(entry) }
            }
        }
        var added = false
        for conflict in live where salts[key(conflict.inspector, conflict.department, conflict.reason)] == nil {
            guard saltsFile != nil else {
                throw CLIFailure(
                    "the roster declares conflicts: a draw of grammar 3 keeps their reasons' salts in --conflict-salts FILE (give one; it is created when missing)",
                    exitCode: ExitCodes.usage)
            }
            let salt = try Seeds.fresh().bytes
            salts[key(conflict.inspector, conflict.department, conflict.reason)] = salt
            rows.append((conflict.inspector, conflict.department, conflict.reason, salt))
            added = true
        }
        if added, let saltsFile {
            var text = columns.joined(separator: ",") + "\n"
            for row in rows.sorted(by: {
                ($0.inspector, $0.department, $0.reason) < ($1.inspector, $1.department, $1.reason)
            }) {
                text +=
                    [
                        row.inspector, row.department, row.reason, Hex.encode(row.salt),
                        ConflictCommitment.value(salt: row.salt, reason: row.reason),
                    ].map(quote).joined(separator: ",") + "\n"
            }
            try Files.writeAtomically(Array(text.utf8), to: saltsFile, permissions: 0o600)
        }
        return roster.published(on: day, policy: policy) { conflict in
            salts[key(conflict.inspector, conflict.department, conflict.reason)] ?? []
        }
    }

    /// Writes the roster files of a draw's public folder (`roster/`) into `folder`.
    static func write(_ roster: Roster, to folder: String) throws(CLIFailure) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure("\(folder): cannot be made (\(error))", exitCode: ExitCodes.ioError)
        }
        let files = PublishedRoster.write(roster)
        try Files.writeAtomically(files.departments, to: "\(folder)/departments.csv")
        try Files.writeAtomically(files.inspectors, to: "\(folder)/inspectors.csv")
        try Files.writeAtomically(files.conflicts, to: "\(folder)/conflicts.csv")
        try Files.writeAtomically(files.history, to: "\(folder)/history.csv")
    }
}
