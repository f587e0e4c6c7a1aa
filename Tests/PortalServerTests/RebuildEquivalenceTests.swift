import Foundation
import SchemePortal
import XCTest
@testable import PortalServer

/// Issue 12, point 4: after each of more than 50 edits, the site `portal serve` shows (apart from its
/// reload script, and its overlay while there are errors) is byte for byte what a fresh full build of
/// the same content makes; while the content has errors, it is the last good build's site, under the
/// fresh build's messages.
final class RebuildEquivalenceTests: XCTestCase {
    struct Edit: Sendable {
        var name: String
        /// Whether the content has errors after this edit (so the script really breaks and fixes things).
        var leavesErrors = false
        var apply: @Sendable (ServePortal) throws -> Void
    }

    static var theme: URL { ServePortal.repository.appendingPathComponent("Sources/SchemePortal/Theme") }

    static func themeFile(_ path: String) throws -> String {
        try String(contentsOf: theme.appendingPathComponent(path), encoding: .utf8)
    }

    static let people = "Content/schemes/pilot/people.yaml"
    static let scheme = "Content/schemes/pilot/scheme.md"

    static func person(_ id: String, _ name: String, expertise: String = "Leadership") -> String {
        """
          - id: \(id)
            name: \(name)
            side: mentor
            job_title: Research Manager
            grade: Grade 7
            organisation: Finance
            expertise_offered: [\(expertise)]
            biography: |
              \(name) has managed research projects for six years.
            capacity: 1
            consent: [name, job_title, grade, organisation, expertise_offered, biography]

        """
    }

    static let ownFilePerson = """
        id: eve-peer
        name: Eve Peer
        job_title: Data Officer
        organisation: Planning
        biography: |
          Eve looks after the planning office's data.
        consent: [name, job_title, organisation, biography]
        schemes:
          - scheme: pilot
            side: mentee
        """

    static func page(_ title: String, _ body: String) -> String { "---\ntitle: \(title)\n---\n\(body)\n" }

    static let secondScheme = """
        ---
        title: Second Scheme
        organisers: [Golden University People Team]
        summary: Another scheme.
        model: peer
        sides:
          - id: peer
            name: Peer
        ---
        Introduction to the second scheme.
        """

