/// A message of the catalogue recognised in its English form.
///
/// Some texts reach the command line already worded in English by another part of Spotcheck: a
/// parse error of a roster file, a difference found by `verify`, a refusal of the ledger, a line
/// of the daemon's status. Their wording is fixed by a catalogue message whose values are strings;
/// a `TextPattern` finds those values in the English text and says the message in another
/// language. A text that no pattern recognises is shown as it came.
public struct TextPattern: Sendable {
    /// The English text cut at its values: literal pieces with the number of the value after each
    /// (nil after the last piece).
    let pieces: [(literal: String, slot: Int?)]
    let make: @Sendable ([String]) -> Localized
    let arity: Int

    private static func sentinel(_ index: Int) -> String { "\u{F8F0}\(index)\u{F8F1}" }

    private init(arity: Int, _ make: @escaping @Sendable ([String]) -> Localized) {
        self.arity = arity
        self.make = make
        let english = make((0..<arity).map(Self.sentinel)).english
        var pieces: [(String, Int?)] = []
        var literal = ""
        var rest = Substring(english)
        while let open = rest.firstIndex(of: "\u{F8F0}") {
            literal += String(rest[..<open])
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "\u{F8F1}"), let index = Int(after[..<close]) else {
                rest = after
                continue
            }
            pieces.append((literal, index))
            literal = ""
            rest = after[after.index(after: close)...]
        }
        pieces.append((literal + String(rest), nil))
        self.pieces = pieces
    }

    public init(_ message: Localized) { self.init(arity: 0) { _ in message } }
    public init(_ make: @escaping @Sendable (String) -> Localized) { self.init(arity: 1) { make($0[0]) } }
    public init(_ make: @escaping @Sendable (String, String) -> Localized) {
        self.init(arity: 2) { make($0[0], $0[1]) }
    }
    public init(_ make: @escaping @Sendable (String, String, String) -> Localized) {
        self.init(arity: 3) { make($0[0], $0[1], $0[2]) }
    }
    public init(_ make: @escaping @Sendable (String, String, String, String) -> Localized) {
        self.init(arity: 4) { make($0[0], $0[1], $0[2], $0[3]) }
    }
    public init(_ make: @escaping @Sendable (String, String, String, String, String) -> Localized) {
        self.init(arity: 5) { make($0[0], $0[1], $0[2], $0[3], $0[4]) }
    }

    /// The message whose English text is exactly `english`, with its values, if this is its pattern.
    public func match(_ english: String) -> Localized? {
        var values = [String?](repeating: nil, count: arity)
        guard english.hasPrefix(pieces[0].literal) else { return nil }
        let start = english.index(english.startIndex, offsetBy: pieces[0].literal.count)
        guard bind(Substring(english)[start...], piece: 0, &values) else { return nil }
        return make(values.map { $0 ?? "" })
    }

    /// Matches what follows piece `piece`'s literal: its value (never empty) up to the next literal.
    func bind(_ text: Substring, piece: Int, _ values: inout [String?]) -> Bool {
        guard let slot = pieces[piece].slot else { return text.isEmpty }
        let next = pieces[piece + 1].literal
        if next.isEmpty, pieces[piece + 1].slot == nil {
            guard !text.isEmpty, values[slot] == nil || values[slot] == String(text) else { return false }
            values[slot] = String(text)
            return true
        }
        guard !text.isEmpty else { return false }
        var from = text.index(after: text.startIndex)
        while from < text.endIndex, let found = text[from...].firstRange(of: next) {
            let value = String(text[..<found.lowerBound])
            if values[slot] == nil || values[slot] == value {
                let saved = values[slot]
                values[slot] = value
                if bind(text[found.upperBound...], piece: piece + 1, &values) { return true }
                values[slot] = saved
            }
            from = text.index(after: found.lowerBound)
        }
        return false
    }
}

extension Collection where Element == TextPattern {
    /// The first message whose English text is `english`.
    public func match(_ english: String) -> Localized? {
        for pattern in self {
            if let message = pattern.match(english) { return message }
        }
        return nil
    }

    /// `english` in `language` when a pattern recognises it, else as it is.
    public func told(_ english: String, in language: Language = .current) -> String {
        match(english).map { $0(language) } ?? english
    }
}
