import Crypto

/// The 32 secret bytes a draw is derived from. Drawn from the kernel at draw time by the caller;
/// the core never makes one up.
public struct Seed: Sendable, Hashable {
    public let bytes: [UInt8]

    /// `nil` unless exactly 32 bytes.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    /// Parses 64 hex digits.
    public init?(hex: String) {
        guard let bytes = Hex.decode(hex) else { return nil }
        self.init(bytes: bytes)
    }

    public var hex: String { Hex.encode(bytes) }

    /// SHA-256 of the seed bytes in hex: published before the result is known.
    public var commitment: String {
        Hex.encode(SHA256.hash(data: bytes))
    }

    /// The salt of the snapshot text a draw commits to: HMAC(seed, "spotcheck/v2/snapshot-salt").
    public var snapshotSalt: [UInt8] { mac("spotcheck/v2/snapshot-salt") }

    /// HMAC-SHA256 keyed by the seed over the UTF-8 bytes of `label`.
    func mac(_ label: String) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Array(label.utf8), using: SymmetricKey(data: bytes)))
    }

    /// HMAC(seed, prefix + label) for each label, as four big-endian words each (so that
    /// comparing the tuples compares the codes as bytes). The same codes as `mac`, computed as
    /// HMAC is defined (RFC 2104; the 32-byte key is shorter than SHA-256's 64-byte block, so it
    /// is zero-padded): SHA-256(key ⊕ opad ‖ SHA-256(key ⊕ ipad ‖ message)). The two keyed
    /// states are set up once and copied per label, and the bytes go to the hash functions
    /// directly.
    func macWords(prefix: String, _ labels: [String]) -> [(UInt64, UInt64, UInt64, UInt64)] {
        var block = [UInt8](repeating: 0, count: 64)
        block.replaceSubrange(0..<bytes.count, with: bytes)
        var inner = SHA256()
        inner.update(data: block.map { $0 ^ 0x36 })
        inner.update(data: Array(prefix.utf8))
        var outer = SHA256()
        outer.update(data: block.map { $0 ^ 0x5c })
        var words: [(UInt64, UInt64, UInt64, UInt64)] = []
        words.reserveCapacity(labels.count)
        for label in labels {
            var state = inner
            var label = label
            label.withUTF8 { state.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            let innerCode = state.finalize()
            var outerState = outer
            innerCode.withUnsafeBytes { outerState.update(bufferPointer: $0) }
            let code = outerState.finalize()
            words.append(
                code.withUnsafeBytes { raw in
                    func word(_ offset: Int) -> UInt64 {
                        UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    }
                    return (word(0), word(8), word(16), word(24))
                })
        }
        return words
    }

    /// A uniform integer in `0..<bound` for the stream `label`, exact and without modulo bias:
    /// the first 8 bytes of HMAC(seed, "label/attempt") as a big-endian integer, taken when it
    /// falls below the largest multiple of `bound` under 2^64, else the next attempt.
    /// Returns the value and the attempt that produced it.
    func uniform(_ label: String, below bound: UInt64) -> (value: UInt64, attempt: Int) {
        precondition(bound > 0, "uniform needs a positive bound")
        let excess = (UInt64.max - bound + 1) % bound  // 2^64 mod bound
        var attempt = 0
        while true {
            let code = mac("\(label)/\(attempt)")
            var word: UInt64 = 0
            for byte in code.prefix(8) { word = word << 8 | UInt64(byte) }
            if excess == 0 || word < UInt64.max - excess + 1 {
                return (word % bound, attempt)
            }
            attempt += 1
        }
    }
}

/// xoshiro256**: a fast deterministic generator for the team search, keyed from the seed.
struct TeamRandom: RandomNumberGenerator {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    init(seed: Seed, label: String) {
        let code = seed.mac(label)
        func word(_ offset: Int) -> UInt64 {
            code[offset..<offset + 8].reduce(0) { $0 << 8 | UInt64($1) }
        }
        state = (word(0), word(8), word(16), word(24))
        if state == (0, 0, 0, 0) { state.0 = 1 }
    }

    mutating func next() -> UInt64 {
        let result = rotl(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotl(state.3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
