import Foundation
import SpotcheckCore
import SpotcheckProtocol
import Testing

/// Task files are written with explicit key names (`spotcheck-task/2`): a field added to an
/// assignment without a key would silently never reach the file.
@Suite struct TaskFileKeyTests {
    @Test func everyFieldOfAnAssignmentAndAChecklistItemIsWrittenToTheFile() throws {
        let assignment = TaskFile.Assignment(
            drawID: 1, pool: "county", target: .init(id: "d", name: "n"), role: "lead", team: [], reportTime: "r",
            revealedAt: "t", recordSHA256: "h")
        #expect(Mirror(reflecting: assignment).children.count == TaskFile.assignmentKeys.count)
        let item = TaskFile.checklist[0]
        #expect(Mirror(reflecting: item).children.count == TaskFile.checklistItemKeys.count)
        #expect(TaskFile.currentSchema == "spotcheck-task/2")

        // A file of the first version reads as the same assignment.
        let file = TaskFile(
            schema: TaskFile.currentSchema, date: Day(iso: "2026-12-01")!,
            inspector: .init(id: "i", name: "n", login: "l"), assignments: [assignment], checklist: TaskFile.checklist)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let written = String(decoding: try encoder.encode(file), as: UTF8.self)
        #expect(written.contains("\"drawId\"") && written.contains("\"recordSha256\"") && !written.contains("SHA256"))
        let first = written.replacingOccurrences(of: "\"drawId\"", with: "\"drawID\"")
            .replacingOccurrences(of: "\"recordSha256\"", with: "\"recordSHA256\"")
            .replacingOccurrences(of: "\"descriptionZhCn\"", with: "\"descriptionZhCN\"")
            .replacingOccurrences(of: "spotcheck-task/2", with: "spotcheck-task/1")
        var read = try TaskFile.decode(Data(first.utf8))
        #expect(read.schema == "spotcheck-task/1")
        read.schema = TaskFile.currentSchema
        #expect(read == file)
    }
}
