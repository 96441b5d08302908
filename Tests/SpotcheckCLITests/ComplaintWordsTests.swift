import SpotcheckCampaign
import SpotcheckText
import Testing

/// A complaint's state and channel are said in the reader's language: English readers of
/// `complaints show` and of the public `complaints lookup` do not get the office's Chinese labels,
/// nor Chinese readers the channel's code.
@Suite struct ComplaintWordsTests {
    @Test func everyStateHasAnEnglishWordAndKeepsTheOfficesChineseLabel() {
        for state in ComplaintState.allCases {
            let said = Catalogue.ComplaintWords.state(state.rawValue, label: state.label)
            #expect(said(.chinese) == state.label)
            let ascii = said(.english).unicodeScalars.allSatisfy { $0.isASCII }
            #expect(!said(.english).isEmpty && ascii, "\(state)")
        }
        let english = ComplaintState.allCases.map {
            Catalogue.ComplaintWords.state($0.rawValue, label: $0.label)(.english)
        }
        #expect(Set(english).count == english.count, "two states share a word: \(english)")
    }

    @Test func everyChannelIsAWordInBothLanguages() {
        for channel in ComplaintChannel.allCases {
            let said = Catalogue.ComplaintWords.channel(channel.rawValue)
            #expect(said(.chinese) == channel.label)
            let ascii = said(.english).unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "\(channel)")
        }
    }
}
