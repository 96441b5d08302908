import SpotcheckCampaign
import SpotcheckCore
import SpotcheckLedger
import Testing

@Suite struct ComplaintStateTests {
    func complaint(_ state: ComplaintState = .received) -> Complaint {
        Complaint(
            id: 1, channel: .hotline, received: day("2026-12-01"), receivedAt: 0, department: "d-shuiwu",
            allegation: "违规吃喝", category: "八项规定", hasIdentity: true, state: state)
    }

    @Test func statesFollowTheProcedureAndAnObjectionReopens() {
        #expect(complaint().refusal(to: .investigating, reply: nil) != nil)
        #expect(complaint().refusal(to: .accepted, reply: "已受理") == nil)
        #expect(complaint(.accepted).refusal(to: .investigating, reply: nil) == nil)
        #expect(complaint(.investigating).refusal(to: .concluded, reply: nil) == nil)
        #expect(complaint(.feedbackGiven).refusal(to: .reexamining, reply: nil) == nil)
        #expect(complaint(.closed).refusal(to: .reexamining, reply: nil) == nil)
        #expect(complaint(.reexamining).refusal(to: .concluded, reply: nil) == nil)
        #expect(complaint(.closed).refusal(to: .investigating, reply: nil) != nil)
    }

    @Test func tellingTheComplainantNeedsAReply() {
        #expect(complaint().refusal(to: .accepted, reply: nil) == .needsReply(target: .accepted))
        #expect(complaint().refusal(to: .notAccepted, reply: "  ") == .needsReply(target: .notAccepted))
        #expect(complaint(.concluded).refusal(to: .feedbackGiven, reply: nil)?.description.contains("reply") == true)
    }

    @Test func clocksCountWorkingDays() throws {
        let calendar = WorkCalendar(holidays: [day("2026-12-08")])
        let clocks = ComplaintClocks(acceptanceDays: 15, feedbackDays: 15)
        // Tuesday 2026-12-01 + 15 working days, one holiday on the way: 2026-12-23.
        let acceptance = try #require(
            clocks.running(state: .received, received: day("2026-12-01"), concluded: nil, calendar: calendar))
        #expect(acceptance.what == "acceptance notice")
        #expect(acceptance.deadline.due == day("2026-12-23"))
        #expect(acceptance.deadline.status(on: day("2026-12-24"), calendar: calendar) == .overdue(workingDays: 1))
        let feedback = try #require(
            clocks.running(
                state: .concluded, received: day("2026-12-01"), concluded: day("2027-01-04"), calendar: calendar))
        #expect(feedback.deadline.due == day("2027-01-25"))
        #expect(
            clocks.running(state: .investigating, received: day("2026-12-01"), concluded: nil, calendar: calendar)
                == nil)
    }

    @Test func theReceiptViewShowsRepliesNeverNotesIdentityOrContent() {
        var complaint = complaint(.accepted)
        complaint.entries = [
            ComplaintEntry(
                kind: .state, at: 0, day: day("2026-12-01"), actor: "uid 1001 (hotline)", text: "", state: .received),
            ComplaintEntry(
                kind: .note, at: 1, day: day("2026-12-02"), actor: "uid 1001 (hotline)", text: "内部：举报人系该局职工"),
            ComplaintEntry(
                kind: .state, at: 2, day: day("2026-12-02"), actor: "uid 1001 (hotline)", text: "", state: .accepted),
            ComplaintEntry(kind: .reply, at: 2, day: day("2026-12-02"), actor: "uid 1001 (hotline)", text: "您的举报已受理"),
        ]
        let view = complaint.receiptView(clocks: ComplaintClocks(), calendar: WorkCalendar())
        #expect(view.replies.map(\.text) == ["您的举报已受理"])
        #expect(view.history.map(\.state) == ["received", "accepted"])
        let everything = "\(view)"
        for secret in ["内部", "职工", "d-shuiwu", "违规吃喝", "hotline)", "uid 1001"] {
            #expect(!everything.contains(secret), "the receipt view shows \(secret)")
        }
    }
}

@Suite struct ReceiptTests {
    @Test func aCodeCarries125BitsAndReadsBackAsTyped() throws {
        let bytes: [UInt8] = (0..<16).map { UInt8($0 * 17 & 0xFF) }
        let code = ReceiptCode(random: bytes)
        #expect(code.symbols.count == 25)
        #expect(ReceiptCode.bits >= 80)
        #expect(code.description.split(separator: "-").count == 5)
        #expect(ReceiptCode(code.description.lowercased()) == code)
        #expect(ReceiptCode(code.symbols.replacing("0", with: "O").replacing("1", with: "l")) == code)
        #expect(ReceiptCode(String(code.symbols.dropLast())) == nil)
        #expect(ReceiptCode(code.symbols.dropLast() + "U") == nil)
        // Different random bytes, different codes: every bit of the first 125 counts.
        for bit in 0..<125 {
            var flipped = bytes
            flipped[bit / 8] ^= UInt8(0x80 >> (bit % 8))
            #expect(ReceiptCode(random: flipped) != code, "bit \(bit) does not reach the code")
        }
    }

    @Test func onlyTheRightCodeMatchesItsSlowHash() throws {
        let fast = ReceiptHash.Parameters(rounds: 1 << 10)
        let code = ReceiptCode(random: Array(repeating: 7, count: 16))
        let other = ReceiptCode(random: Array(repeating: 8, count: 16))
        let salt: [UInt8] = Array(repeating: 1, count: 16)
        let stored = try ReceiptHash.derive(code, salt: salt, parameters: fast)
        #expect(stored.count == 32)
        #expect(try ReceiptHash.matches(code, salt: salt, stored: stored, parameters: fast))
        #expect(try !ReceiptHash.matches(other, salt: salt, stored: stored, parameters: fast))
        #expect(try ReceiptHash.derive(code, salt: Array(repeating: 2, count: 16), parameters: fast) != stored)
        // The hash is not the code: no symbol string of the code appears in it.
        #expect(!String(decoding: stored, as: UTF8.self).contains(code.locator))
    }

