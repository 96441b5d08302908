import SpotcheckText

/// spotcheckd's `STATUS=` line when it stops, in the language of its own locale (systemd gives
/// services the system's): `systemctl status spotcheckd` is read by the administrator of this
/// machine, not through the socket by users of either language.
enum StatusText {
    static func stopped(_ error: any Error, in language: Language = .current) -> String {
        let reason = Catalogue.DaemonStatus.reasons.told(
            "\(error)", in: language, values: Catalogue.DaemonStatus.evidence)
        return Catalogue.DaemonStatus.stopped(reason)(language)
    }
}
