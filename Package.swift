// swift-tools-version:6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "ingestd",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ingestd", targets: ["ingestd"]),
        .library(name: "IngestCore", targets: ["IngestCore"]),
        .library(name: "SimilarityIndex", targets: ["SimilarityIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // Platform-neutral article logic: decoding, normalization, parsing, hashing, records.
        .target(
            name: "IngestCore",
            dependencies: ["CLibXML2", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        // Near-duplicate primitives: word shingles, 64-bit fingerprints, the fingerprint index, Jaccard.
        .target(name: "SimilarityIndex", dependencies: ["CHammingScan"], swiftSettings: strictSettings),
        // The index's Hamming-distance scan, in C for the CPU's population-count instruction.
        .target(name: "CHammingScan"),
        // libxml2's HTML parser, which reads real-world tag soup the way browsers do.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Linux calls Glibc's overlay does not import (renameat2, statfs), in C.
        .target(name: "CIngestLinux"),
        // The one door to the Linux system calls the other modules need.
        .target(
            name: "IngestSystem",
            dependencies: ["CIngestLinux", .product(name: "SystemPackage", package: "swift-system")],
            swiftSettings: strictSettings
        ),
        // The durable JSON-lines store: lock, repair, index, group commit.
        .target(
            name: "IngestStore",
            dependencies: ["IngestCore", "IngestSystem", "SimilarityIndex"],
            swiftSettings: strictSettings
        ),
        // inotify and inbox scanning.
        .target(
            name: "InboxWatcher",
            dependencies: [
                "CIngestLinux", "IngestSystem",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strictSettings
        ),
        // The daemon: configuration, the ingest loop, disposal of inputs, retries.
        .target(
            name: "IngestDaemon",
            dependencies: [
                "IngestCore", "IngestStore", "InboxWatcher", "IngestSystem", "SimilarityIndex",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strictSettings
        ),
        // libsystemd's C API (sd-journal, sd-daemon) and memfd_create, through a module map.
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // Structured journald logging for swift-log (never blocks; stderr while journald is away), sd_notify.
        .target(
            name: "SystemdJournal",
            dependencies: ["CSystemd", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "ingestd",
            dependencies: [
                "IngestDaemon", "IngestCore", "IngestStore", "SystemdJournal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        // `make bench`'s third contender: the peer's job done natively, without parsing.
        .executableTarget(
            name: "bare-ingest",
            dependencies: [
                "CIngestLinux", "InboxWatcher", "IngestCore", "IngestSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strictSettings
        ),
        // `make bench`: builds the measuring instrument in the same release build as the daemon.
        .executableTarget(
            name: "ingestd-bench",
            dependencies: [
                "IngestCore", "CIngestLinux", "SimilarityIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SimilarityIndexTests", dependencies: ["SimilarityIndex", "CHammingScan"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "IngestCoreTests",
            dependencies: ["IngestCore", "SimilarityIndex"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "IngestSystemTests",
            dependencies: ["IngestSystem", .product(name: "SystemPackage", package: "swift-system")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "IngestStoreTests",
            dependencies: ["IngestStore", "IngestCore", "IngestSystem"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "InboxWatcherTests",
            dependencies: ["InboxWatcher", "IngestSystem", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "IngestDaemonTests",
            dependencies: ["IngestDaemon", "IngestCore", "IngestSystem"],
            swiftSettings: strictSettings
        ),
        // What the systemd test targets share: a process runner, journald started once, journal readback.
        .target(name: "SystemdTestSupport", path: "Tests/SystemdTestSupport", swiftSettings: strictSettings),
        .testTarget(
            name: "SystemdJournalTests",
            dependencies: ["SystemdJournal", "SystemdTestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SystemdServiceTests",
            dependencies: ["IngestDaemon", "SystemdTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "IngestdIntegrationTests",
            dependencies: ["IngestSystem", "SimilarityIndex"],
            swiftSettings: strictSettings
        ),
        // Runs `ingestd-bench --smoke` against the debug ingestd: the bench starts and reports every section.
        .testTarget(name: "IngestBenchTests", swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
