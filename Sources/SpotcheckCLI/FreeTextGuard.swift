import Foundation
import SpotcheckProtocol
import SpotcheckText

/// Checks a call's text fields under `FreeTextRule` before sending it, so that a refused reason
/// or fact is named in the user's language (the daemon refuses the same whatever client sends).
enum FreeTextGuard {
    static func check<In: Encodable>(_ method: String, _ parameters: In) throws(CLIFailure) {
        // A roster import carries whole files (up to 16 MiB), which their parser checks.
        if method == "io.spotcheck.ImportRoster" { return }
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(parameters),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        guard let (field, scalar) = FreeTextRule.firstProblem(method: method, in: value) else { return }
        let name = field.split(separator: ".").last.map(String.init) ?? field
        throw CLIFailure(
            Catalogue.InputSafety.refused(
                "--" + name.replacingOccurrences(of: "_", with: "-"), FreeTextRule.hex(scalar),
                multiLine: FreeTextRule.multiLine.contains(name)
            ).text, exitCode: ExitCodes.dataError)
    }
}
