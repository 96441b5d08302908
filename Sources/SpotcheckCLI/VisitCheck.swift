import Foundation

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
}
