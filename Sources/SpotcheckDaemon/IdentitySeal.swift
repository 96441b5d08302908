import Crypto
import Foundation

/// Seals complainants' identities with AES-256-GCM under a key spotcheckd receives as a systemd
/// credential (`LoadCredentialEncrypted=spotcheck-complaints-key`, made with `systemd-creds
/// encrypt`). The complaint's number is bound in as associated data, so a sealed identity
/// cannot be moved to another complaint.
public struct IdentitySeal: Sendable {
    public static let credentialName = "spotcheck-complaints-key"

    let keyBytes: [UInt8]
    var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// A seal from exactly 32 raw key bytes, taken as they are (a raw key may end in any byte,
    /// 0x0A and 0x0D included), or from 64 hex digits, which may be followed by one newline
    /// (LF or CRLF) as `echo` or an editor leaves it.
    public init?(keyMaterial bytes: [UInt8]) {
        if bytes.count == 32 {
            keyBytes = bytes
            return
        }
        var digits = bytes
        if digits.last == 0x0A { digits.removeLast() }
        if digits.last == 0x0D { digits.removeLast() }
        guard digits.count == 64, let decoded = Self.hex(digits) else { return nil }
        keyBytes = decoded
    }

    /// The key from `$CREDENTIALS_DIRECTORY/spotcheck-complaints-key`; nil when the service has
    /// no such credential (identities are then refused, complaints without one still work).
    public static func fromCredentials(_ environment: [String: String]? = nil) -> IdentitySeal? {
        guard let data = credentialData(environment) else { return nil }
        return IdentitySeal(keyMaterial: [UInt8](data))
    }

    static func credentialData(_ environment: [String: String]?) -> Data? {
        guard let folder = (environment ?? ProcessInfo.processInfo.environment)["CREDENTIALS_DIRECTORY"] else {
            return nil
        }
        return FileManager.default.contents(atPath: "\(folder)/\(credentialName)")
    }

    /// What is wrong with the credential when the service has one that is not a usable key, nil
    /// when there is none or it is usable. Said once at start, since identities are refused
    /// until the key is replaced.
    public static func credentialProblem(_ environment: [String: String]? = nil) -> String? {
        guard let data = credentialData(environment), IdentitySeal(keyMaterial: [UInt8](data)) == nil else {
            return nil
        }
        return "the credential \(credentialName) holds \(data.count) bytes, neither 32 raw bytes nor 64 hex digits: "
            + "complaints with an identity are refused until it is replaced (docs/campaign.md, \"The identity key\")"
    }

    static func context(_ complaint: Int64) -> [UInt8] {
        Array("spotcheck/complaint-identity/v1/\(complaint)".utf8)
    }

    public func seal(_ identity: String, complaint: Int64) throws -> [UInt8] {
        let box = try AES.GCM.seal(Array(identity.utf8), using: key, authenticating: Self.context(complaint))
        return [UInt8](box.combined!)
    }

    public func open(_ sealed: [UInt8], complaint: Int64) throws -> String {
        let box = try AES.GCM.SealedBox(combined: sealed)
        return String(
            decoding: try AES.GCM.open(box, using: key, authenticating: Self.context(complaint)), as: UTF8.self)
    }

    static func hex(_ digits: [UInt8]) -> [UInt8]? {
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case 0x30...0x39: digit - 0x30
            case 0x61...0x66: digit - 0x61 + 10
            case 0x41...0x46: digit - 0x41 + 10
            default: nil
            }
        }
        var bytes: [UInt8] = []
        var index = 0
        while index < digits.count {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }
}
