// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "spotcheck",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "spotcheck", targets: ["spotcheck"]),
        .executable(name: "spotcheckd", targets: ["spotcheckd"]),
        .library(name: "SpotcheckCore", targets: ["SpotcheckCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // MARK: Pure core

        /** The model (departments, inspectors, conflicts, history, policy), the civil calendar,
            the seeded target sampler, the team solver, draw records and their verification.
            No I/O, no clock reads, no global randomness: every input arrives as a value. */
        .target(
            name: "SpotcheckCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto"), "CCaDiCaL"]
        ),

        /** CaDiCaL, the incremental SAT solver, from the system (Debian: libcadical-dev, a static
            C++ library with a C API): the exact oracle behind team staffing. */
        .systemLibrary(
            name: "CCaDiCaL",
            providers: [.apt(["libcadical-dev"])]
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

        /** The problem ledger: findings, rectification measures, extensions and verifications;
            the state machine with its guards, working-day deadlines, derived status, escalation
            levels and the spreadsheet export. Pure: every time and every identity arrives as a
            value. */
        .target(
            name: "SpotcheckLedger",
            dependencies: ["SpotcheckCore", "SpotcheckText"]
        ),

        /** The campaign: its four phases, their gates and forward-only transitions, which
            phases may draw, and complaints (群众举报) with their states, working-day clocks,
            receipt codes (slow hash, constant-time comparison) and the complainant's view.
            Pure: every time, every random byte and every fact arrives as a value. */
        .target(
            name: "SpotcheckCampaign",
            dependencies: [
                "SpotcheckCore", "SpotcheckRoster", "SpotcheckLedger",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        /** Every message users read, in English and Simplified Chinese, and the choice between
            them from the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext). Pure text. */
        .target(name: "SpotcheckText", dependencies: ["SpotcheckCore"]),

        // MARK: systemd

        /** libsystemd, from the system (Debian: libsystemd-dev): sd-daemon and sd-journal. */
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),

        /** Swift wrappers for libsystemd: sd_notify, structured journal entries
            (sd_journal_sendv), reading the journal back, and socket activation. Typed errors;
            the C API stays internal. */
        .target(
            name: "SystemdKit",
            dependencies: ["CSystemd"]
        ),

        // MARK: Daemon

        /** The control interface shared by daemon and CLI: Varlink framing and messages, and
            the interface description (io.spotcheck.varlink) the daemon serves. */
        .target(
            name: "SpotcheckProtocol",
            dependencies: ["SpotcheckCore", "SpotcheckText"],
            exclude: [
                "io.spotcheck.varlink", "io.spotcheck.Ledger.varlink", "io.spotcheck.Campaign.varlink",
                "io.spotcheck.Complaints.varlink", "io.spotcheck.SelfInspection.varlink",
            ]
        ),

        /** The daemon's state in SQLite through GRDB (WAL): roster versions, draws with their
            seeds and commitments, assignments, and the audit trail. The only place that writes
            state. */
        .target(
            name: "SpotcheckStore",
            dependencies: [
                "SpotcheckCore",
                "SpotcheckRoster",
                "SpotcheckCampaign",
                "SpotcheckLedger",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),

        /** spotcheckd's parts: configuration, the working-day schedule, the draw/reveal/publish
            steps, task files, journal events, and the services that run them. */
        .target(
            name: "SpotcheckDaemon",
            dependencies: [
                "SpotcheckCore",
                "SpotcheckRoster",
                "SpotcheckStore",
                "SpotcheckLedger",
                "SpotcheckProtocol",
                "SystemdKit",
                "SpotcheckSystem",
                "SpotcheckCampaign",
                "SpotcheckText",
                "CSpotcheckShims",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        /** The `spotcheckd` executable: a single entry point. */
        .executableTarget(
            name: "spotcheckd",
            dependencies: ["SpotcheckDaemon"]
        ),

        /** Small pieces of system I/O shared by the daemon and the command line: the kernel's
            random source and atomic file replacement. */
        .target(
            name: "SpotcheckSystem",
            dependencies: ["SpotcheckCore", "CSpotcheckShims"]
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
                "SpotcheckSystem",
                "SpotcheckProtocol",
                "SpotcheckLedger",
                "SpotcheckCampaign",
                "SpotcheckText",
                "SystemdKit",
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
            name: "SpotcheckLedgerTests",
            dependencies: ["SpotcheckLedger", "SpotcheckCore", "SpotcheckSimulation"]
        ),
        .testTarget(
            name: "SpotcheckCampaignTests",
            dependencies: ["SpotcheckCampaign", "SpotcheckCore", "SpotcheckRoster", "SpotcheckLedger"]
        ),
        .testTarget(
            name: "SpotcheckRosterTests",
            dependencies: ["SpotcheckRoster", "SpotcheckCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SpotcheckDaemonTests",
            dependencies: [
                "SpotcheckDaemon", "SpotcheckStore", "SpotcheckCore", "SpotcheckRoster", "SpotcheckProtocol",
                "SystemdKit", "SpotcheckCampaign", "SpotcheckLedger",
            ]
        ),
        .testTarget(
            name: "SpotcheckCLITests",
            dependencies: ["SpotcheckCLI", "SpotcheckRoster", "SpotcheckCore", "SpotcheckText"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// One place for the compiler settings of every target.
for target in package.targets where target.type != .system && target.name != "CSpotcheckShims" {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
