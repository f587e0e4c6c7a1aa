// swift-tools-version:5.4
// libFuzzer targets for SchemePortal's input readers. A separate package, so that the main package's
// `swift build` and `swift test` (and CI) never build or run them. Build and run with scripts/fuzz.sh,
// which passes the sanitizer flags; docs/fuzzing.md says what each target covers.
//
// Tools version 5.4 on purpose: from 5.5 SwiftPM renames an executable's `main` (to link it into tests) and
// makes the linker look for `<Target>_main`, which a libFuzzer target does not have: libFuzzer brings main().
import PackageDescription

let package = Package(
    name: "SchemePortalFuzz",
    dependencies: [
        .package(name: "SchemePortal", path: "../.."),
    ],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "SchemePortal", package: "SchemePortal")]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzDateGrammar", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzParticipants", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzMarkdownStretched", dependencies: ["FuzzSupport"]),
    ]
)
