import Foundation
import SpotcheckProtocol
import SpotcheckText
import Testing

@testable import SpotcheckCLI

/// `spotcheck teams` says which members a coordinator named in a replacement (hand-picked).
@Suite struct HandPickedTeamsTests {
    static let sheet = ControlMessages.TeamsReply(
        date: "2026-12-01", timeZone: "Asia/Shanghai",
        teams: [
            ControlMessages.SheetTeam(
                drawId: 1, pool: "county", kind: "scheduled", reason: nil, department: "d-a", departmentName: "甲局",
                reportTime: "2026-12-01T08:30:00+08:00",
                members: [
                    ControlMessages.SheetMember(id: "i1", name: "张一", home: "d-b", homeName: "乙局", role: "lead"),
                    ControlMessages.SheetMember(
                        id: "i2", name: "李二", home: "d-c", homeName: "丙局", role: "member", handPicked: true),
                ])
        ])

    @Test func theTextCSVAndHTMLSheetsMarkAHandPickedMember() {
        let text = TeamsCommand.text(Self.sheet, pool: nil)
        #expect(text.contains("李二 (\(Catalogue.HandPicked.marker.text))"), "\(text)")
        #expect(!text.contains("张一 ("))
        #expect(text.contains(Catalogue.HandPicked.teamNote(1).text))
        let csv = String(decoding: TeamsCommand.csv(Self.sheet), as: UTF8.self)
        let rows = csv.split(separator: "\r\n")
        #expect(rows.first?.hasSuffix(",chosen_by") == true)
        #expect(rows.contains { $0.hasPrefix("2026-12-01") && $0.contains(",i2,") && $0.hasSuffix(",coordinator") })
        #expect(rows.contains { $0.contains(",i1,") && $0.hasSuffix(",") })
        let html = String(decoding: TeamsCommand.html(Self.sheet, pool: nil), as: UTF8.self)
        #expect(html.contains(Catalogue.HandPicked.marker.text))
    }

    @Test func aVerifierProblemWithTheRulesChoiceIsToldInChinese() {
        let message =
            "2026-12-01/county/replacements.json: replacements[0].in: i2 is marked as the rule's choice, but the rule picks i9 (docs/draw-algorithm.md §5)"
        let told = Catalogue.HandPicked.verifyPatterns.told(message, in: .chinese)
        #expect(told.contains("规则选出的是 i9") && told.hasPrefix("2026-12-01/county/replacements.json"), "\(told)")
    }

    @Test func theMarkIsInBothLanguages() {
        #expect(Catalogue.HandPicked.marker.english == "chosen by a coordinator")
        #expect(Catalogue.HandPicked.marker.chinese == "由协调员指定")
    }
}
