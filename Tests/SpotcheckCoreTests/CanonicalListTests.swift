import SpotcheckSimulation
import Testing

@testable import SpotcheckCore

/// The former-department list of the canonical text, written from bytes, is the same text the
/// general list writer makes from one string per item: the snapshot hash never moves.
@Suite struct CanonicalListTests {
    static func both(_ posts: [FormerPost]) -> (fast: [UInt8], reference: [UInt8]) {
        var fast = CanonicalWriter()
        fast.field("inspector")
        fast.formerList(posts)
        fast.end()
        var reference = CanonicalWriter()
        reference.field("inspector")
        reference.list(posts.map { "\($0.department):\($0.left)" })
        reference.end()
        return (fast.bytes, reference.bytes)
    }

    @Test func formerPostsAreWrittenByteForByteAsTheGeneralListWritesThem() {
        let days = [
            Day(year: 2025, month: 3, day: 9)!, Day(year: 2024, month: 12, day: 31)!, Day(year: 999, month: 1, day: 1)!,
        ]
        // Prefixes that sort around the colon, repeats, escapes and text beyond ASCII.
        let departments = ["d1", "d10", "d1.", "d-1", "D1", "d", "a\tb", "x\\y", "e\u{301}", "\u{e9}", "单位"]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let posts = (0..<count).map { _ in
                FormerPost(
                    department: departments.randomElement(using: &generator)!,
                    left: days.randomElement(using: &generator)!)
            }
            let (fast, reference) = Self.both(posts)
            #expect(fast == reference, "\(posts)")
        }
    }

    @Test func aRepeatedPostIsWrittenOnce() {
        let post = FormerPost(department: "d7", left: Day(year: 2026, month: 1, day: 2)!)
        let (fast, _) = Self.both([post, post])
        #expect(String(decoding: fast, as: UTF8.self) == "inspector\td7:2026-01-02\n")
    }
}
