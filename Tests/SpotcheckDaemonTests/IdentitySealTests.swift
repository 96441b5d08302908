import Foundation
import Testing

@testable import SpotcheckDaemon

/// The complaints key: any 32 raw bytes, or 64 hex digits with or without a newline.
@Suite struct IdentitySealTests {
    static func raw(last: UInt8, count: Int = 32) -> [UInt8] {
        (0..<count - 1).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) } + [last]
    }

    @Test func aRawKeyEndingInANewlineOrCarriageReturnIsAKey() throws {
        for last: UInt8 in [0x0A, 0x0D, 0x00, 0xFF] {
            let seal = try #require(IdentitySeal(keyMaterial: Self.raw(last: last)), "last byte \(last)")
            #expect(seal.keyBytes == Self.raw(last: last))
            let sealed = try seal.seal("张三", complaint: 1)
            #expect(try seal.open(sealed, complaint: 1) == "张三")
        }
        var twoNewlines = Self.raw(last: 0x0A)
        twoNewlines[30] = 0x0A
        #expect(IdentitySeal(keyMaterial: twoNewlines)?.keyBytes == twoNewlines)
        var crlf = Self.raw(last: 0x0A)
        crlf[30] = 0x0D
        #expect(IdentitySeal(keyMaterial: crlf)?.keyBytes == crlf)
    }

    @Test func hexDigitsMayEndInOneNewlineRawKeysOfOtherLengthsAreRefused() throws {
        let key = Self.raw(last: 0x42)
        let hex = Array(key.map { String(format: "%02x", $0) }.joined().utf8)
        for material in [
            hex, hex + [0x0A], hex + [0x0D, 0x0A], Array(String(decoding: hex, as: UTF8.self).uppercased().utf8),
        ] {
            #expect(IdentitySeal(keyMaterial: material)?.keyBytes == key)
        }
        #expect(IdentitySeal(keyMaterial: hex + [0x0A, 0x0A]) == nil)
        // 30 raw bytes and a newline is not a key either way, nor 32 raw bytes and a newline.
        #expect(IdentitySeal(keyMaterial: Self.raw(last: 0x41, count: 30) + [0x0A]) == nil)
        #expect(IdentitySeal(keyMaterial: Self.raw(last: 0x41) + [0x0A]) == nil)
        #expect(IdentitySeal(keyMaterial: Self.raw(last: 0x41, count: 33)) == nil)
        #expect(IdentitySeal(keyMaterial: []) == nil)
    }

    @Test func anUnusableCredentialIsReportedAMissingOneIsNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seal-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["CREDENTIALS_DIRECTORY": folder.path]
        #expect(IdentitySeal.credentialProblem(environment) == nil)
        #expect(IdentitySeal.credentialProblem([:]) == nil)
        let file = folder.appendingPathComponent(IdentitySeal.credentialName)
        try Data(Self.raw(last: 0x0A)).write(to: file)
        #expect(IdentitySeal.credentialProblem(environment) == nil)
        #expect(IdentitySeal.fromCredentials(environment)?.keyBytes == Self.raw(last: 0x0A))
        try Data(Self.raw(last: 0x0A, count: 31)).write(to: file)
        let problem = try #require(IdentitySeal.credentialProblem(environment))
        #expect(problem.contains(IdentitySeal.credentialName) && problem.contains("31 bytes"))
        #expect(IdentitySeal.fromCredentials(environment) == nil)
    }
}
