public import Foundation
import Logging
public import SpotcheckCampaign
import SpotcheckCore
import SpotcheckLedger
import SpotcheckStore
public import SpotcheckSystem
import SpotcheckText

#if canImport(Glibc)
    import Glibc
#endif

/// The key that signs publications' manifests (Ed25519): the systemd credential
/// `spotcheck-publication-key` when the service has one (32 raw bytes, or 64 hex digits and an
/// optional newline), otherwise `STATE/private/publication-key`, made from the kernel's random
/// source the first time it is needed (64 hex digits, mode 0600).
public enum PublicationKey {
    public static let credentialName = "spotcheck-publication-key"

    static func file(state: String) -> String { "\(StateLayout.privateFolder(state: state))/publication-key" }

    static func parse(_ bytes: [UInt8]) -> [UInt8]? {
        if bytes.count == 32 { return bytes }
        var digits = bytes
        if digits.last == 0x0A { digits.removeLast() }
        if digits.last == 0x0D { digits.removeLast() }
        guard digits.count == 64, let key = PublicationManifest.hexBytes(String(decoding: digits, as: UTF8.self))
        else { return nil }
        return key
    }

    /// The private key's raw bytes; made and stored when there is none.
    public static func privateKey(
        state: String, environment: [String: String]? = nil, create: Bool = true
    ) throws -> [UInt8] {
        let environment = environment ?? ProcessInfo.processInfo.environment
        if let folder = environment["CREDENTIALS_DIRECTORY"],
            let data = FileManager.default.contents(atPath: "\(folder)/\(credentialName)")
        {
            guard let key = parse([UInt8](data)) else {
                throw StateLayout.LayoutError(
                    message: "the credential \(credentialName) holds \(data.count) bytes, neither 32 raw bytes nor 64 "
                        + "hex digits: replace it (head -c 32 /dev/urandom | systemd-creds encrypt …)")
            }
            return key
        }
        let path = file(state: state)
        if let data = FileManager.default.contents(atPath: path) {
            guard let key = parse([UInt8](data)) else {
                throw StateLayout.LayoutError(
                    message: "\(path) is not a publication key (64 hex digits); move it away only if no publication "
                        + "signed with it needs checking, and a new key is made")
            }
            return key
        }
        guard create else {
            throw StateLayout.LayoutError(
                message: "\(path) does not exist yet: spotcheckd makes its publication key when it first writes the "
                    + "publication (or give it the credential \(credentialName))")
        }
        try Folder.make(StateLayout.privateFolder(state: state), mode: 0o700)
        let key = try KernelRandom.seed().bytes
        try AtomicFile.write(Array((PublicationManifest.hexString(key) + "\n").utf8), to: path, mode: 0o600)
        return key
    }

    /// The public key, lowercase hex: what auditors pin (`spotcheckd --publication-key`).
    public static func publicKeyHex(
        state: String, environment: [String: String]? = nil, create: Bool = true
    ) throws -> String {
        let key = try privateKey(state: state, environment: environment, create: create)
        guard let publicKey = PublicationManifest.publicKey(ofPrivateKey: key) else {
            throw StateLayout.LayoutError(message: "the publication key is not an Ed25519 key")
        }
        return PublicationManifest.hexString(publicKey)
    }
}

/// Writes the public site, `PUBLIC/publication/`, whole: every file into a new folder beside it,
/// the signed manifest last, everything fsynced, then the new folder swapped in with one
/// `renameat2(RENAME_EXCHANGE)` (or a rename when there was none) and the old one removed. A
/// reader or a web server sees the old site or the new one, never a mix; a crash leaves a
/// `.publication-new-*` or `.publication-old-*` folder that the next write removes.
public enum PublicationWriter {
    public static let folderName = "publication"

    public static func folder(config: DaemonConfig) -> String { "\(config.paths.publicRecords)/\(folderName)" }

