import Foundation
import Logging
import Testing

@testable import SpotcheckDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// The hooks folder is opened without following a symbolic link and checked on its open
/// descriptor, and its programs are opened relative to that descriptor: a folder that is a link,
/// that another account could write, or that is swapped after the check runs nothing it holds.
@Suite struct HookFolderTests {
    private static func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hookdir-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        chmod(url.path, 0o755)
        return url
    }

    /// A program that appends its name to `log`.
    private static func program(in folder: URL, _ name: String, log: String, says: String) throws {
        let path = folder.appendingPathComponent(name).path
        try ("#!/bin/sh\necho \(says) >>\(log)\n").write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o755)
    }

    private static func notices(_ folder: String) -> Notices {
        var settings = HookSettings()
        settings.folder = folder
        settings.timeoutSeconds = 5
        return Notices(settings: settings, logger: Logger(label: "hook-folder-test"))
    }

    private static let notice = Notices.Notice(
        event: "reveal", login: "ins-1", path: "/nonexistent/task.json", date: "2026-12-01", json: Array("{}".utf8))

    private static func contents(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    @Test func aHooksFolderThatIsASymbolicLinkRunsNothing() throws {
        let real = try Self.folder("real")
        let outside = try Self.folder("outside")
        defer {
            try? FileManager.default.removeItem(at: real)
            try? FileManager.default.removeItem(at: outside)
        }
        let log = outside.appendingPathComponent("ran.log").path
        try Self.program(in: real, "10-mark", log: log, says: "ran")
        let link = outside.appendingPathComponent("hooks.d").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real.path)
        guard case .failure(let refusal) = HookFolder.open(link) else {
            Issue.record("a hooks folder that is a symbolic link was opened")
            return
        }
        #expect(refusal.reason.contains("symbolic link"), "\(refusal.reason)")
        let hooks = Self.notices(link)
        #expect(hooks.programs().isEmpty)
        hooks.run("10-mark", Self.notice)
        #expect(Self.contents(log).isEmpty)
        // The folder itself, named as it is, runs its program.
        let direct = Self.notices(real.path)
        #expect(direct.programs() == ["10-mark"])
        direct.run("10-mark", Self.notice)
        #expect(Self.contents(log) == "ran\n")
    }

    @Test(arguments: [0o775, 0o757, 0o777] as [mode_t])
    func aHooksFolderOthersCanWriteRunsNothing(mode: mode_t) throws {
        let dir = try Self.folder("writable")
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("ran.log").path
        try Self.program(in: dir, "10-mark", log: log, says: "ran")
        chmod(dir.path, mode)
        #expect(
            HookFolder.open(dir.path).map(\.path)
                == .failure(HookFolderRefusal(reason: "it is writable by group or others (chmod go-w)")))
        let hooks = Self.notices(dir.path)
        #expect(hooks.programs().isEmpty)
        hooks.run("10-mark", Self.notice)
        #expect(Self.contents(log).isEmpty)
    }

    @Test func aFolderSwappedForALinkAfterTheCheckRunsNothingFromTheLinkedFolder() throws {
        let base = try Self.folder("swap")
        defer { try? FileManager.default.removeItem(at: base) }
        let log = base.appendingPathComponent("ran.log").path
        let hooksPath = base.appendingPathComponent("hooks.d").path
        try FileManager.default.createDirectory(atPath: hooksPath, withIntermediateDirectories: false)
        chmod(hooksPath, 0o755)
        try Self.program(in: URL(fileURLWithPath: hooksPath), "10-mark", log: log, says: "checked")
        let hooks = Self.notices(hooksPath)
        #expect(hooks.programs() == ["10-mark"])
        // Between the listing and the run the folder is moved away and a link to another folder,
        // holding a program of the same name, takes its place.
        let evil = base.appendingPathComponent("evil")
        try FileManager.default.createDirectory(at: evil, withIntermediateDirectories: false)
        chmod(evil.path, 0o755)
        try Self.program(in: evil, "10-mark", log: log, says: "swapped")
        #expect(rename(hooksPath, base.appendingPathComponent("moved").path) == 0)
        try FileManager.default.createSymbolicLink(atPath: hooksPath, withDestinationPath: evil.path)
        hooks.run("10-mark", Self.notice)
        #expect(Self.contents(log).isEmpty, "\(Self.contents(log))")
    }

    @Test func programsComeFromTheFolderThatWasOpenedEvenIfItsNameIsReplaced() throws {
        let base = try Self.folder("openat")
        defer { try? FileManager.default.removeItem(at: base) }
        let log = base.appendingPathComponent("ran.log").path
        let hooksPath = base.appendingPathComponent("hooks.d").path
        try FileManager.default.createDirectory(atPath: hooksPath, withIntermediateDirectories: false)
        chmod(hooksPath, 0o755)
        try Self.program(in: URL(fileURLWithPath: hooksPath), "10-mark", log: log, says: "checked")
        let folder = try HookFolder.open(hooksPath).get()
        defer { folder.close() }
        // Another folder takes the name after the open: the program is still the checked one.
        #expect(rename(hooksPath, base.appendingPathComponent("moved").path) == 0)
        try FileManager.default.createDirectory(atPath: hooksPath, withIntermediateDirectories: false)
        chmod(hooksPath, 0o755)
        try Self.program(in: URL(fileURLWithPath: hooksPath), "10-mark", log: log, says: "swapped")
        #expect(folder.names() == ["10-mark"])
        let program = try HookProgram.open(name: "10-mark", in: folder).get()
        defer { program.close() }
        #expect(program.run(arguments: ["10-mark"], environment: [], input: [], timeoutSeconds: 10) == .exited(0))
        #expect(Self.contents(log) == "checked\n", "\(Self.contents(log))")
        // A name with a slash never leaves the folder.
        #expect(HookProgram.open(name: "../moved/10-mark", in: folder) == .failure(.notAProgram))
    }

    @Test func noHooksFolderIsNoProblem() throws {
        let base = try Self.folder("none")
        defer { try? FileManager.default.removeItem(at: base) }
        let path = base.appendingPathComponent("absent/hooks.d").path
        guard case .failure(let refusal) = Notices.openFolder(path) else {
            Issue.record("a missing folder was opened")
            return
        }
        #expect(refusal.missing)
        #expect(Self.notices(path).programs().isEmpty)
    }
}
