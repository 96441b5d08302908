import SpotcheckProtocol

/// Every call's text fields under `FreeTextRule`, before any method sees them: a reason, fact,
/// measure, complaint text, note or reply with a control character or a bidirectional override
/// is refused whole (InvalidParameter naming the field), whatever client sent it.
enum FreeTextCheck {
    static func refusal(method: String, _ parameters: JSONValue) -> Varlink.Failure? {
        guard let (field, _) = FreeTextRule.firstProblem(method: method, in: plain(parameters)) else { return nil }
        return .invalidParameter(field)
    }

    private static func plain(_ value: JSONValue) -> Any {
        switch value {
        case .string(let text): text
        case .array(let items): items.map(plain)
        case .object(let members):
            Dictionary(members.map { ($0.key, plain($0.value)) }, uniquingKeysWith: { a, _ in a })
        default: 0
        }
    }
}
