import Foundation
import Testing

/// What `man` and the shell show: pages named as `man spotcheck-today` finds them, with
/// ENVIRONMENT and FILES, that groff renders without a warning in either language; completions
/// that offer paths and fixed values.
@Suite struct ManPageAndCompletionTests {
    static let man = Run.packageRoot.appendingPathComponent("deploy/man")

    static func pages() throws -> [URL] {
        let english = try FileManager.default.contentsOfDirectory(atPath: man.path)
            .filter { $0.hasSuffix(".1") || $0.hasSuffix(".5") || $0.hasSuffix(".8") }
            .map { man.appendingPathComponent($0) }
        let chinese = try ["zh_CN/man1", "zh_CN/man5", "zh_CN/man8"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: man.appendingPathComponent(folder).path)
                .map { man.appendingPathComponent(folder).appendingPathComponent($0) }
        }
        return english + chinese
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff"), "needs groff"))
    func everyManPageRendersWithoutAGroffWarning() throws {
        let pages = try Self.pages()
        #expect(pages.count >= 60)
        for page in pages {
            // preconv turns the UTF-8 of the Chinese pages into groff's own escapes.
            let result = try Run.run(
                "/bin/sh", ["-c", "preconv \"$0\" | groff -ww -mandoc -z -Tutf8", page.path], locale: "C.UTF-8")
            #expect(result.status == 0 && result.stderr.isEmpty, "\(page.lastPathComponent): \(result.stderr)")
        }
    }

    @Test func pagesAreNamedForManSpotcheckTodayWithEnvironmentAndFiles() throws {
        for folder in [Self.man, Self.man.appendingPathComponent("zh_CN/man1")] {
            let today = try String(contentsOf: folder.appendingPathComponent("spotcheck-today.1"), encoding: .utf8)
            #expect(today.contains(".Dt SPOTCHECK-TODAY 1") && today.contains(".Nm spotcheck-today"))
            #expect(today.contains(".Sh ENVIRONMENT") && today.contains(".Sh FILES"))
            #expect(today.contains("SPOTCHECK_TASKS") && today.contains("SPOTCHECK_TIMEOUT"))
            #expect(today.contains(".Xr spotcheck 1"))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("spotcheck.today.1").path))
        }
        for page in ["spotcheckd.toml.5", "zh_CN/man5/spotcheckd.toml.5"] {
            let text = try String(contentsOf: Self.man.appendingPathComponent(page), encoding: .utf8)
            #expect(text.contains(".TH SPOTCHECKD.TOML 5") && text.contains("report_notice"), "\(page)")
        }
    }

    @Test func everyEnglishManPageIsWrittenFromTheCurrentHelp() throws {
        let fresh = try Run.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: fresh) }
        let script = Run.packageRoot.appendingPathComponent("scripts/generate-man.py").path
        let result = try Run.run("/usr/bin/env", ["python3", script, Run.binary.path, fresh.path])
        #expect(result.status == 0, "\(result.stderr)")
        func body(_ url: URL) throws -> String {
            try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix(".Dd ") }
                .joined(separator: "\n")
        }
        for page in try FileManager.default.contentsOfDirectory(atPath: fresh.path) {
            #expect(
                try body(Self.man.appendingPathComponent(page)) == body(fresh.appendingPathComponent(page)),
                "\(page) is out of date: run scripts/generate-docs.sh")
        }
    }

    @Test func completionsOfferPathsAndTheLogKinds() throws {
        let bash = try Run.spotcheck(["--generate-completion-script", "bash"]).stdout
        let zsh = try Run.spotcheck(["--generate-completion-script", "zsh"]).stdout
        let fish = try Run.spotcheck(["--generate-completion-script", "fish"]).stdout
        // Folders for --roster, --tasks and the import/export folder, files for --socket and
        // --seed-file; the kinds of journal entries for log --kind.
        for option in ["--roster", "--tasks", "--socket", "--seed-file"] {
            #expect(zsh.contains("\(option)[") && zsh.contains(":_files"), "\(option)")
            #expect(fish.contains("-l '\(option.dropFirst(2))'"), "\(option)")
        }
        #expect(zsh.contains("--roster[") && zsh.contains(":_files -/"))
        #expect(zsh.contains("draw-committed") && fish.contains("draw-committed") && bash.contains("draw-committed"))
        #expect(bash.contains("'--roster')") && bash.contains("__spotcheck_add_completions -d"))
    }
}
