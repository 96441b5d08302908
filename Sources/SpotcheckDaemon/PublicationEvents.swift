import Foundation
import SpotcheckProtocol
import SpotcheckStore
import SpotcheckSystem

extension Engine {
    /// The store setting holding what the last failed publication pass tried to cover, so that a
    /// failure repeated at every check is journaled once per state of the records.
    static let publicationFailedSetting = "publication_failed_key"

    /// Journals a publication written (`publication-written`): its folder, edition, file count,
    /// chain head and the public key that signed it.
    func journalPublicationWritten(_ manifest: PublicationManifest, config: DaemonConfig) {
        let folder = PublicationWriter.folder(config: config)
        events.emit(
            .publicationWritten,
            "publication written to \(folder): \(manifest.edition) edition, \(manifest.files.count) files, signed by \(manifest.publicKey)",
            [
                "FOLDER": folder, "EDITION": manifest.edition, "FILES": String(manifest.files.count),
                "CHAIN_HEAD": manifest.chainHead ?? "none", "PUBLIC_KEY": manifest.publicKey,
            ])
        try? store.setSetting(Self.publicationFailedSetting, "")
    }

    /// Journals a failed publication pass (`publication-failed`), once for each state it tried
    /// to publish (`key`); the next check tries again.
    func journalPublicationFailed(_ error: any Error, key: String, config: DaemonConfig) {
        let previous = try? store.setting(Self.publicationFailedSetting)
        guard previous != key || key.isEmpty else { return }
        let folder = PublicationWriter.folder(config: config)
        events.emit(
            .publicationFailed,
            "the publication in \(folder) could not be written: \(error); the last one written stays, trying again at every check",
            ["FOLDER": folder, "ERROR": "\(error)"])
        if !key.isEmpty { try? store.setSetting(Self.publicationFailedSetting, key) }
    }
}