    @Test func theStandardHashIsScryptAtTwoToTheFourteenth() {
        #expect(ReceiptHash.Parameters.standard.rounds == 1 << 14)
        #expect(ReceiptHash.Parameters.standard.blockSize == 8)
    }

    @Test func matchingGoesThroughTheConstantTimeComparison() throws {
        let fast = ReceiptHash.Parameters(rounds: 1 << 10)
        let code = ReceiptCode(random: Array(repeating: 7, count: 16))
        let salt: [UInt8] = Array(repeating: 1, count: 16)
        let stored = try ReceiptHash.derive(code, salt: salt, parameters: fast)
        nonisolated(unsafe) var compared: [([UInt8], [UInt8])] = []
        _ = try ReceiptHash.matches(code, salt: salt, stored: stored, parameters: fast) { a, b in
            compared.append((a, b))
            return ConstantTime.equal(a, b)
        }
        #expect(compared.count == 1 && compared[0].1 == stored)
    }

    @Test func constantTimeEqualityLooksAtEveryByte() {
        let a: [UInt8] = Array(0..<32)
        #expect(ConstantTime.equal(a, a))
        for index in a.indices {
            var b = a
            b[index] ^= 1
            #expect(!ConstantTime.equal(a, b), "a difference at byte \(index) is missed")
        }
        #expect(!ConstantTime.equal(a, Array(a.dropLast())))
        #expect(ConstantTime.equal([], []))
    }
}

@Suite struct HandlerConflictTests {
    let roster = Roster(
        departments: [
            Department(id: "d-shuiwu", name: "税务局", contacts: ["lili", "wangyi"]),
            Department(id: "d-caizheng", name: "财政局", contacts: ["gaochao"]),
        ],
        inspectors: [
            Inspector(
                id: "i001", name: "王一", login: "wangyi", home: "d-shuiwu",
                former: [FormerPost(department: "d-jiaotong", left: day("2026-01-01"))]),
            Inspector(id: "i002", name: "李二", login: "lier", home: "d-fagai"),
        ],
        conflicts: [
            Conflict(inspector: "i002", department: "d-caizheng", reason: "配偶在该单位任职"),
            Conflict(inspector: "i002", department: "d-jiaotong", reason: "曾受其处罚", until: day("2026-06-30")),
        ])

    func codes(_ login: String, _ department: String, on today: String = "2026-12-01") -> [String] {
        HandlerConflicts.exclusions(
            login: login, department: department, roster: roster, today: day(today), formerWindowDays: 730
        ).map(\.code)
    }

    @Test func handlersAreExcludedByTheInspectorsPersonalRules() {
        #expect(codes("wangyi", "d-shuiwu") == ["own-department"])
        #expect(codes("wangyi", "d-jiaotong") == ["former-department"])
        #expect(codes("wangyi", "d-jiaotong", on: "2028-01-02").isEmpty)
        #expect(codes("lier", "d-caizheng") == ["declared-conflict"])
        #expect(codes("lier", "d-jiaotong").isEmpty, "an expired conflict")
        #expect(codes("lier", "d-jiaotong", on: "2026-06-30") == ["declared-conflict"])
        #expect(codes("someone", "d-shuiwu").isEmpty)
        #expect(codes("wangyi", "").isEmpty, "a stub names no department")
        #expect(codes("wangyi", "d-shuiwu") == ["own-department"], "an inspector who is also its contact, once")
        #expect(codes("lili", "d-shuiwu") == ["own-department"], "a department's contact")
        #expect(codes("gaochao", "d-caizheng") == ["own-department"])
        #expect(codes("lili", "d-caizheng").isEmpty)
        #expect(codes("lili", "").isEmpty)
    }
}

@Suite struct ComplaintEscalationTests {
    @Test func anOverdueAcceptanceNoticeEscalatesOnceAtEachLevel() {
        let complaint = Complaint(
            id: 9, channel: .letter, received: day("2026-12-01"), receivedAt: 0, department: "d", allegation: "a",
            category: "c", hasIdentity: false)
        let calendar = WorkCalendar()
        let clocks = ComplaintClocks()
        // Due 2026-12-22 (15 working days); reminder 1, notice 5, referral 10 working days later.
        #expect(
            complaint.escalationsDue(on: day("2026-12-22"), clocks: clocks, calendar: calendar, journaled: []).isEmpty)
        let first = complaint.escalationsDue(on: day("2026-12-23"), clocks: clocks, calendar: calendar, journaled: [])
        #expect(first.map(\.level) == [.reminder])
        #expect(first.first?.clock == "acceptance notice")
        #expect(
            complaint.escalationsDue(on: day("2026-12-23"), clocks: clocks, calendar: calendar, journaled: Set(first))
                .isEmpty)
        let later = complaint.escalationsDue(
            on: day("2027-01-06"), clocks: clocks, calendar: calendar, journaled: Set(first))
        #expect(later.map(\.level) == [.notice, .referral])
        var accepted = complaint
        accepted.state = .investigating
        #expect(
            accepted.escalationsDue(on: day("2027-01-06"), clocks: clocks, calendar: calendar, journaled: []).isEmpty)
    }
}
