import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckRoster
import SpotcheckSystem
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// A failure the user can act on: the message says what is wrong and what to do; the exit code
/// says what kind of failure it was (see `ExitCodes`).
struct CLIFailure: Error, CustomStringConvertible {
    var message: String
    var exitCode: ExitCode

    init(_ message: String, exitCode: ExitCode = ExitCodes.dataError) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }
}

/// The exit codes of every command, from sysexits(3).
enum ExitCodes {
    /// A check failed: the record does not reproduce, or a benchmark missed its goal.
    static let checkFailed = ExitCode(1)
    /// The command line is wrong.
    static let usage = ExitCode(64)
    /// An input file is malformed: roster, policy, record or seed.
    static let dataError = ExitCode(65)
    /// An input file cannot be opened.
    static let noInput = ExitCode(66)
    /// Something the system should provide failed (the kernel's random source).
    static let osError = ExitCode(71)
    /// An output file cannot be written.
    static let ioError = ExitCode(74)
    /// The daemon cannot be reached.
    static let unavailable = ExitCode(69)
    /// The daemon refused: the caller's role does not allow it.
    static let permission = ExitCode(77)
    /// An inspector, department, pool or draw named on the command line does not exist, whether
    /// the roster files or the daemon say so.
    static let notFound = ExitCode(67)
    /// `order`: the inspection is ordered, but a team could not be staffed.
    static let notStaffed = ExitCode(3)
    /// The daemon took no call or gave no answer within the timeout.
    static let timedOut = ExitCode(75)

    /// The codes as the help of every command lists them, in the reader's language.
    static var help: String { Catalogue.Common.exitCodes.text }
}

enum Files {
    /// Reads a whole file, refusing one larger than `limit` bytes (64 MiB, the roster file cap,
    /// unless told) without reading the rest.
    static func read(_ path: String, limit: Int = RosterParser.maxFileBytes) throws(CLIFailure) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIFailure(Catalogue.Common.noSuchFile(path).text, exitCode: ExitCodes.noInput)
        }
        guard !isDirectory.boolValue else {
            throw CLIFailure(Catalogue.Common.isADirectory(path).text, exitCode: ExitCodes.noInput)
        }
        // Opened without waiting (a FIFO would block an ordinary open) and read only when it is a
        // regular file: a FIFO or device is refused, never read.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CLIFailure(Catalogue.Common.cannotRead(path).text, exitCode: ExitCodes.noInput)
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        defer { try? handle.close() }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw CLIFailure(Catalogue.Common.notARegularFile(path).text, exitCode: ExitCodes.dataError)
        }
        // A regular file says its size: refuse a large one without reading it.
        if let size = try? handle.seekToEnd() {
            guard size <= UInt64(limit) else {
                throw CLIFailure(Catalogue.Common.tooLarge(path, Files.size(limit)).text, exitCode: ExitCodes.dataError)
            }
            try? handle.seek(toOffset: 0)
        }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try handle.read(upToCount: limit + 1) ?? Data())
        } catch {
            throw CLIFailure("\(path): cannot be read: \(error)", exitCode: ExitCodes.noInput)
        }
        guard bytes.count <= limit else {
            throw CLIFailure(Catalogue.Common.tooLarge(path, Files.size(limit)).text, exitCode: ExitCodes.dataError)
        }
        return bytes
    }

    /// A limit in bytes as its reader would say it: `64 MiB`, `48 KiB`, `100 bytes`.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Writes through a temporary file and a rename, so that a reader never sees half a file.
    static func writeAtomically(_ bytes: [UInt8], to path: String, permissions: UInt32 = 0o644) throws(CLIFailure) {
        do {
            try AtomicFile.write(bytes, to: path, mode: permissions)
        } catch {
            throw CLIFailure("\(error)", exitCode: ExitCodes.ioError)
        }
    }
}

