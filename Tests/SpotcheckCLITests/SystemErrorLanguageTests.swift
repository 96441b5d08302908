import Foundation
import Testing

/// Why spotcheckd cannot be reached is said in the reader's language, the system's reason too.
@Suite struct SystemErrorLanguageTests {
    @Test func aMissingSocketIsToldInChineseWithTheSameExitCode() throws {
        let socket = "/nonexistent-\(UUID().uuidString)/control"
        let chinese = try Run.spotcheck(["status", "--socket", socket], locale: "zh_CN.UTF-8")
        #expect(chinese.status == 69)
        #expect(chinese.stderr.contains("无法连接 \(socket) 上的 spotcheckd（文件或目录不存在）"), "\(chinese.stderr)")
        #expect(!chinese.stderr.contains("No such file"), "\(chinese.stderr)")
        let english = try Run.spotcheck(["status", "--socket", socket])
        #expect(english.status == 69 && english.stderr.contains("(No such file or directory)"), "\(english.stderr)")
    }
}