    static let edits: [Edit] = [
        Edit(name: "change a biography") { try $0.replace(people, "ten years", with: "twelve years") },
        Edit(name: "add a person") { try $0.write(people, try $0.read(people) + person("dan-mentor", "Dan Mentor")) },
        Edit(name: "change a person's expertise") { try $0.replace(people, "expertise_offered: [Leadership]\n    biography: |\n      Dan", with: "expertise_offered: [Budgets]\n    biography: |\n      Dan") },
        Edit(name: "rename a person") { try $0.replace(people, "id: dan-mentor", with: "id: dana-mentor") },
        Edit(name: "delete a person") { try $0.replace(people, person("dana-mentor", "Dan Mentor", expertise: "Budgets"), with: "") },
        Edit(name: "withdraw consent to a field") { try $0.replace(people, "consent: [name, job_title, grade, organisation, expertise_sought, partners]", with: "consent: [name, grade, organisation, expertise_sought, partners]") },
        Edit(name: "give consent to a name") { try $0.replace(people, "    consent: []", with: "    consent: [name, grade]") },
        Edit(name: "withdraw all consent") { try $0.replace(people, "    consent: [name, grade]", with: "    consent: []") },
        Edit(name: "add a person in a file of their own") { try $0.write("Content/people/eve-peer.yaml", ownFilePerson) },
        Edit(name: "change that person") { try $0.replace("Content/people/eve-peer.yaml", "planning office's data", with: "planning office's records") },
        Edit(name: "rename that person's file") { try $0.move("Content/people/eve-peer.yaml", "Content/people/eve.yaml") },
        Edit(name: "delete that person's file") { try $0.remove("Content/people/eve.yaml") },
        Edit(name: "change a scheme's summary") { try $0.replace(scheme, "with every part a scheme can have", with: "with every part a scheme may have") },
        Edit(name: "rename a key date") { try $0.replace(scheme, "label: Launch event", with: "label: Launch party") },
        Edit(name: "add a key date") { try $0.replace(scheme, "contacts:\n", with: "  - label: Closing event\n    date: 14:00, 15 June 2028\n    kind: event\ncontacts:\n") },
        Edit(name: "change an objective") { try $0.replace(scheme, "Help new staff settle in.", with: "Help new staff find their feet.") },
        Edit(name: "add a scheme") { try $0.write("Content/schemes/second/scheme.md", secondScheme) },
        Edit(name: "change that scheme") { try $0.replace("Content/schemes/second/scheme.md", "title: Second Scheme", with: "title: Second Peer Scheme") },
        Edit(name: "rename that scheme's folder") { try $0.move("Content/schemes/second", "Content/schemes/third") },
        Edit(name: "delete that scheme") { try $0.remove("Content/schemes/third") },
        Edit(name: "add a handbook page") { try $0.write("Content/schemes/pilot/handbook/goodbye.md", page("Saying goodbye", "## At the end\n\nThank each other.")) },
        Edit(name: "change that handbook page") { try $0.replace("Content/schemes/pilot/handbook/goodbye.md", "Thank each other.", with: "Thank each other, and keep in touch.") },
        Edit(name: "rename that handbook page") { try $0.move("Content/schemes/pilot/handbook/goodbye.md", "Content/schemes/pilot/handbook/farewell.md") },
        Edit(name: "delete that handbook page") { try $0.remove("Content/schemes/pilot/handbook/farewell.md") },
        Edit(name: "change a handbook table") { try $0.replace("Content/schemes/pilot/handbook/first-meeting.md", "| Goals | 30 |", with: "| Goals | 35 |") },
        Edit(name: "add a toolkit page") { try $0.write("Content/schemes/pilot/toolkit/grow-model.md", page("The GROW model", "Goal, Reality, Options, Will.")) },
        Edit(name: "delete that toolkit page") { try $0.remove("Content/schemes/pilot/toolkit/grow-model.md") },
        Edit(name: "change a stand-alone page") { try $0.replace("Content/pages/about.md", "The People Team", with: "The Staff Development Team") },
        Edit(name: "add a stand-alone page") { try $0.write("Content/pages/contact.md", page("Contact us", "Write to the People Team.")) },
        Edit(name: "rename that page") { try $0.move("Content/pages/contact.md", "Content/pages/get-in-touch.md") },
        Edit(name: "delete that page") { try $0.remove("Content/pages/get-in-touch.md") },
        Edit(name: "override a partial template") { try $0.write("Layouts/templates/partials/footer.mustache", try themeFile("templates/partials/footer.mustache").replacingOccurrences(of: "</footer>", with: "<p>Made with care.</p>\n</footer>")) },
        Edit(name: "change the override") { try $0.replace("Layouts/templates/partials/footer.mustache", "Made with care.", with: "Made with great care.") },
        Edit(name: "override a page template") { try $0.write("Layouts/templates/404.mustache", try themeFile("templates/404.mustache").replacingOccurrences(of: "check it is correct", with: "check every letter")) },
        Edit(name: "remove the partial's override") { try $0.remove("Layouts/templates/partials/footer.mustache") },
        Edit(name: "remove the page template's override") { try $0.remove("Layouts/templates/404.mustache") },
        Edit(name: "override the stylesheet") { try $0.write("Layouts/assets/style.css", try themeFile("assets/style.css") + "\n.site-footer { border-top: 2px solid; }\n") },
        Edit(name: "change the stylesheet") { try $0.replace("Layouts/assets/style.css", "border-top: 2px solid", with: "border-top: 3px solid") },
        Edit(name: "add an asset") { try $0.write("Layouts/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>") },
        Edit(name: "rename the asset") { try $0.move("Layouts/assets/logo.svg", "Layouts/assets/brand.svg") },
        Edit(name: "delete the asset") { try $0.remove("Layouts/assets/brand.svg") },
        Edit(name: "remove the stylesheet's override") { try $0.remove("Layouts/assets/style.css") },
        Edit(name: "break the portal file", leavesErrors: true) { try $0.replace("Content/portal.yaml", "title: Golden portal", with: "title: [Golden portal") },
        Edit(name: "fix the portal file") { try $0.replace("Content/portal.yaml", "title: [Golden portal", with: "title: Golden portal") },
        Edit(name: "write a grade that is not on the ladder", leavesErrors: true) { try $0.replace(people, "    grade: Grade 8\n", with: "    grade: Grade 99\n") },
        Edit(name: "write a date that does not exist, too", leavesErrors: true) { try $0.replace(scheme, "12:00, 1 October 2027", with: "12:00, 31 September 2027") },
        Edit(name: "edit a page while the errors remain", leavesErrors: true) { try $0.replace("Content/pages/about.md", "## Who runs it", with: "## Who looks after it") },
        Edit(name: "fix the grade", leavesErrors: true) { try $0.replace(people, "    grade: Grade 99\n", with: "    grade: Grade 8\n") },
        Edit(name: "fix the date") { try $0.replace(scheme, "12:00, 31 September 2027", with: "12:00, 1 October 2027") },
        Edit(name: "break a template", leavesErrors: true) { try $0.write("Layouts/templates/partials/footer.mustache", "<footer>{{#site.organisation}}</footer>\n") },
        Edit(name: "remove the broken template") { try $0.remove("Layouts/templates/partials/footer.mustache") },
        Edit(name: "change the portal's title") { try $0.replace("Content/portal.yaml", "title: Golden portal", with: "title: Golden mentoring portal") },
        Edit(name: "change the portal's description") { try $0.replace("Content/portal.yaml", "Every kind of page the portal makes, once.", with: "Every kind of page, once.") },
        Edit(name: "delete the portal file", leavesErrors: true) { try $0.move("Content/portal.yaml", "portal.yaml.saved") },
        Edit(name: "put the portal file back") { try $0.move("portal.yaml.saved", "Content/portal.yaml") },
        Edit(name: "save a file without changing it") { try $0.write(people, try $0.read(people)) },
    ]

