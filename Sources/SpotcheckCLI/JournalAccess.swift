import Foundation
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// Whether this user can read the system journal, said before reading it: libsystemd skips the
/// files it may not open, so an unreadable journal would otherwise look like an empty one.
enum JournalAccess {
    static let folders = ["/var/log/journal", "/run/log/journal"]

    static func check() throws(CLIFailure) {
        if geteuid() == 0 { return }
        var found: [String] = []
        for folder in folders {
            for machine in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = "\(folder)/\(machine)"
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                    continue
                }
                found.append(path)
                guard access(path, R_OK | X_OK) == 0 else { continue }
                let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                if files.contains(where: {
                    $0.hasPrefix("system") && $0.hasSuffix(".journal") && access("\(path)/\($0)", R_OK) == 0
                }) {
                    return
                }
            }
        }
        guard let first = found.first else {
            throw CLIFailure(Catalogue.LogInstance.noJournal.text, exitCode: ExitCodes.noInput)
        }
        let login = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "LOGIN"
        throw CLIFailure(Catalogue.LogInstance.cannotReadJournal(first, login).text, exitCode: ExitCodes.permission)
    }

    /// A unit as the journal names it: `spotcheckd` is `spotcheckd.service`.
    static func unitName(_ unit: String) -> String {
        unit.contains(".") ? unit : unit + ".service"
    }

    /// The invocation id of the unit's running instance, from systemd.
    static func currentInvocation(unit: String) throws(CLIFailure) -> String {
        let name = unitName(unit)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["systemctl", "show", "--property=InvocationID", "--value", name]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        var id = ""
        do {
            try process.run()
            id = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            process.waitUntilExit()
        } catch {
            id = ""
        }
        guard process.terminationStatus == 0, id.count == 32, id.allSatisfy(\.isHexDigit) else {
            throw CLIFailure(Catalogue.LogInstance.noCurrentInvocation(name).text, exitCode: ExitCodes.unavailable)
        }
        return id
    }
}
