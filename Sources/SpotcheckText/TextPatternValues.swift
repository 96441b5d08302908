/// A message recognised with values that are messages themselves: `pool 'county': lead_from
/// names 'd-x', …` is the pool's message around the composition's, and `replacement entry 3:
/// the bytes hash to …` names the link in words of their own.
extension TextPattern {
    /// The values found in `english`, in the order of the message's parameters, if this is its
    /// pattern.
    public func values(_ english: String) -> [String]? {
        var values = [String?](repeating: nil, count: arity)
        guard english.hasPrefix(pieces[0].literal) else { return nil }
        let start = english.index(english.startIndex, offsetBy: pieces[0].literal.count)
        guard bind(Substring(english)[start...], piece: 0, &values) else { return nil }
        return values.map { $0 ?? "" }
    }

    /// The message with these values (one per parameter).
    public func message(_ values: [String]) -> Localized { make(values) }
}

extension Collection where Element == TextPattern {
    /// `english` in `language` when a pattern recognises it, each of its values told by `inner`
    /// first; else as it is.
    public func told(_ english: String, in language: Language = .current, values inner: [TextPattern]) -> String {
        for pattern in self {
            guard let values = pattern.values(english) else { continue }
            return pattern.message(values.map { inner.told($0, in: language) })(language)
        }
        return english
    }
}
