import SpotcheckCampaign
import SpotcheckCore
import Testing

/// The notes of a hidden inspection are the requester's until its draw is revealed, and the
/// daemon's notes on whether a draw can carry it are written once per change; the identity's
/// rules and the visible-text rule hold for every client.
@Suite struct HiddenInspectionNoteTests {
    static let requester = "uid 60031 (handler-zhao)"

    static func note(_ text: String, by actor: String) -> ComplaintEntry {
        ComplaintEntry(kind: .note, at: 0, day: Day(iso: "2026-12-01")!, actor: actor, text: text)
    }

    @Test func theRequestsNotesAreTheRequestersUntilItsDrawIsRevealed() {
        let entries = [
            Self.note("已核实线索", by: "uid 60032 (handler-qian)"),
            Self.note(HiddenInspectionNote.requested, by: Self.requester),
            Self.note(HiddenInspectionNote.stalled(.noPool), by: HiddenInspectionNote.daemon),
        ]
        let other = HiddenInspectionNote.visible(
            entries, to: "uid 60032 (handler-qian)", requester: Self.requester, revealed: false)
        #expect(other.map(\.text) == ["已核实线索"])
        #expect(
            HiddenInspectionNote.visible(entries, to: Self.requester, requester: Self.requester, revealed: false)
                == entries)
        #expect(
            HiddenInspectionNote.visible(
                entries, to: "uid 60032 (handler-qian)", requester: Self.requester, revealed: true) == entries)
        // A handler's own note in the same words as the daemon's is the handler's.
        let mimic = Self.note(HiddenInspectionNote.resumed, by: "uid 60032 (handler-qian)")
        #expect(!HiddenInspectionNote.isOne(mimic))
    }

    @Test func theDaemonNotesAStallAndItsEndOnceEach() {
        var entries = [Self.note(HiddenInspectionNote.requested, by: Self.requester)]
        // Nothing to say while a draw can carry it.
        #expect(HiddenInspectionNote.next(nil, after: entries) == nil)
        let stalled = HiddenInspectionNote.stalled(.noDrawAhead(active: .summingUp))
        #expect(HiddenInspectionNote.next(.noDrawAhead(active: .summingUp), after: entries) == stalled)
        #expect(stalled.contains("summing-up") && stalled.contains("the request stays"))
        entries.append(Self.note(stalled, by: HiddenInspectionNote.daemon))
        #expect(HiddenInspectionNote.next(.noDrawAhead(active: .summingUp), after: entries) == nil)
        // Another reason is told again.
        #expect(HiddenInspectionNote.next(.noPool, after: entries) == HiddenInspectionNote.stalled(.noPool))
        #expect(HiddenInspectionNote.next(nil, after: entries) == HiddenInspectionNote.resumed)
        entries.append(Self.note(HiddenInspectionNote.resumed, by: HiddenInspectionNote.daemon))
        #expect(HiddenInspectionNote.next(nil, after: entries) == nil)
    }

    @Test func anIdentityLargerThan16KiBOrMangledIsRefused() {
        #expect(ComplaintIdentity.maximumBytes == 16 * 1024)
        #expect(ComplaintIdentity.problem(String(repeating: "a", count: 16 * 1024)) == nil)
        #expect(ComplaintIdentity.problem(String(repeating: "a", count: 60000)) == .tooLarge(bytes: 60000))
        // Counted in UTF-8 bytes: 6,000 characters of Chinese are 18,000 bytes.
        #expect(ComplaintIdentity.problem(String(repeating: "张", count: 6000)) == .tooLarge(bytes: 18000))
        #expect(ComplaintIdentity.problem("\u{FFFD}\u{FFFD}张三") == .mangled)
        #expect(ComplaintIdentity.problem("张三 13800000000") == nil)
    }

    @Test func theMusicalNullNoteheadIsNoVisibleText() {
        #expect(!VisibleText.has("\u{1D159}"))
        #expect(!VisibleText.has("\u{1D159}\u{3000}\u{200B}"))
        #expect(VisibleText.has("\u{1D159}已核实"))
    }
}
