import XCTest
@testable import SchemePortal

/// Whole pages, byte for byte: a small portal with every kind of page once (Tests/Fixtures/golden-site)
/// against its expected output. After a deliberate change, run with UPDATE_GOLDENS=1 to rewrite
/// `expected/`, review the diff, then run again without it (a rewrite always fails the run).
final class GoldenSiteTests: XCTestCase {
    static let reference = CalendarDay(year: 2027, month: 9, day: 20)
    private var golden: URL { TestPortal.fixtures.appendingPathComponent("golden-site/expected") }

    /// The theme's assets are copied byte for byte and the marker is the writer's; pages are what is compared.
    private func pages(_ snapshot: [String: Data]) -> [String: Data] {
        snapshot.filter { !$0.key.hasPrefix("assets/") && $0.key != OutputFolder.markerName }
    }

    func test_every_kind_of_page_matches_its_golden_copy() throws {
        let portal = try TestPortal(fixture: "golden-site")
        let outcome = portal.build(today: Self.reference, strict: true)
        XCTAssertTrue(outcome.wrote, outcome.lines.joined(separator: "\n"))
        let actual = pages(try portal.snapshot())
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            for (path, data) in actual {
                let url = golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            return XCTFail("golden-site/expected was rewritten: review the diff, then run again without UPDATE_GOLDENS")
        }
        var expected: [String: Data] = [:]
        let root = golden.path + "/"
        let enumerator = FileManager.default.enumerator(atPath: golden.path)
        while let relative = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: root + relative), !relative.hasSuffix("/"),
               (try? FileManager.default.destinationOfSymbolicLink(atPath: root + relative)) == nil {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + relative, isDirectory: &isFolder), !isFolder.boolValue {
                    expected[relative] = data
                }
            }
        }
        XCTAssertEqual(actual.keys.sorted(), expected.keys.sorted(), "the set of pages changed")
        for path in actual.keys.sorted() where actual[path] != expected[path] {
            XCTAssertEqual(String(decoding: actual[path] ?? Data(), as: UTF8.self),
                           String(decoding: expected[path] ?? Data(), as: UTF8.self), path)
        }
    }

    func test_the_golden_portal_has_every_kind_of_page() throws {
        let kinds = ["index.html", "404.html", "about/index.html", "accessibility/index.html", "sitemap.xml", "calendar.ics",
                     "people/index.html", "people/ada-mentor/index.html", "people/expertise/grant-writing/index.html",
                     "people/grade/grade-5/index.html", "people/organisation/research-services/index.html",
                     "schemes/pilot/index.html", "schemes/pilot/objectives/index.html", "schemes/pilot/eligibility/index.html",
                     "schemes/pilot/how-it-works/index.html", "schemes/pilot/key-dates/index.html",
                     "schemes/pilot/key-dates/launch-event.ics", "schemes/pilot/calendar.ics", "schemes/pilot/contacts/index.html",
                     "schemes/pilot/handbook/index.html", "schemes/pilot/handbook/first-meeting/index.html", "schemes/pilot/handbook/all.html",
                     "schemes/pilot/toolkit/index.html", "schemes/pilot/toolkit/goal-setting/index.html",
                     "schemes/pilot/people/index.html", "schemes/pilot/people/expertise/leadership/index.html",
                     "search/index.html", "search/meta.json", "search/t0.json", "search/d0.json"]
        for kind in kinds {
            XCTAssertTrue(FileManager.default.fileExists(atPath: golden.appendingPathComponent(kind).path), kind)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: golden.appendingPathComponent("people/cal-private/index.html").path),
                       "a person who consented to nothing has no page")
    }
}
