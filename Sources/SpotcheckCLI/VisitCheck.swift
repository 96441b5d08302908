import Foundation
import SpotcheckCore

/// `visit.txt` of a public draw folder: exactly `open` or `covert` and a newline, fixed when the
/// draw was committed. A folder without it was published before visit modes were public.
enum VisitCheck {
    static let file = "visit.txt"

    /// The mode the folder states, nil when it has no `visit.txt` or it is not a mode.
    static func mode(folder: String) -> String? {
        guard let data = FileManager.default.contents(atPath: "\(folder)/\(file)") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return ["open\n", "covert\n"].contains(text) ? String(text.dropLast()) : nil
    }

    /// The problems with the folder's `visit.txt` (none when it is absent or well formed).
    static func problems(folder: String) -> [String] {
        let path = "\(folder)/\(file)"
        var status = stat()
        guard lstat(path, &status) == 0 else { return [] }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return ["\(file): not a regular file (it must hold open or covert)"]
        }
        guard status.st_size <= 64, mode(folder: folder) != nil else {
            return ["\(file): must be exactly 'open' or 'covert' and a newline (the visit mode fixed at commitment)"]
        }
        return []
    }

    /// The folder's `visit.txt` against the mode the record (and so its commitment) binds: a
    /// record with `visit` needs a `visit.txt` stating exactly that mode. A record without it
    /// was committed before commitments bound the mode, and its `visit.txt` is checked alone.
    static func problems(folder: String, record: DrawRecord) -> [String] {
        let alone = problems(folder: folder)
        guard let bound = record.visit else { return alone }
        guard alone.isEmpty else { return alone }
        guard let stated = mode(folder: folder) else {
            return ["\(file): missing (the record's commitment binds the visit mode '\(bound)')"]
        }
        if stated != bound {
            return ["\(file): says '\(stated)', the record's commitment binds visit '\(bound)'"]
        }
        return []
    }
}
