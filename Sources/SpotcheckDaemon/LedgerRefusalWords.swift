// What the ledger's refusals name, in words rather than codes: the command line tells those words
// in the reader's language (Catalogue.LedgerStateWords); `--json` and the audit trail keep codes.

extension LedgerControl {
    /// An outcome code (`done`, `not-carried-out`, `passed`, `failed`) in the words a refusal
    /// says it with.
    static func outcomeWords(_ code: String) -> String {
        code.split(separator: "-", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
