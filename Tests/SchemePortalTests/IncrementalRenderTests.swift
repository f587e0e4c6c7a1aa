import XCTest
@testable import SchemePortal

/// A build that keeps a `RenderMemo` (as `portal serve` does) renders again only the units whose inputs
/// changed, and what it makes is byte for byte what a fresh build makes: each edit below changes one thing
/// a page can show, and the kept render must notice it.
final class IncrementalRenderTests: XCTestCase {
    static let people = "Content/schemes/pilot/people.yaml"
    static let scheme = "Content/schemes/pilot/scheme.md"
    static let today = PageInputsHonestyTests.reference

    /// A portal with a memo, built once.
    private final class Kept {
        let portal: TestPortal
        var configuration: Build.Configuration
        let memo = RenderMemo()

        init() throws {
            portal = try TestPortal(fixture: "golden-site")
            for (path, text) in PageInputsHonestyTests.extraFiles { try portal.write(path, text) }
            configuration = portal.configuration(today: IncrementalRenderTests.today)
            configuration.loadCache = LoadCache()
            configuration.renderMemo = memo
        }

        func rebuild() -> Build.Outcome { Build(configuration: configuration).run(until: .check) }

        func fresh() -> Build.Outcome {
            var plain = configuration
            plain.loadCache = nil
            plain.renderMemo = nil
            return Build(configuration: plain).run(until: .check)
        }

        func edit(_ path: String, _ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) throws {
            let text = try String(contentsOf: portal.root.appendingPathComponent(path), encoding: .utf8)
            XCTAssertTrue(text.contains(old), "\(path) has no ‘\(old)’", file: file, line: line)
            try portal.write(path, text.replacingOccurrences(of: old, with: new))
        }
    }

