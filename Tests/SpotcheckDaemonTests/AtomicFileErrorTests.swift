import Foundation
import SpotcheckSystem
import Testing

/// A file written whole through a temporary one: when it cannot be written, the error names the
/// file asked for, not the temporary one the reader never heard of.
@Suite struct AtomicFileErrorTests {
    @Test func aFileThatCannotBeWrittenIsNamedNotItsTemporaryCopy() throws {
        let target = "/nonexistent-\(UUID().uuidString)/form.csv"
        do {
            try AtomicFile.write(Array("x".utf8), to: target, mode: 0o644)
            Issue.record("written into a folder that does not exist")
        } catch {
            #expect(error.description.hasPrefix("\(target): create: "), "\(error.description)")
            #expect(!error.description.contains(".tmp-"), "\(error.description)")
        }
    }
}
