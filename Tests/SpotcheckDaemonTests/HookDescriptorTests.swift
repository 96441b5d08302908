import Foundation
import SpotcheckDaemon
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A notice program is run from the file that was checked, never looked up again by name: a file
/// swapped in between the check and the start is not what runs.
@Suite struct HookDescriptorTests {
    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hookfd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func script(_ path: String, _ body: String) throws {
        try ("#!/bin/sh\n" + body).write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o755)
    }

    private static func contents(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    @Test func aScriptSwappedAfterTheCheckIsNotWhatRuns() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hook = dir.appendingPathComponent("10-notify").path
        let log = dir.appendingPathComponent("ran.log").path
        try Self.script(hook, "echo checked \"$1\" >>\(log)\n")
        let checked = try HookProgram.open(hook).get()
        defer { checked.close() }
        #expect(checked.isScript)
        // Another program takes the name after the check (a rename over it, as an attacker who
        // could write the folder for a moment would do).
        let evil = dir.appendingPathComponent("evil").path
        try Self.script(evil, "echo swapped >>\(log)\n")
        #expect(rename(evil, hook) == 0)
        let outcome = checked.run(arguments: [hook, "reveal"], environment: [], input: [], timeoutSeconds: 10)
        #expect(outcome == .exited(0))
        #expect(Self.contents(log) == "checked reveal\n", "\(Self.contents(log))")
    }

    @Test func aCompiledProgramRunsFromItsDescriptorEvenAfterItsNameIsGone() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hook = dir.appendingPathComponent("20-touch").path
        try FileManager.default.copyItem(atPath: "/usr/bin/touch", toPath: hook)
        chmod(hook, 0o755)
        let checked = try HookProgram.open(hook).get()
        defer { checked.close() }
        #expect(!checked.isScript)
        #expect(unlink(hook) == 0)
        let marker = dir.appendingPathComponent("marker").path
        let outcome = checked.run(arguments: ["touch", marker], environment: [], input: [], timeoutSeconds: 10)
        #expect(outcome == .exited(0))
        #expect(FileManager.default.fileExists(atPath: marker))
    }

    @Test func aLinkOrAProgramOfAnotherAccountIsRefusedOnTheOpenedFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("real").path
        try Self.script(target, "exit 0\n")
        let link = dir.appendingPathComponent("30-link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        guard case .failure(.refused(let why)) = HookProgram.open(link) else {
            Issue.record("a symbolic link was accepted")
            return
        }
        #expect(why.contains("symbolic link"))

        let writable = dir.appendingPathComponent("40-writable").path
        try Self.script(writable, "exit 0\n")
        chmod(writable, 0o777)
        #expect(HookProgram.open(writable) == .failure(.refused("it is writable by group or others (chmod go-w)")))

        let plain = dir.appendingPathComponent("notes.txt").path
        try "not a program".write(toFile: plain, atomically: false, encoding: .utf8)
        #expect(HookProgram.open(plain) == .failure(.notAProgram))

        if geteuid() == 0 {
            let theirs = dir.appendingPathComponent("50-theirs").path
            try Self.script(theirs, "exit 0\n")
            chown(theirs, 65534, 65534)
            guard case .failure(.refused(let reason)) = HookProgram.open(theirs) else {
                Issue.record("another account's program was accepted")
                return
            }
            #expect(reason.contains("uid 65534"))
        }
    }

    @Test func aSlowProgramIsKilledAndAFailingOneReportsItsStatus() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let slow = dir.appendingPathComponent("slow").path
        try Self.script(slow, "exec sleep 30\n")
        let fails = dir.appendingPathComponent("fails").path
        try Self.script(fails, "exit 3\n")
        let started = Date()
        let a = try HookProgram.open(slow).get()
        defer { a.close() }
        #expect(a.run(arguments: [slow], environment: [], input: [], timeoutSeconds: 1) == .killedAfterTimeout)
        #expect(Date().timeIntervalSince(started) < 10)
        let b = try HookProgram.open(fails).get()
        defer { b.close() }
        #expect(
            b.run(arguments: [fails], environment: [], input: Array(repeating: 0x41, count: 200_000), timeoutSeconds: 5)
                == .exited(3))
    }
}