    private static func files(_ outcome: Build.Outcome) -> [String: [UInt8]] {
        Dictionary(outcome.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
    }

    /// Rebuilds after `change`, and checks the result against a fresh build and against the build before:
    /// it must differ from the build before (or the edit proves nothing), and equal the fresh one.
    @discardableResult
    private func assertRebuild(_ kept: Kept, _ label: String, file: StaticString = #filePath, line: UInt = #line,
                               _ change: () throws -> Void) throws -> (rendered: Int, reused: Int) {
        let before = Self.files(kept.rebuild())
        try change()
        let rebuilt = kept.rebuild()
        let fresh = kept.fresh()
        XCTAssertEqual(rebuilt.diagnostics, fresh.diagnostics, label, file: file, line: line)
        let files = Self.files(rebuilt), expected = Self.files(fresh)
        XCTAssertTrue(expected != before, "\(label) changed nothing, so it proves nothing", file: file, line: line)
        XCTAssertEqual(files.keys.sorted(), expected.keys.sorted(), "\(label): the list of files", file: file, line: line)
        for (path, bytes) in expected where files[path] != bytes {
            XCTFail("\(label): \(path) is stale", file: file, line: line)
        }
        return kept.memo.lastCounts
    }

    func test_the_first_build_renders_everything_and_a_rebuild_with_no_change_renders_nothing() throws {
        let kept = try Kept()
        let first = kept.rebuild()
        XCTAssertEqual(kept.memo.lastCounts.reused, 0)
        XCTAssertEqual(kept.memo.lastCounts.rendered, first.pageCount)
        let again = kept.rebuild()
        XCTAssertEqual(kept.memo.lastCounts.rendered, 0)
        XCTAssertEqual(Self.files(again), Self.files(first))
    }

    func test_a_biography_renders_only_the_profiles_that_show_it() throws {
        let kept = try Kept()
        let counts = try assertRebuild(kept, "a biography") {
            try kept.edit(Self.people, "Ada has mentored new staff for ten years.", "Ada has mentored staff for years.")
        }
        // Ada's profile, and Ben's, which names her as his partner; and the search page, whose index holds her words.
        XCTAssertEqual(counts.rendered, 3)
    }

    /// Each thing a card shows, changed: the directories, their facet pages and search indexes must follow.
    func test_every_field_a_card_shows_reaches_the_directories() throws {
        let kept = try Kept()
        let edits: [(String, String, String, String)] = [
            ("name", Self.people, "name: Ada Mentor", "name: Ada Lovelace"),
            ("job title", Self.people, "job_title: Head of Research Services", "job_title: Director of Research"),
            ("grade", Self.people, "grade: Grade 8\n    organisation: Research Services\n    expertise_offered",
             "grade: Grade 7\n    organisation: Research Services\n    expertise_offered"),
            ("organisation", Self.people, "organisation: Research Services\n    expertise_offered",
             "organisation: Research Office\n    expertise_offered"),
            ("expertise offered", Self.people, "expertise_offered: [Grant writing, Leadership]", "expertise_offered: [Leadership]"),
            ("expertise sought", Self.people, "expertise_sought: [Grant writing]", "expertise_sought: [Leadership]"),
            ("a pairing", "Content/people/eve-mentee.yaml", "consent: [name, partners]", "consent: [name]"),
            ("a side", "Content/people/fay-private.yaml", "consent: []", "consent: [name, grade]"),
            ("a side's name, from the scheme file", Self.scheme, "  - id: mentor\n    name: Mentor\n", "  - id: mentor\n    name: Mentor (staff)\n"),
            ("the scheme's short title", Self.scheme, "short_title: Pilot", "short_title: Pilot scheme"),
        ]
        for (what, path, old, new) in edits {
            try assertRebuild(kept, what) { try kept.edit(path, old, new) }
        }
    }

    func test_people_added_renamed_and_removed_in_files_of_their_own_are_not_a_whole_render() throws {
        let kept = try Kept()
        let own = """
            id: gus-peer
            name: Gus Peer
            job_title: Analyst
            consent: [name, job_title]
            schemes:
              - scheme: pilot
                side: mentee
            """
        let added = try assertRebuild(kept, "a person's file added") { try kept.portal.write("Content/people/gus.yaml", own) }
        XCTAssertGreaterThan(added.reused, 0, "a new person's file keeps the pages that do not list people")
        try assertRebuild(kept, "that person renamed") { try kept.edit("Content/people/gus.yaml", "id: gus-peer", "id: gus-analyst") }
        try assertRebuild(kept, "that person's file removed") { try kept.portal.remove("Content/people/gus.yaml") }
    }

    func test_a_partial_the_card_template_includes_reaches_every_directory() throws {
        let kept = try Kept()
        let theme = TestPortal.repository.appendingPathComponent("Sources/SchemePortal/Theme/templates/partials/person-card.mustache")
        let card = try String(contentsOf: theme, encoding: .utf8)
        try kept.portal.write("Layouts/templates/partials/card-extra.mustache", "<span>extra</span>")
        try assertRebuild(kept, "a card that includes a partial") {
            try kept.portal.write("Layouts/templates/partials/person-card.mustache", card + "{{> partials/card-extra}}\n")
        }
        try assertRebuild(kept, "the partial changed") {
            try kept.portal.write("Layouts/templates/partials/card-extra.mustache", "<span>changed</span>")
        }
    }

    func test_a_new_reference_day_renders_the_pages_that_show_it() throws {
        let kept = try Kept()
        try assertRebuild(kept, "a later day") {
            kept.configuration.options.today = CalendarDay(year: 2027, month: 10, day: 5)
        }
    }

    /// A load that stops before rendering (a template that does not parse) leaves changes the memo never
    /// saw: the next render is whole, and right.
    func test_a_change_made_while_a_template_was_broken_is_not_missed() throws {
        let kept = try Kept()
        kept.rebuild()
        try kept.portal.write("Layouts/templates/partials/footer.mustache", "<footer>{{#site.organisation}}</footer>\n")
        XCTAssertTrue(kept.rebuild().diagnostics.hasErrors)
        try kept.edit(Self.people, "name: Ada Mentor", "name: Ada Renamed")
        XCTAssertTrue(kept.rebuild().diagnostics.hasErrors)
        try assertRebuild(kept, "the template fixed") { try kept.portal.remove("Layouts/templates/partials/footer.mustache") }
        XCTAssertEqual(kept.memo.lastCounts.reused, 0, "the render after a load that did not render is whole")
    }

    /// Rebuilds after `change` (which may leave errors) and checks only that the result is a fresh build's.
    private func assertFresh(_ kept: Kept, _ label: String, file: StaticString = #filePath, line: UInt = #line,
                             _ change: () throws -> Void) throws {
        try change()
        let rebuilt = kept.rebuild(), fresh = kept.fresh()
        XCTAssertEqual(rebuilt.diagnostics, fresh.diagnostics, label, file: file, line: line)
        let files = Self.files(rebuilt), expected = Self.files(fresh)
        XCTAssertEqual(files.keys.sorted(), expected.keys.sorted(), "\(label): the list of files", file: file, line: line)
        for (path, bytes) in expected where files[path] != bytes { XCTFail("\(label): \(path) is stale", file: file, line: line) }
    }

    /// A page whose front matter breaks stops being a page without its file going away; fixed, it comes
    /// back, with the lists and menus that show it (found by review).
    func test_a_page_that_stops_loading_and_loads_again_comes_back_with_the_menus_that_show_it() throws {
        let kept = try Kept()
        kept.rebuild()
        for path in ["Content/pages/about.md", "Content/schemes/pilot/toolkit/goal-setting.md"] {
            let text = try String(contentsOf: kept.portal.root.appendingPathComponent(path), encoding: .utf8)
            try assertFresh(kept, "\(path) broken") { try kept.portal.write(path, text.replacingOccurrences(of: "title:", with: "titel:")) }
            try assertFresh(kept, "\(path) fixed") { try kept.portal.write(path, text) }
        }
    }

    /// A directory's search index is made only once a list runs to a second page: the unit that made none
    /// must still be rebuilt when the directory grows (found by review).
    func test_a_search_index_appears_when_a_directory_grows_past_one_page() throws {
        let kept = try Kept()
        let published = kept.rebuild().files.filter { $0.path.hasPrefix("people/") && $0.path.hasSuffix("/index.html") }
            .filter { $0.path.split(separator: "/").count == 3 && !["expertise", "organisation", "grade"].contains(String($0.path.split(separator: "/")[1])) }.count
        try assertFresh(kept, "a page size of everyone") { try kept.edit("Content/portal.yaml", "grade_ladders:", "people:\n  page_size: \(published)\ngrade_ladders:") }
        XCTAssertFalse(Self.files(kept.rebuild()).keys.contains(SitePaths.directoryIndex(in: "people")))
        try assertFresh(kept, "one more person") {
            try kept.portal.write("Content/people/gus.yaml", "id: gus-peer\nname: Gus Peer\nconsent: [name]\nschemes:\n  - scheme: pilot\n    side: mentee\n")
        }
        XCTAssertTrue(Self.files(kept.rebuild()).keys.contains(SitePaths.directoryIndex(in: "people")))
    }

    func test_a_build_that_writes_keeps_nothing_and_the_next_render_is_whole() throws {
        let kept = try Kept()
        kept.rebuild()
        var writing = kept.configuration
        writing.outputDirectory = kept.portal.root.appendingPathComponent("Output")
        XCTAssertTrue(Build(configuration: writing).run().wrote)
        try kept.edit(Self.people, "name: Ada Mentor", "name: Ada Renamed")
        let rebuilt = kept.rebuild(), fresh = kept.fresh()
        XCTAssertEqual(kept.memo.lastCounts.reused, 0)
        XCTAssertEqual(rebuilt.diagnostics, fresh.diagnostics)
        XCTAssertTrue(Self.files(rebuilt) == Self.files(fresh), "the render after a written build is a fresh build's")
    }
}