/// Options naming the roster files and the policy.
struct RosterOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(Catalogue.Common.rosterHelp, valueName: "dir"), completion: .directory)
    var roster: String?

    @Option(
        name: .long,
        help: ArgumentHelp(Catalogue.Common.policyHelp, valueName: "file"), completion: .file())
    var policy: String?

    /// The roster folder, which this command needs.
    func folder() throws(CLIFailure) -> String {
        guard let roster else {
            throw CLIFailure(Catalogue.Common.giveRoster.text, exitCode: ExitCodes.usage)
        }
        return roster
    }

    func loadRoster(input: Bool = false) throws(CLIFailure) -> Roster {
        try RosterLoader.load(folder: try folder(), input: input)
    }

    func loadPolicy() throws(CLIFailure) -> Policy {
        let path: String
        if let policy {
            path = policy
        } else {
            let roster = try folder()
            let folder = roster.hasSuffix("/") ? String(roster.dropLast()) : roster
            path = "\(folder)/policy.toml"
            guard Files.exists(path) else { return Policy() }
        }
        do {
            let policy = try PolicyFile.parse(try Files.read(path, limit: TOML.maxBytes), file: path)
            // Every precondition of the draw, checked before anything is drawn.
            let problems = policy.problems()
            guard problems.isEmpty else {
                throw CLIFailure(
                    Catalogue.VerifyWords.policyRefused(
                        problems.map { "\(path): policy: \($0)" }.joined(separator: "\n")
                    ).text)
            }
            return policy
        } catch let error as InputErrors {
            throw CLIFailure(Catalogue.VerifyWords.policyRefused(PassedThroughText.describe(error)).text)
        } catch let error as CLIFailure {
            throw error
        } catch {
            throw CLIFailure("\(error)")
        }
    }
}

enum RosterLoader {
    /// Reads and parses the roster files of a folder; refuses them whole on any error.
    static func load(folder path: String, input: Bool = false) throws(CLIFailure) -> Roster {
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        func file(_ name: String, required: Bool) throws(CLIFailure) -> RosterFiles.File? {
            let path = "\(folder)/\(name)"
            if !required, !Files.exists(path) { return nil }
            return RosterFiles.File(name: path, bytes: try Files.read(path))
        }
        let files = RosterFiles(
            departments: try file("departments.csv", required: true)!,
            inspectors: try file("inspectors.csv", required: true)!,
            conflicts: try file("conflicts.csv", required: false),
            history: try file("history.csv", required: false))
        do {
            // Input a person wrote is held to the snapshot rule too; a published snapshot is not.
            return try input ? RosterParser.parseInput(files) : RosterParser.parse(files)
        } catch {
            throw CLIFailure(Catalogue.Common.rosterRefused(PassedThroughText.describe(error)).text)
        }
    }
}

enum DateOption {
    /// Today's date in the local time zone.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    static func parse(_ text: String?) throws(CLIFailure) -> Day {
        guard let text else { return today() }
        guard let day = Day(iso: text) else {
            throw CLIFailure(DateInputText.dateOption(text), exitCode: ExitCodes.usage)
        }
        return day
    }
}

enum Seeds {
    /// A fresh seed from the kernel.
    static func fresh() throws(CLIFailure) -> Seed {
        do {
            return try KernelRandom.seed()
        } catch {
            throw CLIFailure("\(error)", exitCode: ExitCodes.osError)
        }
    }
}

enum RecordJSON {
    static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        RecordCoding.encode(value)
    }

    static func decodeRecord(_ bytes: [UInt8], file: String) throws(CLIFailure) -> DrawRecord {
        // Not JSON at all: said here, not in Foundation's English (VerifyCauses.swift).
        guard (try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) != nil else {
            throw CLIFailure(
                InputError(file: file, line: 1, message: Catalogue.VerifyCauses.recordNotJSON.text).description)
        }
        do {
            return try RecordCoding.decodeRecord(bytes, file: file)
        } catch var error {
            error.message = Catalogue.VerifyCauses.recordPatterns.told(error.message)
            throw CLIFailure(error.description)
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

func writeOut(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
}
