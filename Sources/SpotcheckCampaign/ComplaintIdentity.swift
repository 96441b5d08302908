/// The rules a complainant's identity keeps, whatever client registers it: it cannot be asked of
/// the complainant again, so a text that was mangled on its way, or one far larger than a name,
/// a telephone number and an address, is refused whole rather than sealed.
public enum ComplaintIdentity {
    /// The most an identity may hold, in UTF-8 bytes (16 KiB): the call that carries it may hold
    /// 64 KiB in all.
    public static let maximumBytes = 16 << 10

    /// What is wrong with an identity.
    public enum Problem: Equatable, Sendable {
        /// More than `maximumBytes` bytes of UTF-8 (`bytes` of them).
        case tooLarge(bytes: Int)
        /// It holds U+FFFD, the mark a text gets where its bytes were not UTF-8 (a file saved as
        /// GBK read as UTF-8): the identity as given is lost.
        case mangled
    }

    /// The first rule `identity` breaks, nil when it keeps them all.
    public static func problem(_ identity: String) -> Problem? {
        let bytes = identity.utf8.count
        if bytes > maximumBytes { return .tooLarge(bytes: bytes) }
        if identity.unicodeScalars.contains("\u{FFFD}") { return .mangled }
        return nil
    }
}
