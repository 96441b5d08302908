import ArgumentParser
import Foundation
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckRoster
import SpotcheckSystem
import SpotcheckText

struct VerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "verify",
            abstract: Catalogue.DrawVerify.verifyAbstract.text,
            discussion: HelpText.discussion(
                Catalogue.DrawVerify.verifyDiscussion,
                examples: [
                    "spotcheck verify record.json --seed-file seed.hex \\",
                    "  --roster deploy/examples/county",
                    "spotcheck verify record.json --seed-file seed.hex --roster roster \\",
                    "  --policy policy.txt --commitment commitment.json \\",
                    "  --replacements replacements.json",
                    "spotcheck verify --chain",
                    "spotcheck verify --chain /var/lib/spotcheck/public",
                    "spotcheck verify --chain /var/lib/spotcheck/public --head HASH",
                    "spotcheck verify --date 2026-12-01 --pool county",
                    "spotcheck verify --publication /var/lib/spotcheck/public/publication \\",
                    "  --key HEX",
                    "spotcheck verify --publication DIR --key HEX --not-before 2026-12-04",
                ]))
    }

    @Argument(help: ArgumentHelp(Catalogue.DrawVerify.verifyRecordHelp, valueName: "record"))
    var record: String?

    @Flag(help: ArgumentHelp(Catalogue.DrawVerify.verifyChainHelp))
    var chain = false

    @Option(help: ArgumentHelp(Catalogue.DrawVerify.verifyHeadHelp, valueName: "hash"))
    var head: String?

    @Option(
        help: ArgumentHelp(Catalogue.DrawVerify.verifyDateHelp, valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp(Catalogue.DrawVerify.verifyPoolHelp, valueName: "pool"))
    var pool: String?

    @Option(
        name: .customLong("public"),
        help: ArgumentHelp(Catalogue.DrawVerify.verifyPublicHelp, valueName: "dir"), completion: .directory)
    var publicFolder: String?

    @OptionGroup var socket: SocketOptions

    @Option(help: ArgumentHelp(Catalogue.DrawVerify.verifySeedHelp, valueName: "hex"))
    var seed: String?

    @Option(
        name: .customLong("seed-file"), help: ArgumentHelp(Catalogue.DrawVerify.verifySeedFileHelp, valueName: "file"),
        completion: .file())
    var seedFile: String?

    @Option(
        help: ArgumentHelp(Catalogue.DrawVerify.verifyRosterHelp, valueName: "dir"), completion: .directory)
    var roster: String?

    @Option(
        help: ArgumentHelp(Catalogue.DrawVerify.verifyPolicyHelp, valueName: "file"), completion: .file())
    var policy: String?

    @Option(help: ArgumentHelp(Catalogue.DrawVerify.verifyCommitmentHelp, valueName: "file"), completion: .file())
    var commitment: String?

    @Option(help: ArgumentHelp(Catalogue.DrawVerify.verifyReplacementsHelp, valueName: "file"), completion: .file())
    var replacements: String?

    @Option(help: ArgumentHelp(Catalogue.HiddenSlot.verifyHelp, valueName: "department:salt"))
    var hiddenSlot: String?

    @Option(
        help: ArgumentHelp(Catalogue.OrderPrivacy.conflictSaltsHelp, valueName: "file"), completion: .file())
    var conflictSalts: String?

    @Option(help: ArgumentHelp(Catalogue.OrderPrivacy.orderReasonsHelp, valueName: "file"), completion: .file())
    var orderReasons: String?

    @Option(help: ArgumentHelp(Catalogue.Publication.verifyPublicationHelp, valueName: "dir"))
    var publication: String?

    @Option(help: ArgumentHelp(Catalogue.Publication.verifyKeyHelp, valueName: "hex"))
    var key: String?

    @Option(
        name: .customLong("not-before"), help: ArgumentHelp(Catalogue.PublicationCopy.notBeforeHelp, valueName: "time"))
    var notBefore: String?

    @Flag(help: ArgumentHelp(Catalogue.Common.jsonHelp))
    var json = false

    @OptionGroup var layout: JSONLayout

    func validate() throws {
        // VerifyPublication.swift: a copy of the public site against its signed manifest.
        if let notBefore, publication == nil || VerifyPublication.moment(notBefore) == nil {
            throw ValidationError(Catalogue.PublicationCopy.badNotBefore.text)
        }
        if publication != nil || key != nil {
            guard publication != nil, record == nil, !chain, head == nil, date == nil, pool == nil, seed == nil,
                seedFile == nil, roster == nil, policy == nil, commitment == nil, replacements == nil,
                hiddenSlot == nil,
                conflictSalts == nil, orderReasons == nil
            else {
                throw ValidationError(Catalogue.VerifyWords.publicationAlone.text)
            }
            return
        }
        if let head {
            guard chain, record != nil else {
                throw ValidationError(Catalogue.VerifyWords.headWithChain.text)
            }
            guard head.count == 64, head.allSatisfy(\.isHexDigit) else {
                throw ValidationError(Catalogue.VerifyWords.badHead.text)
            }
        }
        if date != nil || pool != nil {
            guard let date, pool != nil, Day(iso: date) != nil else {
                throw ValidationError(Catalogue.VerifyWords.dateAndPool.text)
            }
            if record != nil || seed != nil || seedFile != nil || roster != nil || chain || policy != nil
                || commitment != nil || replacements != nil
            {
                throw ValidationError(Catalogue.VerifyWords.dateAndPoolAlone.text)
            }
            return
        }
        if chain {
            // The openings check one draw; with --chain they would be read by nobody.
            if conflictSalts != nil || orderReasons != nil {
                throw ValidationError(Catalogue.VerifyChainUsage.noOpenings.text)
            }
            if seed != nil || seedFile != nil || roster != nil || policy != nil || commitment != nil
                || replacements != nil
            {
                throw ValidationError(Catalogue.VerifyWords.chainTakesNothingElse.text)
            }
            return
        }
        guard record != nil else { throw ValidationError(Catalogue.VerifyWords.giveRecord.text) }
        guard roster != nil else { throw ValidationError(Catalogue.VerifyWords.giveRoster.text) }
        if (seed == nil) == (seedFile == nil) {
            throw ValidationError(Catalogue.VerifyWords.giveSeed.text)
        }
    }

    func run() throws {
        if let publication {
            return try VerifyPublication.run(folder: publication, key: key, notBefore: notBefore, json: json)
        }
        if chain, let record { return try verifyPublicChain(record) }
        if chain { return try verifyChain() }
        if let date, let pool {
            let base =
                publicFolder ?? ProcessInfo.processInfo.environment["SPOTCHECK_PUBLIC"] ?? "/var/lib/spotcheck/public"
            let folder = "\(base)/\(date)/\(pool)"
            guard Files.exists("\(folder)/record.json") else {
                throw CLIFailure(
                    Catalogue.VerifyWords.noPublishedRecord(folder).text,
                    exitCode: ExitCodes.noInput)
            }
            func optional(_ name: String) -> String? {
                Files.exists("\(folder)/\(name)") ? "\(folder)/\(name)" : nil
            }
            return try check(
                record: "\(folder)/record.json", seedText: try seedText(file: "\(folder)/seed.hex"),
                seedFile: "\(folder)/seed.hex",
                roster: "\(folder)/roster", policy: "\(folder)/policy.txt",
                commitment: "\(folder)/commitment.json", replacements: optional("replacements.json"),
                order: optional("order.json"), publicFolder: true,
                hiddenOpening: try optional("hidden-slot.txt").map { path throws(CLIFailure) in
                    try VerifyFiles.hiddenOpening(try seedText(file: path), path: path)  // draw-algorithm §8
                })
        }
        let text = try seed ?? seedText(file: seedFile!)
        let folder = self.roster!.hasSuffix("/") ? String(self.roster!.dropLast()) : self.roster!
        try check(
            record: self.record!, seedText: text, seedFile: seed == nil ? seedFile : nil, roster: self.roster!,
            policy: policy ?? "\(folder)/policy.toml",
            commitment: commitment, replacements: replacements)
    }

    /// The seed file's text, ASCII white space around it dropped (as verify_draw.py's bytes.strip()):
    /// a no-break space or any other character is no part of a seed file.
    private func seedText(file: String) throws(CLIFailure) -> String {
        String(decoding: PublicationManifest.trimmedASCII(try Files.read(file)), as: UTF8.self)
    }

    private func check(
        record: String, seedText text: String, seedFile: String? = nil, roster: String, policy: String,
        commitment: String?,
        replacements: String?, order: String? = nil, publicFolder: Bool = false, hiddenOpening: String? = nil
    ) throws {
        guard let theSeed = Seed(hex: text) else {
            // From a file: the file is named, and what to do (--seed: the option is).
            throw CLIFailure((seedFile.map(Catalogue.VerifyWords.badSeedFile) ?? Catalogue.VerifyWords.badSeed).text)
        }
        let recordValue = try VerifyFiles.record(path: record)  // VerifyFiles.swift: the field named
        let rosterValue = try RosterLoader.load(folder: roster)
        var policyValue = Policy()
        if self.policy != nil || Files.exists(policy) {
            do {
                policyValue = try PolicyFile.parse(try Files.read(policy), file: policy)
            } catch let error as InputErrors {
                throw CLIFailure(Catalogue.VerifyWords.policyRefused(PassedThroughText.describe(error)).text)
            }
        }
        let commitmentValue = try commitment.map { path throws(CLIFailure) in
            try VerifyFiles.commitment(path: path)  // VerifyFiles.swift: the file and field named
        }
        // A field of the wrong type is a difference naming it, not an unreadable file (ReplacementFields.swift).
        let replacementFields = try replacements.map { path throws(CLIFailure) in
            ReplacementFields.problems(try Files.readJSON(path)).map { "\(path): \($0)" }
        }
        let replacementList = try replacements.flatMap { path throws(CLIFailure) in
            replacementFields?.isEmpty == false
                ? nil
                : try VerifyFiles.decode(
                    [DaySoFar.Replacement].self, bytes: try Files.readJSON(path), path: path, what: "replacements list")
        }
        // A folder inside a publication: its files against the manifest's hashes (VerifyFiles.swift).
        let folderOfRecord = (record as NSString).deletingLastPathComponent
        let published = publicFolder ? try VerifyFiles.manifestCheck(folder: folderOfRecord) : nil
        var result = verify(
            recordValue, seed: theSeed, roster: rosterValue, policy: policyValue, commitment: commitmentValue)
        // The record's seed and, given one, the published commitment's (seedNotCommittedNotChecked).
        let seedIsTheRecords = seedIsCommitted(theSeed, record: recordValue, commitment: commitmentValue)
        // Auditors' openings of the published commitments (Openings.swift).
        let openedConflicts = try conflictSalts.map { path throws(CLIFailure) in
            try Openings.conflictProblems(roster: rosterValue, path: path)
        }
        if let hiddenSlot = hiddenSlot ?? hiddenOpening {
            // A draw hiding a complaint-driven slot verifies with its opening (draw-algorithm §8).
            let parts = hiddenSlot.split(separator: ":").map(String.init)
            guard parts.count >= 2,
                let opening = SpotcheckCore.HiddenSlot(
                    department: parts.dropLast().joined(separator: ":"), saltHex: parts.last!)
            else { throw CLIFailure(Catalogue.HiddenSlot.badOpening.text, exitCode: ExitCodes.usage) }
            result.differences =
                verifyHidden(
                    recordValue, seed: theSeed, roster: rosterValue, policy: policyValue, opening: opening,
                    commitment: commitmentValue
                ).differences
        }
        // A key no draw record has is a difference, as verify_draw.py reports it (VerifyFiles.swift).
        result.differences += VerifyFiles.unknownFields(try Files.readJSON(record), record: recordValue)
        result.differences += policyValue.compositionRosterDifferences(rosterValue)
        result.differences += openedConflicts ?? []
        // VisitCheck.swift: visit.txt, against the mode the record binds.
        if publicFolder { result.differences += VisitCheck.problems(folder: folderOfRecord, record: recordValue) }
        result.differences += replacementFields ?? []
        if let replacementList {
            result.differences += verifyReplacements(
                replacementList, of: recordValue, roster: rosterValue, policy: policyValue)
            // Entries marked as the rule's choice name exactly the rule's inspector (ReplacementRule.swift).
            result.differences += ReplacementRule.problems(
                replacementList, of: recordValue, recordHash: sha256Hex(try Files.readJSON(record)),
                roster: rosterValue,
                policy: policyValue
            ).map { "\(replacements ?? "replacements.json"): \($0)" }
            // Another seed than the record's: its salts say nothing of the entries (seedDerivedNotChecked).
            result.differences += verifyReplacementEntries(
                replacementList, seed: theSeed,
                bytes: publicFolder ? try replacements.map { try Files.readJSON($0) } : nil
            ).filter { seedIsTheRecords || !isSeedSaltDifference($0) }
        }
        if let order {
            do {
                let bytes = try Files.readJSON(order)
                let entry = try JSONDecoder().decode(OrderEntry.self, from: Data(bytes))
                result.differences += entry.differences(record: recordValue, seed: theSeed, bytes: bytes)
                    .filter { seedIsTheRecords || !isSeedSaltDifference($0) }
                if let orderReasons {
                    result.differences += try Openings.orderProblems(order: entry, path: orderReasons)
                }
                if seedIsTheRecords {
                    result.differences += try LedgerSampleCheck.problems(
                        folder: (order as NSString).deletingLastPathComponent, record: recordValue, seed: theSeed,
                        reason: entry.reason ?? "")
                }
            } catch let failure as CLIFailure {
                throw failure
            } catch {
                result.differences.append("order.json: not an order entry (\(VerifyFiles.describe(error)))")
            }
        } else if publicFolder, recordValue.kind == .ordered {
            result.differences.append("order.json: missing (an ordered draw publishes its order)")
        } else if orderReasons != nil {
            result.differences.append(Openings.noOrder)
        }
        result.differences += published?.problems ?? []
        if json {
            struct Report: Encodable {
                var reproduces: Bool
                var differences: [String]
            }
            writeOut(layout.encode(Report(reproduces: result.reproduces, differences: result.differences)))
        } else if result.reproduces {
            let text =
                Style.current.green(Catalogue.DrawVerify.reproduces.text)
                + Catalogue.DrawVerify.reproducesDetail(
                    recordValue.teams.count, "\(recordValue.date)", recordValue.pool
                ).text
            writeOut(Array(text.utf8))
            if publicFolder, let mode = VisitCheck.mode(folder: folderOfRecord) {
                writeOut(Array(Catalogue.Visit.shown(mode).text.utf8))
            }
            writeOut(Array(VerifyFiles.replacementsScope(replacementList?.count).utf8))
            if let published {
                writeOut(Array(Catalogue.VerifyScope.manifestMatches(published.files, published.root).text.utf8))
            }
        } else {
            var text = Style.current.red(Catalogue.DrawVerify.doesNotReproduce.text) + "\n"
            for difference in result.differences { text += "  - \(PassedThroughText.difference(difference))\n" }
            writeOut(Array(text.utf8))
        }
        if !result.reproduces { throw ExitCodes.checkFailed }
    }

    func verifyPublicChain(_ folder: String) throws {
        let report = try PublicChain.check(
            folder.hasSuffix("/") ? String(folder.dropLast()) : folder, head: head?.lowercased())
        if json {
            struct Report: Encodable {
                var holds: Bool
                var links: Int
                var problems: [String]
                var head: String?
            }
            writeOut(
                layout.encode(
                    Report(
                        holds: report.problems.isEmpty, links: report.links, problems: report.problems,
                        head: report.head)))
        } else if report.problems.isEmpty {
            writeOut(
                Array(
                    (Style.current.green(Catalogue.VerifyWords.chainHoldsLabel.text)
                        + Catalogue.VerifyWords.chainHoldsDetail(
                            report.links, report.head ?? Catalogue.VerifyWords.noHead.text
                        ).text).utf8))
        } else {
            var text = Style.current.red(Catalogue.VerifyWords.chainBrokenLabel.text) + "\n"
            for problem in report.problems { text += "  - \(ChainText.problem(problem))\n" }
            writeOut(Array(text.utf8))
        }
        if !report.problems.isEmpty { throw ExitCodes.checkFailed }
    }

    func verifyChain() throws {
        let reply = try socket.call(
            "io.spotcheck.VerifyChain", Varlink.Empty(), returning: ControlMessages.ChainReply.self)
        if json {
            writeOut(layout.encode(reply))
        } else if let broken = reply.broken {
            writeOut(
                Array(
                    (broken.drawId == 0  // a ledger change or campaign step belongs to no draw
                        ? Catalogue.DrawVerify.chainBrokenLink(ChainText.problem(broken.problem))
                        : Catalogue.DrawVerify.chainBroken(broken.drawId, ChainText.problem(broken.problem))).text
                        .utf8))
        } else {
            writeOut(Array(Catalogue.DrawVerify.chainHolds(reply.checked).text.utf8))
        }
        if reply.broken != nil { throw ExitCodes.checkFailed }
    }
}