    func test_after_every_edit_the_served_site_is_a_fresh_full_build() async throws {
        XCTAssertGreaterThanOrEqual(Self.edits.count, 50)
        let portal = try ServePortal()
        defer { portal.delete() }
        let session = ServeSession(configuration: portal.configuration)
        _ = await session.rebuild(changed: [])
        var lastGood = try Self.filesOf(portal.freshBuild(), expectingErrors: false, "the fixture")
        try await Self.compare(session, lastGood: lastGood, fresh: portal.freshBuild(), "the first build")

        for (number, edit) in Self.edits.enumerated() {
            let label = "edit \(number + 1), \(edit.name)"
            try edit.apply(portal)
            _ = await session.rebuild(changed: [])
            let fresh = portal.freshBuild()
            XCTAssertEqual(fresh.diagnostics.hasErrors, edit.leavesErrors, "\(label): \(fresh.diagnostics.map(\.description))")
            if !fresh.diagnostics.hasErrors { lastGood = try Self.filesOf(fresh, expectingErrors: false, label) }
            try await Self.compare(session, lastGood: lastGood, fresh: fresh, label)
            if let most = Self.rendersAtMost[edit.name] {
                let counts = try XCTUnwrap(session.rebuilder.configuration.renderMemo).lastCounts
                XCTAssertLessThanOrEqual(counts.rendered, most, "\(label): pages rendered again, of \(counts.rendered + counts.reused)")
                XCTAssertGreaterThan(counts.reused, 0, "\(label): no page was kept")
            }
        }
    }

    /// Edits after which the rebuild must keep most pages as they were: each renders again only the pages
    /// that show what changed (the equivalence above proves those are enough), and the search page, whose
    /// index holds every page's words.
    static let rendersAtMost = [
        "change a biography": 3, // Ada's profile, and her partner's, which shows her name
        "change that person": 2, // Eve has no partner
        "change a stand-alone page": 4, // the stand-alone pages render together (with the 404 page)
        "override the stylesheet": 0, "change the stylesheet": 0, "save a file without changing it": 0,
    ]