    /// Writes `files` (paths relative to the site) with the manifest signed by `privateKey`.
    /// Returns the manifest written.
    @discardableResult
    static func write(
        _ files: [String: [UInt8]], into publicRoot: String, privateKey: [UInt8], published: Date, edition: String,
        chainHead: String?
    ) throws -> PublicationManifest {
        guard let publicKey = PublicationManifest.publicKey(ofPrivateKey: privateKey) else {
            throw StateLayout.LayoutError(message: "the publication key is not an Ed25519 key")
        }
        let keyHex = PublicationManifest.hexString(publicKey)
        removeLeftovers(publicRoot)
        let suffix = PublicationManifest.hexString(try KernelRandom.seed().bytes.prefix(6).map { $0 })
        let building = "\(publicRoot)/.publication-new-\(suffix)"
        try Folder.make(building, mode: 0o755)
        var all = files
        all[PublicationManifest.keyName] = Array((keyHex + "\n").utf8)
        var folders = Set<String>()
        for path in all.keys.sorted() {
            var parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
                throw StateLayout.LayoutError(message: "the publication's file \(path) is not a plain relative path")
            }
            parts.removeLast()
            let parent = parts.joined(separator: "/")
            if !parent.isEmpty && !folders.contains(parent) {
                try Folder.make("\(building)/\(parent)", mode: 0o755)
                while !parts.isEmpty {
                    folders.insert(parts.joined(separator: "/"))
                    parts.removeLast()
                }
            }
            try writeFile(all[path]!, to: "\(building)/\(path)")
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let manifest = PublicationManifest(
            published: formatter.string(from: published), edition: edition, chainHead: chainHead, publicKey: keyHex,
            files: all.map { PublicationManifest.File(path: $0.key, size: $0.value.count, sha256: sha256Hex($0.value)) }
        )
        let bytes = manifest.encoded
        try writeFile(bytes, to: "\(building)/\(PublicationManifest.manifestName)")
        let signature = try PublicationManifest.sign(bytes, privateKey: privateKey)
        try writeFile(
            Array((PublicationManifest.hexString(signature) + "\n").utf8),
            to: "\(building)/\(PublicationManifest.signatureName)")
        for folder in folders.sorted(by: >) + [""] { syncFolder(folder.isEmpty ? building : "\(building)/\(folder)") }
        let target = "\(publicRoot)/\(folderName)"
        if FileManager.default.fileExists(atPath: target) {
            do {
                try exchange(building, target)
                // The old site now has the new folder's name.
                try? FileManager.default.removeItem(atPath: building)
            } catch let error as SpotcheckSystem.POSIXError where error.code == ENOSYS || error.code == EINVAL {
                // A kernel or file system without RENAME_EXCHANGE: the old site moves aside, then
                // the new one in; for a moment there is none, never half of one.
                let old = "\(publicRoot)/.publication-old-\(suffix)"
                guard rename(target, old) == 0 else { throw POSIXError(errno, "rename", target) }
                guard rename(building, target) == 0 else { throw POSIXError(errno, "rename", target) }
                try? FileManager.default.removeItem(atPath: old)
            }
        } else {
            guard rename(building, target) == 0 else { throw POSIXError(errno, "rename", target) }
        }
        syncFolder(publicRoot)
        return manifest
    }

    static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(errno, "open", path) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw POSIXError(errno, "write", path)
            }
            written += count
        }
        guard fchmod(descriptor, 0o644) == 0 else { throw POSIXError(errno, "fchmod", path) }
        guard fsync(descriptor) == 0 else { throw POSIXError(errno, "fsync", path) }
    }

    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Swaps two folders in one step (renameat2 with RENAME_EXCHANGE, Linux 3.15 and later).
    static func exchange(_ a: String, _ b: String) throws {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else {
            throw POSIXError(ENOSYS, "renameat2", b)
        }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
        guard renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0 else {
            throw POSIXError(errno, "renameat2(RENAME_EXCHANGE)", b)
        }
    }

    /// Folders an interrupted write left behind.
    static func removeLeftovers(_ publicRoot: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: publicRoot)) ?? []
        for name in names where name.hasPrefix(".publication-new-") || name.hasPrefix(".publication-old-") {
            try? FileManager.default.removeItem(atPath: "\(publicRoot)/\(name)")
        }
    }
}

