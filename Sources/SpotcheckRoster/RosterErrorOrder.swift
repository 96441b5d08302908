/// The order in which a refused roster's problems are told: root causes first, cascades
/// collapsed.
///
/// One misspelled header in inspectors.csv makes every row of conflicts.csv and history.csv
/// name an "unknown inspector"; listing those first (or only those, once cut) hides the one
/// error to fix. So problems are told file by file in the order the files are read
/// (departments, inspectors, conflicts, history), then by line; a reference to an inspector or
/// department is told only when the file that defines them was read without a problem, and
/// otherwise counted in one closing line ("and 103 references to inspectors that could not be
/// read"). A file that is not UTF-8 (saved as GBK, say) is told so once, with the count of its
/// other fields that are not. At most `limit` problems are told; the rest are counted.
enum RosterErrorOrder {
    static let unknownInspector = "unknown inspector "
    static let unknownDepartment = "unknown department "

    static let notUTF8 = "is not valid UTF-8; save the file as UTF-8"

    static func order(_ errors: [InputError], files: RosterFiles, limit: Int, collectLimit: Int) -> [InputError] {
        // One "save as UTF-8" per file, the first, with the rest counted.
        var encodingCounts: [String: Int] = [:]
        var errors = errors.filter { error in
            guard error.message == notUTF8 else { return true }
            encodingCounts[error.file, default: 0] += 1
            return encodingCounts[error.file] == 1
        }
        for index in errors.indices where errors[index].message == notUTF8 {
            let more = encodingCounts[errors[index].file, default: 1] - 1
            if more > 0 {
                errors[index].message += " (and \(more) more field\(more == 1 ? "" : "s") of this file; it may be GBK)"
            }
        }
        let order = [files.departments.name, files.inspectors.name, files.conflicts?.name, files.history?.name]
            .compactMap { $0 }
        func rank(_ file: String) -> Int { order.firstIndex(of: file) ?? order.count }
        func isReference(_ error: InputError, _ prefix: String) -> Bool { error.message.hasPrefix(prefix) }
        let roots = errors.filter { !isReference($0, unknownInspector) && !isReference($0, unknownDepartment) }
        let brokenDepartments = roots.contains { $0.file == files.departments.name }
        let brokenInspectors = roots.contains { $0.file == files.inspectors.name }
        var told: [InputError] = []
        var hiddenInspectors = 0
        var hiddenDepartments = 0
        for error in errors {
            if isReference(error, unknownInspector), brokenInspectors {
                hiddenInspectors += 1
            } else if isReference(error, unknownDepartment), brokenDepartments {
                hiddenDepartments += 1
            } else {
                told.append(error)
            }
        }
        told.sort {
            (rank($0.file), $0.file, $0.line, $0.column ?? 0) < (rank($1.file), $1.file, $1.line, $1.column ?? 0)
        }
        let atLeast = errors.count >= collectLimit ? "at least " : ""
        if told.count > limit {
            let more = told.count - limit
            let last = told[limit - 1]
            told = Array(told.prefix(limit))
            told.append(InputError(file: last.file, line: last.line, message: "and \(atLeast)\(more) more errors"))
        }
        for (count, kind, file) in [
            (hiddenDepartments, "departments", files.departments.name),
            (hiddenInspectors, "inspectors", files.inspectors.name),
        ] where count > 0 {
            told.append(
                InputError(
                    file: file, line: 0,
                    message: "and \(atLeast)\(count) reference\(count == 1 ? "" : "s") to \(kind) that could not be "
                        + "read; fix the errors above first"))
        }
        return told
    }
}
