import Crypto
import _CryptoExtras

/// A complaint's receipt code: 25 characters of Crockford base32 (125 bits from the kernel's
/// random source), shown as five groups of five. The first group locates the complaint in the
/// store; the whole code is kept only as a slow hash (scrypt) and compared in constant time.
public struct ReceiptCode: Sendable, Hashable, CustomStringConvertible {
    /// The 25 symbols, uppercase, without separators.
    public let symbols: String

    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    public static let randomByteCount = 16
    /// Bits of randomness in a code.
    public static let bits = 125

    /// A code from 16 random bytes (the first 125 bits are used).
    public init(random bytes: [UInt8]) {
        precondition(bytes.count == Self.randomByteCount, "a receipt code takes 16 random bytes")
        var symbols = ""
        var accumulator: UInt32 = 0
        var held = 0
        for byte in bytes {
            accumulator = (accumulator << 8) | UInt32(byte)
            held += 8
            while held >= 5, symbols.count < 25 {
                held -= 5
                symbols.append(Self.alphabet[Int((accumulator >> UInt32(held)) & 31)])
            }
        }
        self.symbols = symbols
    }

    /// Reads a code as a person types it: any case, dashes and spaces ignored, O read as 0 and
    /// I or L as 1. Nil unless it has exactly 25 symbols.
    public init?(_ text: String) {
        var symbols = ""
        for character in text.uppercased() {
            switch character {
            case "-", " ": continue
            case "O": symbols.append("0")
            case "I", "L": symbols.append("1")
            default:
                guard Self.alphabet.contains(character) else { return nil }
                symbols.append(character)
            }
        }
        guard symbols.count == 25 else { return nil }
        self.symbols = symbols
    }

    /// The first group: stored in clear to find the complaint (25 of the 125 bits).
    public var locator: String { String(symbols.prefix(5)) }

    public var description: String {
        stride(from: 0, to: 25, by: 5).map { start in
            let from = symbols.index(symbols.startIndex, offsetBy: start)
            return String(symbols[from..<symbols.index(from, offsetBy: 5)])
        }.joined(separator: "-")
    }
}

/// The slow hash a receipt code is stored as.
public enum ReceiptHash {
    /// scrypt parameters: N = 2^14, r = 8, p = 1 (16 MiB, tens of milliseconds per guess).
    public struct Parameters: Sendable, Hashable {
        public var rounds: Int
        public var blockSize: Int
        public var parallelism: Int

        public init(rounds: Int = 1 << 14, blockSize: Int = 8, parallelism: Int = 1) {
            self.rounds = rounds
            self.blockSize = blockSize
            self.parallelism = parallelism
        }

        public static let standard = Parameters()
    }

    /// scrypt of the code's symbols under `salt`, 32 bytes.
    public static func derive(_ code: ReceiptCode, salt: [UInt8], parameters: Parameters = .standard) throws -> [UInt8]
    {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(code.symbols.utf8), salt: salt, outputByteCount: 32, rounds: parameters.rounds,
            blockSize: parameters.blockSize, parallelism: parameters.parallelism)
        return key.withUnsafeBytes { Array($0) }
    }

    /// Whether `code` hashes to `stored` under `salt`, compared with `compare` (constant time
    /// unless a test supplies another).
    public static func matches(
        _ code: ReceiptCode, salt: [UInt8], stored: [UInt8], parameters: Parameters = .standard,
        compare: ([UInt8], [UInt8]) -> Bool = ConstantTime.equal
    ) throws -> Bool {
        compare(try derive(code, salt: salt, parameters: parameters), stored)
    }
}

/// Comparison whose time does not depend on where two byte strings differ.
public enum ConstantTime {
    /// True when `a` and `b` are equal. Every byte is looked at whatever the contents; only the
    /// lengths (public: both are digests of a fixed size) are compared directly.
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