    func test_edits_through_the_real_watcher_end_in_the_same_site_as_a_fresh_build() async throws {
        let portal = try ServePortal()
        defer { portal.delete() }
        let server = try await RunningServer.start(portal)
        let channel = try await server.http.openEvents()
        defer { channel.close() }
        _ = try await channel.next()
        var lastGood = try Self.filesOf(portal.freshBuild(), expectingErrors: false, "the fixture")
        let chosen = ["add a person", "rename a key date", "override a partial template", "break the portal file",
                      "add a handbook page", "fix the portal file", "override the stylesheet"]
        for name in chosen {
            guard let edit = Self.edits.first(where: { $0.name == name }) else { return XCTFail("no edit named \(name)") }
            let buildsBefore = server.events.builds.count
            try edit.apply(portal)
            let fresh = portal.freshBuild()
            if !fresh.diagnostics.hasErrors { lastGood = try Self.filesOf(fresh, expectingErrors: false, name) }
            // The reload that follows an edit may come from a rebuild that began before the last of the
            // edit's events (a file written in two steps is first seen empty); what matters is that the
            // watcher ends in the fresh build's site. The site served before the edit can already look
            // like that (adding a page while the portal file is broken changes nothing served), so only a
            // build since the edit counts.
            await waitUntil("the served site to match after ‘\(name)’") {
                let site = await server.session.live.site
                return server.events.builds.count > buildsBefore && site.files == lastGood && site.diagnostics == fresh.diagnostics
            }
            try await Self.compare(server.session, lastGood: lastGood, fresh: fresh, name)
        }
        try await server.stop()
    }

    static func filesOf(_ outcome: Build.Outcome, expectingErrors: Bool, _ label: String) throws -> [String: [UInt8]] {
        XCTAssertEqual(outcome.diagnostics.hasErrors, expectingErrors, label)
        return Dictionary(outcome.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
    }

    /// The served state against a fresh build: files (list and bytes), messages, and every file as a
    /// browser receives it with the reload script (and overlay) taken out.
    static func compare(_ session: ServeSession, lastGood: [String: [UInt8]], fresh: Build.Outcome, _ label: String,
                        file: StaticString = #filePath, line: UInt = #line) async throws {
        let site = await session.live.site
        XCTAssertEqual(site.diagnostics, fresh.diagnostics, label, file: file, line: line)
        guard let files = site.files else { return XCTFail("\(label): nothing served", file: file, line: line) }
        XCTAssertEqual(files.keys.sorted(), lastGood.keys.sorted(), "\(label): the list of files", file: file, line: line)
        for (path, bytes) in lastGood where files[path] != bytes {
            XCTFail("\(label): \(path) differs from a fresh build", file: file, line: line)
        }
        for (path, bytes) in lastGood {
            let served = site.response(for: "/" + path)
            XCTAssertEqual(served.status, 200, "\(label): /\(path)", file: file, line: line)
            let plain = path.hasSuffix(".html") ? stripped(served.body, errors: fresh.diagnostics.hasErrors) : served.body
            if plain != bytes { XCTFail("\(label): /\(path) as served differs from a fresh build", file: file, line: line) }
        }
    }

    /// A served page with the server's own parts taken out.
    static func stripped(_ page: [UInt8], errors: Bool) -> [UInt8] {
        var text = String(decoding: page, as: UTF8.self)
        if let start = text.range(of: "<script id=\"\(LiveReloadScript.marker)\">"),
           let end = text.range(of: "})();</script>\n", range: start.upperBound..<text.endIndex) {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        if errors, let start = text.range(of: "<section id=\"\(ErrorOverlay.id)\""),
           let end = text.range(of: "</section>\n", range: start.upperBound..<text.endIndex) {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return Array(text.utf8)
    }
}
