import Foundation
import SpotcheckCore
import SpotcheckRoster
import Testing

/// A published draw folder (ROOT/2026-12-01/county) from an honest offline draw, with one replacement.
struct PublishedDraw {
    let honest: HonestDraw
    let root: URL
    var folder: URL { root.appendingPathComponent("2026-12-01/county") }

    init(root name: String = "public") throws {
        honest = try HonestDraw()
        root = honest.folder.appendingPathComponent(name)
        let roster = folder.appendingPathComponent("roster")
        try FileManager.default.createDirectory(at: roster, withIntermediateDirectories: true)
        for file in ["record.json", "commitment.json", "seed.hex", "policy.txt"] {
            try FileManager.default.copyItem(
                at: honest.folder.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        for file in ["departments.csv", "inspectors.csv", "history.csv"] {
            try FileManager.default.copyItem(
                at: URL(fileURLWithPath: "\(Run.county)/\(file)"), to: roster.appendingPathComponent(file))
        }
        var lines = ["inspector,department,reason_sha256,until"]
        for conflict in honest.roster.conflicts.reversed() {
            lines.append(
                "\(conflict.inspector),\(conflict.department),\(conflict.reasonHash),\(conflict.until?.description ?? "")"
            )
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: roster.appendingPathComponent("conflicts.csv"))
        try write("replacements.json", RecordCoding.encode([honest.honestReplacement()]))
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    func read(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: folder.appendingPathComponent(name))) }

    /// `spotcheck verify --date --pool --public` and `verify_draw.py FOLDER` on the folder under `root`.
    func verifyBoth(root: URL? = nil) throws -> (swift: Run.Result, python: Run.Result) {
        let base = root ?? self.root
        return (
            try Run.spotcheck(["verify", "--date", "2026-12-01", "--pool", "county", "--public", base.path]),
            try Run.python([base.appendingPathComponent("2026-12-01/county").path])
        )
    }
}

@Suite struct VerifierAgreementTests {
    /// Both refuse, both name the file, and no output is a Python traceback.
    func expectRefused(
        _ results: (swift: Run.Result, python: Run.Result), naming file: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let swift = results.swift.stdout + results.swift.stderr
        let python = results.python.stdout + results.python.stderr
        #expect(results.swift.status != 0, "spotcheck verify accepted: \(swift)", sourceLocation: sourceLocation)
        #expect(results.python.status != 0, "verify_draw.py accepted: \(python)", sourceLocation: sourceLocation)
        #expect(
            swift.contains(file), "spotcheck verify does not name \(file): \(swift)", sourceLocation: sourceLocation)
        #expect(
            python.contains(file), "verify_draw.py does not name \(file): \(python)", sourceLocation: sourceLocation)
        #expect(!python.contains("Traceback"), "\(python)", sourceLocation: sourceLocation)
        #expect(!swift.contains("DecodingError"), "\(swift)", sourceLocation: sourceLocation)
    }

    @Test func anHonestFolderVerifiesWithBothAndEachSaysWhatItDidNotProve() throws {
        let draw = try PublishedDraw()
        let results = try draw.verifyBoth()
        #expect(results.swift.status == 0, "\(results.swift.stdout)\(results.swift.stderr)")
        #expect(results.python.status == 0, "\(results.python.stdout)\(results.python.stderr)")
        for output in [results.swift.stdout, results.python.stdout] {
            #expect(output.contains("replacements: 1 checked"), "\(output)")
            #expect(output.contains("--chain") && output.contains("--head") && output.contains("--publication"))
        }
    }

    @Test func aMissingCommitmentIsRefusedByBoth() throws {
        let draw = try PublishedDraw()
        try FileManager.default.removeItem(atPath: draw.path("commitment.json"))
        expectRefused(try draw.verifyBoth(), naming: "commitment.json")
    }

    @Test(arguments: ["bom", "null", "extra", "number", "list", "string", "true"])
    func aDamagedCommitmentIsRefusedByBothNamingTheFile(damage: String) throws {
        let draw = try PublishedDraw()
        let original = try draw.read("commitment.json")
        let text = String(decoding: original, as: UTF8.self)
        let bytes: [UInt8] =
            switch damage {
            case "bom": [0xEF, 0xBB, 0xBF] + original
            case "extra":
                Array(
                    (String(text[..<text.lastIndex(of: "}")!]).trimmingCharacters(in: .whitespacesAndNewlines)
                        + ",\n  \"zz\" : \"x\"\n}\n").utf8)
            case "number": Array("0\n".utf8)
            case "list": Array("[]\n".utf8)
            case "string": Array("\"x\"\n".utf8)
            case "true": Array("true\n".utf8)
            default: Array("null\n".utf8)
            }
        try draw.write("commitment.json", bytes)
        expectRefused(try draw.verifyBoth(), naming: "commitment.json")
    }

    @Test func aNullReplacementsListIsRefusedByBoth() throws {
        let draw = try PublishedDraw()
        try draw.write("replacements.json", Array("null\n".utf8))
        expectRefused(try draw.verifyBoth(), naming: "replacements.json")
    }

    @Test(arguments: ["d-a:8b81\n", "\n", "no-colon\n", "d-a:" + String(repeating: "z", count: 64) + "\n"])
    func aDamagedHiddenSlotFileIsNamedAndIsNoUsageError(text: String) throws {
        let draw = try PublishedDraw()
        try draw.write("hidden-slot.txt", Array(text.utf8))
        let results = try draw.verifyBoth()
        expectRefused(results, naming: "hidden-slot.txt")
        #expect(results.swift.status == 65, "\(results.swift.stderr)")
        #expect(results.python.status == 2, "\(results.python.stderr)")
        #expect(!results.swift.stderr.contains("--hidden-slot"))
    }

    /// DIR/draws/2026-12-01/county next to DIR/manifest.json listing the folder's files.
    func publication() throws -> (draw: PublishedDraw, draws: URL) {
        let draw = try PublishedDraw(root: "publication/draws")
        let dir = draw.honest.folder.appendingPathComponent("publication")
        var files: [[String: Any]] = []
        let base = draw.folder.path
        for name in try FileManager.default.subpathsOfDirectory(atPath: base).sorted() {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: "\(base)/\(name)", isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: "\(base)/\(name)")))
            files.append(["path": "draws/2026-12-01/county/\(name)", "sha256": sha256Hex(bytes), "size": bytes.count])
        }
        let manifest: [String: Any] = [
            "format": "spotcheck-publication/1", "published": "2026-12-01T12:00:00Z", "edition": "daily",
            "publicKey": String(repeating: "0", count: 64), "files": files,
        ]
        try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]).write(
            to: dir.appendingPathComponent("manifest.json"))
        return (draw, draw.root)
    }

    @Test func aFolderInsideAPublicationMatchesItsManifestWithBoth() throws {
        let (draw, _) = try publication()
        let results = try draw.verifyBoth()
        #expect(results.swift.status == 0, "\(results.swift.stdout)\(results.swift.stderr)")
        #expect(results.python.status == 0, "\(results.python.stdout)\(results.python.stderr)")
        #expect(results.swift.stdout.contains("manifest.json"), "\(results.swift.stdout)")
        #expect(results.python.stdout.contains("manifest.json"), "\(results.python.stdout)")
    }

    @Test func aDroppedReplacementInsideAPublicationIsCaughtByBoth() throws {
        let (draw, _) = try publication()
        try FileManager.default.removeItem(atPath: draw.path("replacements.json"))
        expectRefused(try draw.verifyBoth(), naming: "replacements.json")
    }

    @Test func anEditedReasonInsideAPublicationIsCaughtByBoth() throws {
        let (draw, _) = try publication()
        let text = String(decoding: try draw.read("replacements.json"), as: UTF8.self)
        #expect(text.contains("病假"))
        try draw.write("replacements.json", Array(text.replacingOccurrences(of: "病假", with: "与举报人系亲属").utf8))
        expectRefused(try draw.verifyBoth(), naming: "replacements.json")
    }

    /// The published folder turned into an ordered draw of `department` with its order.json.
    func orderedDraw() throws -> PublishedDraw {
        let draw = try PublishedDraw()
        let script = draw.honest.folder.appendingPathComponent("mutate.py")
        try Data(Self.mutator.utf8).write(to: script)
        let seed = Run.seed(12)
        let department = draw.honest.record.teams[0].department
        let order = try Run.run(
            "/usr/bin/env",
            ["python3", script.path, Run.verifier, "--order", draw.path("order.json"), seed, department])
        #expect(order.status == 0, "\(order.stderr)")
        let swift = try Run.spotcheck([
            "draw", "--roster", Run.county, "--date", "2026-12-01", "--seed", seed, "--target", department,
            "--previous", order.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "--json", "--commitment",
            draw.path("commitment.json"),
        ])
        #expect(swift.status == 0, "\(swift.stderr)")
        try draw.write("record.json", Array(swift.stdout.utf8))
        try draw.write("seed.hex", Array((seed + "\n").utf8))
        try FileManager.default.removeItem(atPath: draw.path("replacements.json"))
        return draw
    }

    @Test func anOrderedFolderVerifiesWithBoth() throws {
        let results = try orderedDraw().verifyBoth()
        #expect(results.swift.status == 0, "\(results.swift.stdout)\(results.swift.stderr)")
        #expect(results.python.status == 0, "\(results.python.stdout)\(results.python.stderr)")
        #expect(results.swift.stdout.contains("replacements: none"))
    }

    /// Every value of record.json, commitment.json and replacements.json (a list's first element
    /// standing for the rest) replaced by null, 0, 1.5, "x", [], {} and true: both verifiers refuse,
    /// a value of another JSON type is named with its file, and no output is a traceback.
    @Test(arguments: [["record.json", "commitment.json", "replacements.json"], ["order.json"]])
    func everyValueOfAnotherTypeIsRefusedByBothWithoutATraceback(files: [String]) throws {
        let draw = files == ["order.json"] ? try orderedDraw() : try PublishedDraw()
        let cases = draw.honest.folder.appendingPathComponent("cases")
        let script = draw.honest.folder.appendingPathComponent("mutate.py")
        try Data(Self.mutator.utf8).write(to: script)
        let made = try Run.run(
            "/usr/bin/env",
            ["python3", script.path, Run.verifier, draw.root.path, cases.path] + files)
        #expect(made.status == 0, "\(made.stderr)")
        let lines = made.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > (files == ["order.json"] ? 30 : 200))
        let python = try Run.run(
            "/usr/bin/env", ["python3", script.path, "--verify", Run.verifier, cases.path, String(lines.count)])
        #expect(!python.stderr.contains("Traceback"), "\(python.stderr)")
        let verdicts = python.stdout.split(separator: "\n").map(String.init)
        #expect(verdicts.count == lines.count)
        for (index, line) in lines.enumerated() where index < verdicts.count {
            // line: NUMBER TAB FILE TAB FIELD=VALUE TAB typed|same
            let parts = line.split(separator: "\t").map(String.init)
            let file = parts[1]
            let root = cases.appendingPathComponent(parts[0])
            let swift = try Run.spotcheck([
                "verify", "--date", "2026-12-01", "--pool", "county", "--public", root.path,
            ])
            let swiftOutput = swift.stdout + swift.stderr
            let verdict = verdicts[index].split(separator: "\t", maxSplits: 1).map(String.init)
            let pythonStatus = Int(verdict[0]) ?? -1
            let pythonOutput = verdict.count > 1 ? verdict[1] : ""
            // The same verdict always; a refusal whenever the type changed or the file is not replacements.json
            // (a replacement's reason, time, draw and link of the same type are the chain's to check).
            #expect(
                (swift.status == 0) == (pythonStatus == 0),
                "\(parts[2]): spotcheck verify \(swift.status), verify_draw.py \(pythonStatus)")
            // A value of another JSON type: the same exit code by the documented mapping
            // (docs/verifying.md, VerifierExitCodeTests.swift).
            if parts[3] == "typed" {
                #expect(
                    Self.pythonCode(forSwift: swift.status) == Int32(pythonStatus),
                    "\(parts[2]): spotcheck verify \(swift.status), verify_draw.py \(pythonStatus) (docs/verifying.md)")
            }
            if parts[3] == "typed" || file != "replacements.json" {
                #expect(swift.status != 0, "\(parts[2]): spotcheck verify accepted")
                #expect(pythonStatus != 0, "\(parts[2]): verify_draw.py accepted")
            }
            #expect(!pythonOutput.contains("Traceback"), "\(parts[2]): \(pythonOutput)")
            #expect(!swiftOutput.contains("DecodingError"), "\(parts[2]): \(swiftOutput)")
            if parts[3] == "typed" {
                #expect(pythonOutput.contains(file), "\(parts[2]): \(pythonOutput)")
                #expect(swiftOutput.contains(file), "\(parts[2]): \(swiftOutput)")
            }
        }
    }

    /// Makes one folder per mutation (`mutate.py VERIFIER ROOT CASES FILE...`, printing one line per
    /// case), or verifies every case in one process (`mutate.py --verify VERIFIER CASES COUNT`).
    static let mutator = #"""
        import contextlib, copy, importlib.util, io, json, os, shutil, sys
        if sys.argv[1] == "--verify":
            spec = importlib.util.spec_from_file_location("verify_draw", sys.argv[2])
            vd = importlib.util.module_from_spec(spec); spec.loader.exec_module(vd)
            for n in range(int(sys.argv[4])):
                out = io.StringIO()
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                    try:
                        rc = vd.guarded_main([os.path.join(sys.argv[3], str(n), "2026-12-01", "county")])
                    except BaseException as error:
                        import traceback; traceback.print_exc(); rc = -1
                print(f"{rc}\t" + out.getvalue().replace("\n", " | "), flush=True)
            sys.exit(0)
        spec = importlib.util.spec_from_file_location("verify_draw", sys.argv[1])
        vd = importlib.util.module_from_spec(spec); spec.loader.exec_module(vd)
        if sys.argv[2] == "--order":
            import hashlib
            order = {"date": "2026-12-01", "pool": "county", "departments": [sys.argv[5]], "reason": "群众投诉",
                     "salt": vd.salt_hex(bytes.fromhex(sys.argv[4]), "spotcheck/v2/order-salt")}
            data = vd.canonical_json(order)
            open(sys.argv[3], "wb").write(data)
            print(hashlib.sha256(data).hexdigest())
            sys.exit(0)
        root, cases, files = sys.argv[2], sys.argv[3], sys.argv[4:]
        ALTS = [None, 0, 1.5, "x", [], {}, True]
        def kind(v):
            return "null" if v is None else "bool" if isinstance(v, bool) else type(v).__name__
        def paths(o, p=()):
            yield p
            if isinstance(o, dict):
                for k, v in o.items(): yield from paths(v, p + (k,))
            elif isinstance(o, list) and o:
                yield from paths(o[0], p + (0,))
        def get(o, p):
            for k in p: o = o[k]
            return o
        def setp(o, p, v):
            if not p: return v
            o = copy.deepcopy(o); cur = o
            for k in p[:-1]: cur = cur[k]
            cur[p[-1]] = v
            return o
        n = 0
        for f in files:
            obj = json.load(open(os.path.join(root, "2026-12-01", "county", f)))
            for p in paths(obj):
                old = get(obj, p)
                for alt in ALTS:
                    if kind(alt) == kind(old) and alt == old:
                        continue
                    new = setp(obj, p, alt)
                    try:
                        data = vd.canonical_json(new)
                    except TypeError:
                        data = (json.dumps(new, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
                    target = os.path.join(cases, str(n))
                    shutil.copytree(root, target)
                    open(os.path.join(target, "2026-12-01", "county", f), "wb").write(data)
                    typed = "same" if kind(alt) == kind(old) or (alt is None and p and p[-1] in (
                        "orderedDepartments", "previousRecordHash", "hiddenSlot", "visit", "weight",
                        "remainingWeight", "ticket", "attempt", "blocker", "replacedBy", "chosenBy", "salt",
                        "passedOver")) else "typed"
                    print(f"{n}\t{f}\t{'/'.join(map(str, p))}={alt!r}\t{typed}")
                    n += 1
        """#
}
