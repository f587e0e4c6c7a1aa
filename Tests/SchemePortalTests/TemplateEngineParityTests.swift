import XCTest
@testable import SchemePortal

/// Whole sites rendered by both engines, compared file by file: the demo portal (Content/ of the
/// repository, on the demo's reference day) and the golden-site fixture. Ours renders with no fallback
/// here, so a page it could not render would come out empty and differ.
final class TemplateEngineParityTests: XCTestCase {
    private func assertSameSite(content: URL, layouts: URL, today: CalendarDay, minimumPages: Int,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let configuration = Build.Configuration(contentDirectory: content, layoutsDirectory: layouts,
                                                outputDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("unused"),
                                                options: RenderOptions(today: today))
        let loaded = Build(configuration: configuration).run(until: .validate)
        let portal = try XCTUnwrap(loaded.portal, loaded.diagnostics.map(\.description).joined(separator: "\n"), file: file, line: line)
        let (templates, diagnostics, _) = Templates.load(layoutsDirectory: layouts, displayRoot: "Layouts")
        let theme = try XCTUnwrap(templates, diagnostics.map(\.description).joined(separator: "\n"), file: file, line: line)
        XCTAssertNotNil(theme.compiled, "ours cannot compile the theme: \(theme.unsupported ?? "")", file: file, line: line)

        func site(_ engine: Templates.Engine) -> [String: [UInt8]] {
            let result = SiteRenderer(portal: PublishedPortal(portal), templates: theme.using(engine),
                                      options: configuration.options).render()
            return Dictionary(result.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        }
        let ours = site(.compiledOnly)
        let theirs = site(.swiftMustache)
        XCTAssertEqual(ours.keys.sorted(), theirs.keys.sorted(), file: file, line: line)
        XCTAssertGreaterThanOrEqual(ours.keys.filter { $0.hasSuffix(".html") }.count, minimumPages, file: file, line: line)
        var differing: [String] = []
        for (path, bytes) in theirs where ours[path] != bytes { differing.append(path) }
        XCTAssertEqual(differing.sorted(), [], file: file, line: line)
        if let first = differing.sorted().first {
            XCTAssertEqual(String(decoding: ours[first] ?? [], as: UTF8.self), String(decoding: theirs[first] ?? [], as: UTF8.self),
                           first, file: file, line: line)
        }
    }

    func test_the_demo_portal_renders_the_same_with_both_engines() throws {
        let repository = TestPortal.repository
        try assertSameSite(content: repository.appendingPathComponent("Content"),
                           layouts: repository.appendingPathComponent("Layouts"),
                           today: CalendarDay(year: 2026, month: 11, day: 23), minimumPages: 400)
    }

    func test_the_golden_site_renders_the_same_with_both_engines() throws {
        let golden = TestPortal.fixtures.appendingPathComponent("golden-site")
        try assertSameSite(content: golden.appendingPathComponent("Content"), layouts: golden.appendingPathComponent("Layouts"),
                           today: GoldenSiteTests.reference, minimumPages: 20)
    }
}