extension Engine {
    /// What the publication pass last wrote, as a key of what it covered (settings table).
    static let publicationKeySetting = "publication_key"

    /// Writes the publication when something it shows has moved on: a draw was published, a
    /// campaign step was taken (the edition then marks the end of the phase, or the campaign's
    /// final edition), or a day ended since the last one (the daily edition, with the ledger's
    /// and complaints' counts of the day). A failure is logged and tried again at the next tick:
    /// it never stops a draw.
    func publicationPass(now: Date, today: Day, config: DaemonConfig, local: LocalTime) {
        guard config.publication.enabled else { return }
        // What a crash in the middle of a write left, whether or not anything is due now.
        PublicationWriter.removeLeftovers(config.paths.publicRecords)
        var attempted = ""
        do {
            let published = try store.draws().filter { $0.publishedAt != nil }.map(\.id)
            let transitions = try config.campaign.map { try store.campaignTransitions(campaign: $0.key) } ?? []
            let ended = now >= local.instant(today, config.calendar.dayEnd) ? today : today.adding(days: -1)
            let key = "\(published.count)/\(published.last ?? 0)|\(transitions.count)|\(ended)"
            let previous = try store.setting(Self.publicationKeySetting)
            guard key != previous else { return }
            attempted = key
            // The campaign's final publication is the one written during summing-up (and again
            // on closing): the gate into closed requires it to cover everything published.
            let active = CampaignTimeline(transitions: transitions.map(\.transition)).active(
                at: now.timeIntervalSince1970)
            let final = config.campaign != nil && active >= .summingUp
            var edition = final ? "final" : "daily"
            let before = previous.flatMap { Int($0.split(separator: "|").dropFirst().first ?? "") } ?? 0
            if transitions.count > before, let last = transitions.last, last.transition.to != .closed {
                edition = "phase:\(last.transition.from.identifier)"
            }
            let manifest = try writePublication(now: now, edition: edition, config: config)
            try store.setSetting(Self.publicationKeySetting, key)
            journalPublicationWritten(manifest, config: config)  // PublicationEvents.swift
            if final, let plan = config.campaign {
                try store.setSetting(
                    Self.finalPublicationSetting,
                    Self.finalMark(campaign: plan.key, transitions: transitions.count, published: published.count))
            }
        } catch {
            logger.warning(
                "the publication in \(PublicationWriter.folder(config: config)) could not be written: \(error); trying again at the next check"
            )
            journalPublicationFailed(error, key: attempted, config: config)  // PublicationEvents.swift
        }
    }

    static let finalPublicationSetting = "publication_final"

    static func finalMark(campaign: String, transitions: Int, published: Int) -> String {
        "\(campaign)|\(transitions)|\(published)"
    }

    /// The closing gate's fact: whether the campaign's final publication is written, that is,
    /// a publication written in summing-up that covers every step taken and every draw published
    /// since. Nil (not checked) when this daemon has never written a publication (`[publication]
    /// enabled = false`).
    public func finalPublicationWritten(_ plan: CampaignPlan) throws -> Bool? {
        guard try store.setting(Self.publicationKeySetting) != nil else { return nil }
        let transitions = try store.campaignTransitions(campaign: plan.key)
        guard CampaignTimeline(transitions: transitions.map(\.transition)).active >= .summingUp else { return false }
        let published = try store.draws().filter { $0.publishedAt != nil }.count
        return try store.setting(Self.finalPublicationSetting)
            == Self.finalMark(campaign: plan.key, transitions: transitions.count, published: published)
    }

    /// Gathers what may be public and writes the site (`PUBLIC/publication/`), signed.
    @discardableResult
    public func writePublication(now: Date, edition: String, config: DaemonConfig) throws -> PublicationManifest {
        let content = try publicationContent(now: now, edition: edition, config: config)
        let files = PublicationSite(content: content).render()
        return try PublicationWriter.write(
            files, into: config.paths.publicRecords,
            privateKey: try PublicationKey.privateKey(state: config.paths.state), published: now, edition: edition,
            chainHead: content.chainHead)
    }

