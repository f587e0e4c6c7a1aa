import XCTest
@testable import SchemePortal

/// The dev server's rebuilds parse again only the participant files whose text changed, and make exactly
/// what a build that reads everything afresh makes.
final class LoadCacheTests: XCTestCase {
    private func files(_ outcome: Build.Outcome) -> [String: [UInt8]] {
        Dictionary(outcome.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
    }

    private func people(in portal: TestPortal) -> [String] {
        ["Content/schemes/pilot/people.yaml"] + ((try? FileManager.default.contentsOfDirectory(
            atPath: portal.root.appendingPathComponent("Content/people").path)) ?? []).map { "Content/people/" + $0 }
    }

    func test_a_rebuild_parses_only_changed_files_and_makes_what_a_fresh_build_makes() throws {
        let portal = try TestPortal(fixture: "golden-site")
        try portal.write("Content/people/zoe-extra.yaml", """
            id: zoe-extra
            name: Zoë Extra
            schemes:
              - scheme: pilot
                side: mentor
            consent: [name]
            """)
        let cache = LoadCache()
        var configuration = portal.configuration(today: GoldenSiteTests.reference)
        configuration.loadCache = cache
        let cached = { Build(configuration: configuration).run(until: .check) }
        let fresh = { Build(configuration: portal.configuration(today: GoldenSiteTests.reference)).run(until: .check) }

        let first = cached()
        XCTAssertEqual(cache.parsedCount, 2, "both participant files are parsed the first time")
        XCTAssertEqual(files(first), files(fresh()))
        XCTAssertEqual(first.diagnostics.map(\.description), fresh().diagnostics.map(\.description))

        let second = cached()
        XCTAssertEqual(cache.parsedCount, 2, "nothing changed, nothing parsed again")
        XCTAssertEqual(files(second), files(first))

        let text = try String(contentsOf: portal.root.appendingPathComponent("Content/schemes/pilot/people.yaml"), encoding: .utf8)
        try portal.write("Content/schemes/pilot/people.yaml", text.replacingOccurrences(of: "Ada", with: "Adah"))
        let third = cached()
        XCTAssertEqual(cache.parsedCount, 3, "only the changed file is parsed again")
        XCTAssertEqual(files(third), files(fresh()))
        XCTAssertNotEqual(files(third), files(first))

        // A broken file's messages come back from the cache as they were made.
        try portal.write("Content/people/zoe-extra.yaml", "id: zoe-extra\nname: [unclosed\n")
        let broken = cached()
        let again = cached()
        XCTAssertFalse(broken.diagnostics.isEmpty)
        XCTAssertEqual(again.diagnostics.map(\.description), broken.diagnostics.map(\.description))
        XCTAssertEqual(again.diagnostics.map(\.description), fresh().diagnostics.map(\.description))
    }
}
