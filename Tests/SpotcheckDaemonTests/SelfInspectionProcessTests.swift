import Foundation
import SpotcheckLedger
import SpotcheckStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Self-inspection forms as real Unix users running the CLI against the real daemon. Part of
/// `RoleTests` (serialized, root only), so that its users are never created or removed while
/// another role test runs.
extension RoleTests {
    @Test func aContactWritesFillsAndReturnsTheFormAndOnlyTheirOwn() throws {
        let daemon = try DaemonProcess()
        try "1. 违规吃喝\n".write(
            to: daemon.folder.appendingPathComponent("prohibitions.txt"), atomically: true, encoding: .utf8)
        try daemon.writeConfig(
            drawIn: 60, revealIn: 61,
            extra: campaignSection(ledger: nil) + "\n[ledger]\nprohibitions = [\"P01 不得违规吃喝\", \"P02 不得推诿扯皮\"]")
        try daemon.start()
        // lili is the contact of d-shuiwu, gaochao of d-caizheng (deploy/examples/county).
        let users = ["lili", "gaochao"]
        for user in users { try Self.useradd(user) }
        defer {
            for user in users { _ = try? ControlTests.run("/usr/sbin/userdel", [user]) }
            daemon.signal(SIGTERM)
            _ = daemon.waitForExit()
        }
        #expect(daemon.waitForNotification { $0.contains("READY=1") } != nil, "\(daemon.stderr)")
        let socket = daemon.controlPath
        let root = try ControlTests.run(
            ControlTests.cli, ["self-inspection", "issue", "--due", "2099-12-31"],
            environment: ["SPOTCHECK_SOCKET": socket])
        #expect(root.status == 0 && root.output.contains("issued 40 form(s)"), "\(root.output)")
        let refused = try Self.asUser("lili", ["self-inspection", "issue"], socket: socket)
        #expect(refused.status == 77, "\(refused.output)")

        let folder = URL(fileURLWithPath: "/tmp/spotcheck-si-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o1777)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("form.csv").path
        let written = try Self.asUser("lili", ["self-inspection", "form", "--output", path], socket: socket)
        #expect(written.status == 0 && written.output.contains("d-shuiwu"), "\(written.output)")
        let issued = try String(contentsOfFile: path, encoding: .utf8)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: [0xEF, 0xBB, 0xBF, UInt8(ascii: "#")]))
        // Written for its reader only: the form is the department's business.
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        #expect(issued.contains("department,code,prohibition,problem found,description,planned measures,severity\r\n"))
        #expect(issued.contains("d-shuiwu,P01,不得违规吃喝,,,,\r\n") && issued.contains("d-shuiwu,P02,不得推诿扯皮,,,,\r\n"))

        func fill(_ p01: String, _ p02: String) throws {
            let text = issued.replacingOccurrences(of: "d-shuiwu,P01,不得违规吃喝,,,,", with: "d-shuiwu,P01,不得违规吃喝,\(p01)")
                .replacingOccurrences(of: "d-shuiwu,P02,不得推诿扯皮,,,,", with: "d-shuiwu,P02,不得推诿扯皮,\(p02)")
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        }
        let store = try Store(path: daemon.statePath)
        try fill("是,公款吃喝两次,", "否,,")
        let bad = try Self.asUser("lili", ["self-inspection", "submit", path], socket: socket)
        #expect(bad.status == 65, "\(bad.output)")
        let line = try #require(issued.components(separatedBy: "\r\n").firstIndex { $0.hasPrefix("d-shuiwu,P01,") }) + 1
        #expect(
            bad.output.contains("\(path):\(line): planned measures: a problem found needs the measures"),
            "\(bad.output)")
        #expect(try store.findings().isEmpty)

        try fill("是,公款吃喝两次,\"退赔费用, 通报批评\"", "否,,")
        // Another department's contact can neither see nor return it.
        let copy = folder.appendingPathComponent("copy.csv").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        chmod(copy, 0o644)
        let other = try Self.asUser(
            "gaochao", ["self-inspection", "submit", "--department", "d-shuiwu", copy], socket: socket)
        #expect(other.status == 65 && other.output.contains("no form you can see"), "\(other.output)")
        let good = try Self.asUser("lili", ["self-inspection", "submit", path], socket: socket)
        #expect(good.status == 0 && good.output.contains("F-2026-"), "\(good.output)")
        let findings = try store.findings()
        #expect(findings.map(\.source) == [.selfInspection] && findings.first?.department == "d-shuiwu")
        let again = try Self.asUser("lili", ["self-inspection", "submit", path], socket: socket)
        #expect(again.status == 65 && again.output.contains("returned once"), "\(again.output)")

        let status = try ControlTests.run(
            ControlTests.cli, ["self-inspection", "status"], environment: ["SPOTCHECK_SOCKET": socket])
        #expect(status.status == 0 && status.output.contains("1 returned, 39 outstanding, 0 late"), "\(status.output)")
        let mine = try Self.asUser("gaochao", ["self-inspection", "mine"], socket: socket)
        #expect(
            mine.status == 0 && mine.output.contains("d-caizheng") && !mine.output.contains("d-shuiwu"),
            "\(mine.output)")
    }
}
