// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SchemePortal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "portal", targets: ["portal"]),
        .library(name: "SchemePortal", targets: ["SchemePortal"]),
    ],
    dependencies: [
        // Exactly this version: Load/YAMLComposer.swift also imports Yams's libyaml target (CYaml), which is not
        // a product of Yams, and makes its `Mark` from two Ints; a new Yams is to be tried with YAMLComposerTests.
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        // Hummingbird's own dependencies, named for the few types `portal serve` uses directly
        // (a quiet logger, the service group that stops on Ctrl-C, the error of a port in use, a header name).
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-http-types.git", exact: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "SchemePortal",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Theme")]
        ),
        // `portal serve` lives in its own target so that the SchemePortal library (and with it
        // `build`) never links the web server.
        .target(
            name: "PortalServer",
            dependencies: [
                "SchemePortal",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "portal",
            dependencies: [
                "SchemePortal",
                "PortalServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Debian's mimalloc (libmimalloc-dev) replaces glibc's malloc for the whole program: Swift
            // allocates and frees small objects all the time, and at 10,000 people glibc's allocator was a
            // tenth of a build's time. With mimalloc a build and a check take about a sixth less time, with
            // byte-identical output (docs/performance.md). Linked rather than preloaded, so running `portal`
            // needs nothing more than the library installed (Debian's libmimalloc2.0); building needs its -dev.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "SchemePortalTests",
            dependencies: ["SchemePortal"]
        ),
        .testTarget(
            name: "PortalServerTests",
            // The tests talk to a real server over plain sockets (Support/RawHTTP.swift), as a browser
            // does, so they need no HummingbirdTesting (and CI builds no HTTP client package).
            dependencies: ["PortalServer", "SchemePortal"]
        ),
    ]
)
