// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "spotcheck",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "spotcheck", targets: ["spotcheck"]),
        .library(name: "SpotcheckCore", targets: ["SpotcheckCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: Pure core

        /** The model (departments, inspectors, conflicts, history, policy), the civil calendar,
            the seeded target sampler, the team solver, draw records and their verification.
            No I/O, no clock reads, no global randomness: every input arrives as a value. */
        .target(
            name: "SpotcheckCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),

        /** Parsing of roster CSV files and policy TOML files from bytes into core values, with
            errors that name the file, line, column and field at fault. No file access. */
        .target(
            name: "SpotcheckRoster",
            dependencies: ["SpotcheckCore"]
        ),

        /** Seeded generators of rosters of any size and shape, for property tests and the
            benchmark. Pure. */
        .target(
            name: "SpotcheckSimulation",
            dependencies: ["SpotcheckCore"]
        ),

        // MARK: Command line

        /** C shims for system calls the Swift overlay does not expose (getrandom). */
        .target(name: "CSpotcheckShims"),

        /** The `spotcheck` commands: offline draws, verification, eligibility questions and the
            benchmark. All logic lives here so that tests can reach it. */
        .target(
            name: "SpotcheckCLI",
            dependencies: [
                "SpotcheckCore",
                "SpotcheckRoster",
                "SpotcheckSimulation",
                "CSpotcheckShims",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        /** The `spotcheck` executable: a single entry point. */
        .executableTarget(
            name: "spotcheck",
            dependencies: ["SpotcheckCLI"]
        ),

        // MARK: Tests

        .testTarget(
            name: "SpotcheckCoreTests",
            dependencies: ["SpotcheckCore", "SpotcheckSimulation"]
        ),
        .testTarget(
            name: "SpotcheckRosterTests",
            dependencies: ["SpotcheckRoster", "SpotcheckCore"]
        ),
        .testTarget(
            name: "SpotcheckCLITests",
            dependencies: ["SpotcheckCLI", "SpotcheckRoster", "SpotcheckCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// One place for the compiler settings of every target.
for target in package.targets where target.name != "CSpotcheckShims" {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
