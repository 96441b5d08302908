import Foundation
import SpotcheckProtocol
import Testing

@testable import SpotcheckDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// SplitMix64: a small seeded generator, the same sequence on every run.
struct FuzzRandom {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
}

/// Malformed, mutated and hostile Varlink messages sent to the real daemon's control socket:
/// it never crashes, every answer is a reply or an error its interfaces declare, and other
/// clients keep being served. Inputs that ever crashed or hung the daemon are kept in
/// Tests/Fixtures/varlink and sent first.
@Suite(.serialized) struct VarlinkFuzzTests {
    static let fixtures = Harness.packageRoot.appendingPathComponent("Tests/Fixtures/varlink")

    /// Every error name the served interfaces declare, read from their text.
    static let declaredErrors: Set<String> = {
        var names: Set<String> = []
        for text in [
            Varlink.serviceDescription, Varlink.interfaceDescription, Varlink.ledgerInterfaceDescription,
            CampaignMessages.campaignDescription, CampaignMessages.complaintsDescription,
            Varlink.selfInspectionInterfaceDescription,
        ] {
            var interface = ""
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                if words.first == "interface", words.count > 1 { interface = String(words[1]) }
                if words.first == "error", words.count > 1 { names.insert("\(interface).\(words[1])") }
            }
        }
        return names
    }()

    /// A valid call of each method, with parameters that keep the daemon's state as it is.
    static let seeds: [String] = [
        #"{"method":"org.varlink.service.GetInfo"}"#,
        #"{"method":"org.varlink.service.GetInterfaceDescription","parameters":{"interface":"io.spotcheck"}}"#,
        #"{"method":"io.spotcheck.GetStatus","parameters":{}}"#,
        #"{"method":"io.spotcheck.Today","parameters":{"date":"2026-12-01"}}"#,
        #"{"method":"io.spotcheck.Why","parameters":{"inspector":"i001","department":"d-fagai","date":"2026-12-01"}}"#,
        #"{"method":"io.spotcheck.GetRecord","parameters":{"pool":"county","date":"2026-12-01"}}"#,
        #"{"method":"io.spotcheck.GetTeams","parameters":{"date":"2026-12-01"}}"#,
        #"{"method":"io.spotcheck.VerifyChain","parameters":{}}"#,
        #"{"method":"io.spotcheck.ExportRoster","parameters":{}}"#,
        #"{"method":"io.spotcheck.ImportRoster","parameters":{"files":{"departments":"id,name\n","inspectors":"","conflicts":"","history":""},"base_sha256":null,"dry_run":true}}"#,
        #"{"method":"io.spotcheck.OrderInspection","parameters":{"pool":"no-such-pool","departments":["d-fagai"],"reason":"fuzz"}}"#,
        #"{"method":"io.spotcheck.ReplaceInspector","parameters":{"draw_id":999999,"inspector":"i001","with":null,"reason":"fuzz"}}"#,
    ]

    /// Values of every JSON type and some edges, put in place of each parameter.
    static let values: [String] = [
        "0", "-1", "1.5", "-0", "1e400", "-1e400", "99999999999999999999999999", "9223372036854775808",
        "-9223372036854775809", "9223372036854775807", "true", "false", "null", #""""#, #""x""#, "[]", "{}",
        #"["a",1]"#, #"{"a":1}"#, #""\u0000""#, #""\ud800""#, #""\udc00\ud800""#, #""\u202e\u001b[31m""#,
        "\"" + String(repeating: "y", count: 3_000) + "\"",
        "[" + Array(repeating: "1", count: 500).joined(separator: ",") + "]",
    ]

    /// The declared type of each parameter, per method, written out here independently of the
    /// daemon's own reading of the interface: "s" string, "i" int, "b" bool, "[s]" []string,
    /// "files" RosterFiles; "?" in front for an optional one.
    static let declared: [String: [String: String]] = [
        "org.varlink.service.GetInfo": [:],
        "org.varlink.service.GetInterfaceDescription": ["interface": "s"],
        "io.spotcheck.GetStatus": [:],
        "io.spotcheck.Today": ["date": "?s"],
        "io.spotcheck.Why": ["inspector": "s", "department": "s", "date": "?s"],
        "io.spotcheck.GetRecord": ["pool": "s", "date": "s", "draw_id": "?i"],
        "io.spotcheck.GetTeams": ["date": "?s", "pool": "?s"],
        "io.spotcheck.VerifyChain": [:],
        "io.spotcheck.ExportRoster": [:],
        "io.spotcheck.ImportRoster": ["files": "files", "base_sha256": "?s", "dry_run": "b"],
        "io.spotcheck.OrderInspection": ["pool": "s", "departments": "[s]", "reason": "s"],
        "io.spotcheck.ReplaceInspector": [
            "draw_id": "i", "inspector": "s", "with": "?s", "reason": "s", "department": "?s",
        ],
    ]

    /// Whether the JSON text `value` is of the declared type `type`.
    static func fits(_ value: String, _ type: String) -> Bool {
        if type.hasPrefix("?") { return value == "null" || fits(value, String(type.dropFirst())) }
        switch type {
        case "s": return value.hasPrefix("\"")
        case "i": return Int64(value) != nil
        case "b": return value == "true" || value == "false"
        case "[s]":
            guard let array = try? JSONSerialization.jsonObject(with: Data(value.utf8)) as? [Any] else { return false }
            return array.allSatisfy { $0 is String }
        default: return false  // no value of the list is a whole RosterFiles
        }
    }

    /// What a mutant must get: an InvalidParameter naming `parameter` (or a field inside it),
    /// or any InvalidParameter when `parameter` is empty (the message itself is not valid).
    struct Expectation {
        var parameter: String
    }

    /// Structured mutants: each parameter of each method with each value, parameters missing,
    /// extra, or not an object; unknown methods and interfaces; flags of every kind. A mutant
    /// whose parameter is of the wrong type, or not declared, must be refused naming it.
    static func structuredMutants() -> [(message: [UInt8], expected: Expectation?)] {
        var mutants: [String] = []
        var expected: [Expectation?] = []
        func add(_ text: String, _ expectation: Expectation? = nil) {
            mutants.append(text)
            expected.append(expectation)
        }
        for seed in seeds {
            guard let object = try? JSONSerialization.jsonObject(with: Data(seed.utf8)) as? [String: Any] else {
                continue
            }
            let method = object["method"] as! String
            let parameters = (object["parameters"] as? [String: Any]) ?? [:]
            let names = [
                "interface", "date", "inspector", "department", "pool", "files", "departments", "reason",
                "draw_id", "with", "base_sha256", "dry_run",
            ]
            for name in Set(parameters.keys).union(names).sorted() {
                for value in values {
                    var fields = parameters.keys.sorted().filter { $0 != name }.map { key in
                        "\"\(key)\":"
                            + String(
                                decoding: try! JSONSerialization.data(
                                    withJSONObject: parameters[key]!, options: [.fragmentsAllowed]), as: UTF8.self)
                    }
                    fields.append("\"\(name)\":\(value)")
                    let message = "{\"method\":\"\(method)\",\"parameters\":{\(fields.joined(separator: ","))}}"
                    if value.contains("\\ud800") || value.contains("\\udc00") {
                        add(message, Expectation(parameter: ""))
                    } else if let type = declared[method]?[name] {
                        add(message, fits(value, type) ? nil : Expectation(parameter: name))
                    } else {
                        add(message, Expectation(parameter: name))
                    }
                }
            }
            // Nested: each field of the import's files with a wrong type.
            if method == "io.spotcheck.ImportRoster" {
                for file in ["departments", "inspectors", "conflicts", "history", "extra"] {
                    for value in ["1", "null", "[]", "{}", "true"] {
                        add(
                            seed.replacingOccurrences(of: "\"\(file)\":\"", with: "\"\(file)\":\(value),\"x\":\""))
                    }
                }
            }
            add(#"{"method":"\#(method)"}"#)
            add(#"{"method":"\#(method)","parameters":null}"#)
            add(#"{"method":"\#(method)","parameters":[]}"#)
            add(#"{"method":"\#(method)","parameters":"x"}"#)
            add(#"{"method":"\#(method)","parameters":{},"parameters":{}}"#)
            add(#"{"parameters":{},"method":"\#(method)","method":"\#(method)"}"#)
            for flags in [
                #""oneway":true"#, #""more":true"#, #""upgrade":true"#, #""oneway":true,"more":true"#,
                #""oneway":"yes""#, #""more":1"#, #""upgrade":null"#, #""oneway":false,"more":false"#, #""extra":1"#,
            ] {
                add(String(seed.dropLast()) + "," + flags + "}")
            }
        }
        for method in [
            "io.spotcheck.NoSuchMethod", "org.varlink.service.NoSuchMethod", "com.example.Other.Method",
            "io.spotcheck", "io.spotcheck.", ".GetStatus", "", "GetStatus", "io.spotcheck.getStatus",
            "io..spotcheck.GetStatus", "io.spotcheck.Get Status", "io.spotcheck.GetStatus\u{0}",
            "org.varlink.service.GetInterfaceDescription.Extra", String(repeating: "a.", count: 2_000) + "A",
        ] {
            add(
                "{\"method\":\(String(decoding: try! JSONSerialization.data(withJSONObject: method, options: [.fragmentsAllowed]), as: UTF8.self))}"
            )
        }
        for text in [
            #"{"method":1}"#, #"{"method":null}"#, #"{"method":["io.spotcheck.GetStatus"]}"#, "{}", "[]", "null",
            "1", #""io.spotcheck.GetStatus""#, "", " ", "{", "}", #"{"method""#, #"{"method":"#,
            #"{"method":"io.spotcheck.GetStatus""#, #"{"method":"io.spotcheck.GetStatus",}"#,
            #"{"method":"io.spotcheck.GetStatus"} {}"#, #"{'method':'io.spotcheck.GetStatus'}"#,
            #"{"method":"io.spotcheck.GetInterfaceDescription","parameters":{"interface":"com.example"}}"#,
            #"{"method":"org.varlink.service.GetInterfaceDescription","parameters":{"interface":"org.varlink.service"}}"#,
            #"{"method":"io.spotcheck.Today","parameters":{"date":"2026-02-30"}}"#,
            #"{"method":"io.spotcheck.Today","parameters":{"date":"99999-01-01"}}"#,
            #"{"method":"io.spotcheck.Why","parameters":{"inspector":"i001","department":"d-fagai","date":"0000-01-01"}}"#,
            #"{"method":"io.spotcheck.ReplaceInspector","parameters":{"draw_id":-9223372036854775808,"inspector":"","reason":"x"}}"#,
            #"{"method":"io.spotcheck.ReplaceInspector","parameters":{"draw_id":1,"inspector":"i001","reason":"   "}}"#,
            #"{"method":"io.spotcheck.OrderInspection","parameters":{"pool":"county","departments":[],"reason":" "}}"#,
        ] {
            add(text)
        }
        var bytes = mutants.map { Array($0.utf8) }
        // Deep nesting, at the limit and far past it, in parameters and at the top.
        for depth in [30, 31, 32, 33, 64, 1_000, 20_000] {
            bytes.append(
                Array(#"{"method":"io.spotcheck.GetStatus","parameters":{"x":"#.utf8)
                    + Array(repeating: UInt8(ascii: "["), count: depth)
                    + Array(repeating: UInt8(ascii: "]"), count: depth)
                    + Array("}}".utf8))
            bytes.append(Array(repeating: UInt8(ascii: "["), count: depth))
            bytes.append(Array(String(repeating: #"{"a":"#, count: min(depth, 10_000)).utf8))
        }
        expected += Array(repeating: nil, count: bytes.count - expected.count)
        // Invalid UTF-8 in a key, in a value and in the method: never taken as valid text.
        for bad: [UInt8] in [
            [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80],
        ] {
            bytes.append(
                Array(#"{"method":"io.spotcheck.Today","parameters":{"date":""#.utf8) + bad + Array(#""}}"#.utf8))
            bytes.append(Array(#"{"method":"io.spotcheck.GetStatus"#.utf8) + bad + Array(#""}"#.utf8))
            bytes.append(Array(#"{"method":"io.spotcheck.GetStatus","#.utf8) + [0x22] + bad + Array(#"":1}"#.utf8))
        }
        expected += Array(repeating: Expectation(parameter: ""), count: bytes.count - expected.count)
        return Array(zip(bytes, expected))
    }

    /// Byte-level mutants of the seeds: truncated, NULs inserted or doubled, bytes flipped or
    /// inserted (invalid UTF-8 among them), keys doubled, two seeds spliced.
    static func byteMutants(count: Int, seed: UInt64) -> [[UInt8]] {
        var random = FuzzRandom(state: seed)
        let corpus = seeds.map { Array($0.utf8) }
        var mutants: [[UInt8]] = []
        for _ in 0..<count {
            var bytes = corpus[random.below(corpus.count)]
            for _ in 0...random.below(3) {
                guard !bytes.isEmpty else { break }
                let at = random.below(bytes.count)
                switch random.below(8) {
                case 0: bytes = Array(bytes[..<at])
                case 1: bytes.insert(0, at: at)
                case 2: bytes.insert(contentsOf: [0, 0], at: at)
                case 3: bytes[at] ^= UInt8(1 << random.below(8))
                case 4: bytes.insert(UInt8(0x80 + random.below(0x80)), at: at)
                case 5: bytes[at] = [0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x3A, 0x2C][random.below(8)]
                case 6:
                    let other = corpus[random.below(corpus.count)]
                    bytes = Array(bytes[..<at]) + Array(other[random.below(other.count)...])
                default:
                    let length = min(bytes.count - at, 1 + random.below(16))
                    bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
                }
            }
            mutants.append(bytes)
        }
        return mutants
    }

    /// Messages of each method right at its size limit, one byte under and one over (padded
    /// with white space after the object, which JSON allows).
    static func sizeEdges() -> [(message: [UInt8], tooLarge: Bool)] {
        var edges: [(message: [UInt8], tooLarge: Bool)] = []
        for seed in seeds {
            let method = try! Varlink.decode(Varlink.Call.self, from: Array(seed.utf8)).method
            let limit = MessageLimits.maximum(for: method)
            for size in [limit - 1, limit, limit + 1] {
                let bytes = Array(seed.utf8)
                edges.append((bytes + Array(repeating: UInt8(ascii: " "), count: size - bytes.count), size > limit))
            }
        }
        return edges
    }

    enum Outcome: Equatable {
        case answered
        /// The daemon closed the connection after saying the message was too large.
        case closedAfterTooLarge
    }

    struct Broken: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends `message` and a GetInfo call after it on a fresh connection; every answer up to
    /// GetInfo's must be a reply or a declared error, and the first one what `expected` says.
    static func probe(_ path: String, _ message: [UInt8], expected: Expectation? = nil) throws -> Outcome {
        let client = try RawClient(path: path)
        let sentinel = Array(#"{"method":"org.varlink.service.GetInfo"}"#.utf8) + [0]
        client.send(message + [0] + sentinel, timeout: 10)
        var last: String?
        while true {
            guard let reply = client.receive(timeout: 10) else {
                if let last, last.contains("io.spotcheck.MessageTooLarge") { return .closedAfterTooLarge }
                throw Broken(description: "no answer (last: \(last ?? "none"))")
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(reply.utf8)) as? [String: Any] else {
                throw Broken(description: "an answer that is not a JSON object: \(reply.prefix(200))")
            }
            if let error = object["error"] {
                guard let name = error as? String, declaredErrors.contains(name) else {
                    throw Broken(description: "an undeclared error: \(reply.prefix(300))")
                }
            } else if object["parameters"] as? [String: Any] == nil {
                throw Broken(description: "a reply without parameters: \(reply.prefix(200))")
            }
            if last == nil, let expected {
                let parameter = (object["parameters"] as? [String: Any])?["parameter"] as? String
                let named =
                    expected.parameter.isEmpty
                    || parameter.map {
                        $0 == expected.parameter || $0.hasPrefix(expected.parameter + ".")
                            || $0.hasPrefix(expected.parameter + "[")
                    } == true
                guard object["error"] as? String == "org.varlink.service.InvalidParameter", named else {
                    throw Broken(
                        description:
                            "expected InvalidParameter naming \(expected.parameter.isEmpty ? "anything" : expected.parameter), got \(reply.prefix(200))"
                    )
                }
            }
            if reply.contains("\"vendor\"") { return .answered }
            last = reply
        }
    }

    @Test func malformedAndMutatedMessagesNeverCrashTheDaemonAndGetDeclaredErrors() throws {
        let daemon = try ControlTests.startedDaemon(roles: RosterEditTests.coordinatorRoles)
        defer { daemon.signal(SIGTERM); _ = daemon.waitForExit() }
        let path = daemon.controlPath
        let honest = try VarlinkClient(path: path)

        // Kept inputs: NAME.bin, or NAME--PARAMETER.bin when the answer must be an
        // InvalidParameter naming PARAMETER.
        let kept = ((try? FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)) ?? []).sorted()
        let fixtures: [(message: [UInt8], expected: Expectation?)] = kept.compactMap { name in
            guard let data = FileManager.default.contents(atPath: Self.fixtures.appendingPathComponent(name).path)
            else {
                return nil
            }
            let stem = name.replacingOccurrences(of: ".bin", with: "")
            let parameter = stem.range(of: "--").map { String(stem[$0.upperBound...]) }
            return ([UInt8](data), parameter.map { Expectation(parameter: $0) })
        }
        #expect(fixtures.count == kept.count && !fixtures.isEmpty, "the kept inputs are read")
        let structured = Self.structuredMutants()
        let mutated = Self.byteMutants(count: 1_500, seed: 0x5EED_0008)
        let started = Date()
        var failures: [String] = []
        let all = fixtures + structured + mutated.map { ($0, nil) }
        for (index, (message, expected)) in all.enumerated() {
            do {
                _ = try Self.probe(path, message, expected: expected)
            } catch {
                failures.append("\(error): \(String(decoding: message.prefix(120), as: UTF8.self).debugDescription)")
                if failures.count > 10 { break }
            }
            if index % 200 == 0 {
                #expect(
                    (try? honest.call(
                        "io.spotcheck.GetStatus", Varlink.Empty(), returning: SocketAttackTests.Status.self))
                        != nil, "the honest client is served after \(index) messages")
            }
            #expect(daemon.process?.isRunning == true)
            if daemon.process?.isRunning != true { break }
        }
        #expect(
            failures.isEmpty, "\(failures.count) failures, the first: \(failures.prefix(10).joined(separator: "\n"))")
        for (message, tooLarge) in Self.sizeEdges() {
            let outcome = try? Self.probe(path, message)
            #expect(
                outcome == (tooLarge ? .closedAfterTooLarge : .answered),
                "\(message.count) bytes of \(String(decoding: message.prefix(60), as: UTF8.self))")
        }
        #expect(daemon.process?.isRunning == true, "\(daemon.stderr.suffix(2_000))")
        #expect(
            (try? honest.call("io.spotcheck.GetStatus", Varlink.Empty(), returning: SocketAttackTests.Status.self))
                != nil)
        print(
            "varlink fuzz: \(fixtures.count) kept + \(structured.count) structured + \(mutated.count) mutated messages in \(Int(Date().timeIntervalSince(started))) s"
        )
    }

    @Test func theSchemaHasEveryMethodAndErrorOfEveryInterface() {
        let schema = VarlinkSchema.served
        for method in MessageLimits.byMethod.keys {
            #expect(schema.methods[method] != nil, "\(method)")
        }
        #expect(schema.errors == Self.declaredErrors)
        #expect(
            schema.methods["io.spotcheck.ImportRoster"]?.map(\.name) == [
                "files", "base_sha256", "dry_run", "base_roster_sha256",
            ])
        #expect(schema.types["io.spotcheck.RosterFiles"] != nil)
    }

    @Test func anUndeclaredErrorFromTheHandlerIsAnsweredAsAnInternalError() {
        struct Failing: ControlHandler {
            let reply: [UInt8]
            func handle(_ request: [UInt8], from caller: Caller) -> [UInt8]? { reply }
        }
        let call = Array(#"{"method":"io.spotcheck.GetStatus"}"#.utf8)
        let undeclared = CheckedCalls(Failing(reply: Varlink.encode(Varlink.Failure("io.spotcheck.Oops"))))
        #expect(
            String(decoding: undeclared.handle(call, from: Self.root) ?? [], as: UTF8.self)
                == #"{"error":"io.spotcheck.InternalError","parameters":{"message":"io.spotcheck.Oops"}}"#)
        let declared = Varlink.encode(Varlink.Failure("io.spotcheck.NotFound", ["what": .string("x")]))
        #expect(CheckedCalls(Failing(reply: declared)).handle(call, from: Self.root) == declared)
    }

    @Test func aSixteenMebibyteImportIsCheckedInLinearTime() {
        let text = String(repeating: #"d-x,部门,1,,,county\n"#, count: (16 << 20) / 24)
        let call = Array(
            (#"{"method":"io.spotcheck.ImportRoster","parameters":{"files":{"departments":""# + text
                + #"","inspectors":"","conflicts":"","history":""},"dry_run":true}}"#).utf8)
        let started = Date()
        guard case .call = CheckedCalls(ControlLoopTests.Echo()).check(call) else {
            Issue.record("a valid import was refused")
            return
        }
        let seconds = Date().timeIntervalSince(started)
        print("checked a \(call.count / 1_048_576) MiB import in \(String(format: "%.2f", seconds)) s")
        #expect(seconds < 10)
    }

    static let root = Caller(
        uid: 0, gid: 0, pid: 1, login: "root", groups: ["root"], isCoordinator: true, isAuditor: true)

    @Test func wrongParameterTypesAreNamedInInvalidParameter() throws {
        let checked = CheckedCalls(ControlLoopTests.Echo())
        func refusal(_ text: String) -> String? {
            guard case .refuse(let failure, _) = checked.check(Array(text.utf8)) else { return nil }
            return "\(failure)"
        }
        #expect(
            refusal(#"{"method":"io.spotcheck.Today","parameters":{"date":5}}"#)
                == "org.varlink.service.InvalidParameter (parameter=date)")
        #expect(
            refusal(
                #"{"method":"io.spotcheck.ReplaceInspector","parameters":{"draw_id":1.5,"inspector":"a","reason":"r"}}"#
            )?.contains("draw_id") == true)
        #expect(
            refusal(
                #"{"method":"io.spotcheck.ReplaceInspector","parameters":{"draw_id":99999999999999999999,"inspector":"a","reason":"r"}}"#
            )?.contains("draw_id") == true)
        #expect(
            refusal(#"{"method":"io.spotcheck.Why","parameters":{"inspector":"a"}}"#)?.contains("department") == true)
        #expect(
            refusal(
                #"{"method":"io.spotcheck.ImportRoster","parameters":{"files":{"departments":"","inspectors":"","conflicts":"","history":1},"dry_run":true}}"#
            )?.contains("files.history") == true)
        #expect(refusal(#"{"method":"io.spotcheck.GetStatus","parameters":{"x":1}}"#)?.contains("parameter=x") == true)
        #expect(
            refusal(#"{"method":"io.spotcheck.Nope"}"#)
                == "org.varlink.service.MethodNotFound (method=io.spotcheck.Nope)")
        #expect(
            refusal(#"{"method":"com.example.Nope"}"#)
                == "org.varlink.service.InterfaceNotFound (interface=com.example)")
        #expect(refusal(#"{"method":"io.spotcheck.GetStatus","upgrade":true}"#)?.contains("upgrade") == true)
        #expect(refusal(#"{"method":"io.spotcheck.GetStatus","method":"io.spotcheck.GetStatus"}"#) != nil)
        #expect(refusal(#"{"method":"io.spotcheck.GetStatus"}"#) == nil)
        #expect(refusal(#"{"method":"io.spotcheck.Today","parameters":{"date":null}}"#) == nil)
        #expect(refusal(#"{"method":"io.spotcheck.Today"}"#) == nil)
        // Oneway calls that are refused get no answer at all.
        #expect(checked.handle(Array(#"{"method":"io.spotcheck.Nope","oneway":true}"#.utf8), from: Self.root) == nil)
    }
}
