import Foundation
import Testing

/// One word for one role in Chinese: 协调员 (never 协调人) and 检查人员 (never 检查员), in the
/// catalogue, the journal's message catalog, the man pages and the documents.
@Suite struct TerminologyTests {
    @Test func eachRoleHasOneChineseWord() throws {
        let root = Run.packageRoot
        var files = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("Sources/SpotcheckText/Catalogue").path
        ).map { "Sources/SpotcheckText/Catalogue/\($0)" }
        files += ["deploy/spotcheck.zh_CN.catalog", "README.md"]
        files += try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.map { "docs/\($0)" }
        files += try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("deploy/man/zh_CN/man1").path
        ).map { "deploy/man/zh_CN/man1/\($0)" }
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for (avoided, word) in [("协调人", "协调员"), ("检查员", "检查人员")] {
                // 检查员 inside 检查人员 is not possible; inside other words (e.g. 复检查员) would be.
                #expect(!text.contains(avoided), "\(file) says \(avoided); the catalogue says \(word)")
            }
        }
    }
}
