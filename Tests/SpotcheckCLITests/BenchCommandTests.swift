import Foundation
import Testing

/// `spotcheck bench` runs unattended: every planted variant is checked against the blocker that
/// names its reason, a unit that does not answer in time is reported instead of hanging the run,
/// the whole run keeps to its total time, and `--check` fails when a goal is missed.
@Suite struct BenchCommandTests {
    /// The planted-county rows of a `bench` table, by variant.
    static func plantedRows(_ output: String) -> [String: String] {
        var rows: [String: String] = [:]
        for line in output.split(separator: "\n") where line.hasPrefix("planted-county") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            rows[String(words[1])] = String(line)
        }
        return rows
    }

    @Test func everyPlantedVariantIsProvedWithTheBlockerThatNamesItsReason() throws {
        let result = try Run.spotcheck(["bench", "--size", "planted-county", "--repeat", "2", "--time-limit", "120"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = Self.plantedRows(result.stdout)
        #expect(rows["feasible"]?.contains("all staffed ok") == true, "\(result.stdout)")
        #expect(rows["lead-unavailable"]?.contains("leads-exhausted ok") == true, "\(result.stdout)")
        #expect(rows["skill-recused"]?.contains("no-skill ok") == true, "\(result.stdout)")
        #expect(rows["reciprocal-deadlock"]?.contains("reciprocal ok") == true, "\(result.stdout)")
        #expect(!result.stdout.contains("WRONG"))
    }

    @Test func aPlantedInstanceWithoutAnAnswerInTimeIsReportedAndCheckFails() throws {
        let clock = ContinuousClock()
        var result: Run.Result?
        let elapsed = try clock.measure {
            result = try Run.spotcheck([
                "bench", "--size", "planted-county", "--repeat", "3", "--time-limit", "0.001", "--check",
            ])
        }
        let output = try #require(result)
        #expect(output.status == 1, "\(output.stderr)")
        let rows = Self.plantedRows(output.stdout)
        #expect(rows.count == 4, "\(output.stdout)")
        for row in rows.values {
            #expect(row.contains("no answer in 0.001 s"), "\(row)")
            #expect(row.contains("MISSED"), "\(row)")
        }
        // One seed per variant: the later seeds are not run once one has no answer.
        #expect(elapsed < .seconds(60))
    }

    @Test func theWholeRunKeepsToItsTotalTimeAndSaysWhatWasNotRun() throws {
        let clock = ContinuousClock()
        var result: Run.Result?
        let elapsed = try clock.measure {
            result = try Run.spotcheck([
                "bench", "--size", "province", "--size", "planted-city", "--total-time-limit", "1", "--check",
            ])
        }
        let output = try #require(result)
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("not run: total time limit reached"), "\(output.stdout)")
        #expect(elapsed < .seconds(20), "stopped at the limit, not after a province draw")
    }

    @Test func aNormalSizeWithoutAnAnswerInTimeMakesCheckFail() throws {
        // Generating the province roster alone takes longer than the 0.5 s allowed here.
        let missed = try Run.spotcheck([
            "bench", "--size", "province", "--repeat", "1", "--time-limit", "0.1", "--check",
        ])
        #expect(missed.status == 1)
        #expect(missed.stdout.contains("roster not generated in 0.5 s"), "\(missed.stdout)")
    }

    @Test func badLimitsAreRefused() throws {
        let result = try Run.spotcheck(["bench", "--time-limit", "0"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--time-limit"))
    }

    static let venv = Run.packageRoot.appendingPathComponent(".build/cpsat-venv").path

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: venv + "/bin/python"),
            "no OR-Tools environment: scripts/cpsat-venv.sh creates it"))
    func cpsatAnswersTheSameInstancesSideBySideAndAgrees() throws {
        let result = try Run.spotcheck([
            "bench", "--size", "planted-county", "--repeat", "1", "--compare", "--cpsat-venv", Self.venv,
            "--time-limit", "120",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = Self.plantedRows(result.stdout)
        #expect(rows.count == 4)
        for row in rows.values {
            // CP-SAT's median, the ratio and the agreement, in the last three columns.
            let words = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(words.last == "yes", "\(row)")
            #expect(Double(words[words.count - 3]) != nil, "\(row)")
            #expect(Double(words[words.count - 2]) != nil, "\(row)")
        }
    }
}