    func publicationContent(now: Date, edition: String, config: DaemonConfig) throws -> PublicationContent {
        let roster = try store.currentRoster()?.roster()
        var departments = (roster?.departments ?? []).map { (id: $0.id, name: $0.name) }
        var known = Set(departments.map(\.id))
        var draws: [PublicationContent.Draw] = []
        for draw in try store.draws() where draw.publishedAt != nil && draw.state == .completed {
            guard let bytes = draw.record, let record = try draw.decodedRecord(), let seed = draw.seed else { continue }
            let folder = Self.publicFolder(draw, config: config)
            var files: [String: [UInt8]] = [:]
            var found: [String: String] = [:]
            PublicationManifest.walkFolder(folder, into: &found)
            for (path, kind) in found where kind.isEmpty && !path.contains(".tmp-") {
                guard let data = FileManager.default.contents(atPath: "\(folder)/\(path)") else {
                    throw POSIXError(errno, "read", "\(folder)/\(path)")
                }
                files[path] = [UInt8](data)
            }
            // What is copied must be what the store holds.
            guard files["record.json"] == bytes else {
                throw StateLayout.LayoutError(
                    message: "\(folder)/record.json differs from draw \(draw.id)'s record in the store; the public "
                        + "folder was changed, and the publication is not written until it is put right")
            }
            // Hand-picked as published (chosenBy in replacements.json, ReplacementRule.swift).
            let chosen = files["replacements.json"].flatMap {
                try? JSONDecoder().decode([DaySoFar.Replacement].self, from: Data($0))
            }
            let replacements = try store.replacements(drawID: draw.id).enumerated().map { index, made in
                (
                    department: made.department, outgoing: made.oldInspector, incoming: made.newInspector,
                    handPicked: chosen.map { index < $0.count && $0[index].chosenBy == "coordinator" } ?? false
                )
            }
            for team in record.teams where !known.contains(team.department) {
                departments.append((id: team.department, name: team.departmentName))
                known.insert(team.department)
            }
            let relative = String(folder.dropFirst(config.paths.publicRecords.count + 1))
            draws.append(
                PublicationContent.Draw(
                    id: draw.id, folder: relative, record: record, recordHash: draw.recordHash ?? sha256Hex(bytes),
                    seedHex: seed.hex, visit: (try store.visitMode(drawID: draw.id))?.rawValue ?? "open", files: files,
                    replacements: replacements))
        }
        let findings = try store.findings().map {
            PublicationContent.Finding(
                department: $0.department, category: $0.category?.rawValue, state: $0.state.rawValue)
        }
        // By closed month, each final once published (PublicationMonths.swift).
        let complaintMonths = try complaintMonths(now: now, config: config)
        var phase: String?
        if let plan = config.campaign {
            phase = try campaignTimeline(plan).timeline.active(at: now.timeIntervalSince1970).identifier
        }
        let publicKey = try PublicationKey.publicKeyHex(state: config.paths.state)
        // The chain as far as it is public: draw links once their draw is published, ledger and
        // campaign links once written to `chain/`; the head is the last link of that prefix.
        let publishedDraws = Set(try store.draws().filter { $0.publishedAt != nil }.map(\.id))
        var chainHead: String?
        var chainLinks: [String: [UInt8]] = [:]
        for entry in try store.chainEntries() {
            switch entry.kind {
            case .ledger, .campaign:
                guard entry.publishedAt != nil else { break }
                let path = Self.publicLinkPath(entry.id, config: config)
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw POSIXError(errno, "read", path)
                }
                chainLinks[String(path.split(separator: "/").last!)] = [UInt8](data)
                chainHead = entry.hash
                continue
            case .order, .record, .replacement, .cancellation:
                guard publishedDraws.contains(entry.drawID) else { break }
                chainHead = entry.hash
                continue
            }
            break
        }
        return PublicationContent(
            published: now, edition: edition, phase: phase, chainHead: chainHead, chainLinks: chainLinks,
            publicKey: publicKey,
            language: config.publication.language, suppressBelow: config.publication.suppressBelow,
            departments: departments, draws: draws, findings: findings, complaintMonths: complaintMonths)
    }
}
