import XCTest
@testable import SchemePortal

/// Every field of the content format that holds an address goes through the one address rule: found by
/// walking the whole model of a portal that fills every field, so a field added later cannot skip it.
final class AddressFieldTests: XCTestCase {
    /// What staff might paste, or an attacker might write, as YAML text, with the scheme the error must name.
    static let payloads: [(yaml: String, scheme: String)] = [
        ("javascript:alert(1)", "javascript"),
        ("JaVaScRiPt:alert(1)", "javascript"),
        ("\"data:text/html,<script>alert(1)</script>\"", "data"),
        ("\" javascript:alert(1)\"", "javascript"),
        ("\"java\\tscript:alert(1)\"", "javascript"),
        ("\"java\\nscript:alert(1)\"", "javascript"),
        ("\"\\x01javascript:alert(1)\"", "javascript"),
        ("\"jav&#x61;script:alert(1)\"", "javascript"),
        ("\"&#106avascript:alert(1)\"", "javascript"),
        ("\"%6Aavascript:alert(1)\"", "javascript"),
        ("vbscript:msgbox(1)", "vbscript"),
        ("file:///etc/passwd", "file"),
        ("ftp://files.example.org/", "ftp"),
    ]

    private func loadedFixture() throws -> (TestPortal, Portal) {
        let portal = try TestPortal(fixture: "every-field")
        let loaded = ContentLoader(contentDirectory: portal.root.appendingPathComponent("Content"), displayRoot: "Content").load()
        XCTAssertEqual(loaded.diagnostics, [])
        return (portal, try XCTUnwrap(loaded.portal))
    }

    func test_the_fixture_fills_every_field_and_checks_clean() throws {
        let (portal, model) = try loadedFixture()
        XCTAssertEqual(portal.check().lines, [])
        // Headings that get no page are always a mistake, so a clean portal has none; they are
        // `SchemeSection`s, like `sections`, which the fixture fills. What the load could not read is empty
        // in a portal that reads clean, and holds only names and places, never an address.
        // A reference's `status` is read only for partners and its `kind` only for conflicts.
        // A key date's `confirm:` (a date `portal rollover` moved, still to be checked) is a warning, so a
        // portal that checks clean has none.
        XCTAssertEqual(ModelWalk(model).emptyEverywhere,
                       ["people[].memberships[].conflicts[].status", "people[].memberships[].partners[].kind",
                        "people[].memberships[].preferences[].kind", "people[].memberships[].preferences[].status",
                        "people[].memberships[].requestedPartner.kind", "people[].memberships[].requestedPartner.status",
                        "schemes[].keyDates[].toConfirm", "schemes[].unpublishedSections", "unread.pages", "unread.people", "unread.schemePeople", "unread.schemes", "unread.settings"],
                       "add these fields to Tests/Fixtures/every-field, so the address test below reaches them")
    }

    func test_every_field_holding_an_address_is_a_WebAddress_that_validation_checks() throws {
        let (_, model) = try loadedFixture()
        let walk = ModelWalk(model)
        XCTAssertEqual(walk.untypedAddresses.map { "\($0.path) = \($0.value)" }, [],
                       "these fields hold addresses as plain text: give them the type WebAddress")
        XCTAssertEqual(Set(walk.addresses.map(\.path)),
                       ["settings.baseURL", "schemes[].contacts[].url", "schemes[].links[].url"])
        let checked = AddressRules.addresses(in: model).map(\.location)
        for (path, address) in walk.addresses {
            XCTAssertTrue(checked.contains(address.location), "AddressRules does not check \(path)")
        }
    }

    func test_a_dangerous_address_in_any_address_field_is_an_error_at_that_field() throws {
        let (_, model) = try loadedFixture()
        let addresses = ModelWalk(model).addresses
        XCTAssertEqual(addresses.count, 3)
        for (path, address) in addresses {
            for (yaml, scheme) in Self.payloads {
                let portal = try TestPortal(fixture: "every-field")
                try portal.replaceValue(at: address.location, with: yaml)
                let outcome = portal.check()
                let expected = "\(address.location): error: ‘\(address.key)’ cannot be a “\(scheme):” address: only web pages (https://…), e-mail (mailto:…) and pages of this portal can be linked; write the full address of the page, e.g. ‘https://www.example.org/mentoring’"
                XCTAssertEqual(outcome.errors.map(\.description), [expected], "\(path) = \(yaml)")
                XCTAssertFalse(outcome.wrote)
            }
        }
    }

    func test_an_address_without_a_scheme_starting_with_two_slashes_is_an_error() throws {
        let portal = try TestPortal(fixture: "every-field")
        let scheme = "Content/schemes/full-scheme/scheme.md"
        try portal.replaceValue(at: SourceLocation(file: scheme, line: 37, column: 10), with: "//evil.example.org/x")
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "\(scheme):37:10: error: ‘url’ starts with “//”, so browsers would guess how to reach it; write the full address, starting with https://",
        ])
        XCTAssertEqual(outcome.diagnostics.first.map { DiagnosticPrinter().format($0) }?.components(separatedBy: "\n").dropFirst(),
                       ["        url: //evil.example.org/x", "             ^^^^^^^^^^^^^^^^^^^^"])
    }

    func test_a_base_url_that_is_not_a_web_address_is_an_error_at_its_line() throws {
        let portal = try TestPortal(fixture: "every-field")
        try portal.replaceValue(at: SourceLocation(file: "Content/portal.yaml", line: 4, column: 11), with: "/relative/")
        XCTAssertEqual(portal.check().errors.map(\.description), [
            "Content/portal.yaml:4:11: error: ‘base_url’ should be an absolute web address; write it like ‘https://mentoring.example.org/’",
        ])
    }

    /// The same disguises written as Markdown links and images (cmark decodes its own escapes and references).
    static let markdownPayloads = [
        "[Apply](javascript:alert(1))", "[Apply](JaVaScRiPt:alert(1))", "[Apply](< javascript:alert(1)>)",
        "[Apply](<java\tscript:alert(1)>)", "[Apply](<java&#9;script:alert(1)>)", "[Apply](<&#1;javascript:alert(1)>)",
        "[Apply](jav&#x61;script:alert(1))", "[Apply](jav&amp;#x61;script:alert(1))", "[Apply](%6Aavascript:alert(1))",
        "[Apply](data:text/html,%3Cscript%3Ealert(1)%3C/script%3E)", "[Apply](vbscript:msgbox(1))",
        "![logo](javascript:alert(1))", "![logo](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)",
        "<javascript:alert(1)>", "<JaVaScRiPt:alert(1)>", "[Apply][ref]\n\n[ref]: javascript:alert(1)",
    ]

    /// Fail closed: `Build` renders even when validation found errors (it only refuses to write), so the
    /// rendered files show what rendering alone would publish.
    func test_no_dangerous_address_reaches_any_rendered_file() throws {
        // Every address field the model walk finds, so a field added later is covered here too.
        let addresses = ModelWalk(try loadedFixture().1).addresses
        XCTAssertEqual(addresses.count, 3)
        for (index, (yaml, _)) in Self.payloads.enumerated() {
            let portal = try TestPortal(fixture: "every-field")
            for (_, address) in addresses { try portal.replaceValue(at: address.location, with: yaml) }
            let markdown = Self.markdownPayloads[index % Self.markdownPayloads.count]
                + "\n\n" + Self.markdownPayloads[(index + Self.payloads.count) % Self.markdownPayloads.count]
            try portal.append("Content/schemes/full-scheme/handbook/matching.md", "\n" + markdown + "\n")
            let outcome = portal.check()
            XCTAssertEqual(outcome.errors.count, addresses.count + 2, "\(yaml), \(markdown): \(outcome.lines)")
            XCTAssertGreaterThan(outcome.files.count, 20)
            for file in outcome.files {
                let text = String(decoding: file.contents, as: UTF8.self).lowercased()
                for payload in ["javascript:", "vbscript:", "data:text", "data:image", "<script>alert", "file:", "ftp:", "alert(1)", "msgbox"] {
                    XCTAssertFalse(text.contains(payload), "\(yaml), \(markdown): \(payload) reached \(file.path)")
                }
            }
            let contacts = try XCTUnwrap(outcome.files.first { $0.path == "schemes/full-scheme/contacts/index.html" })
            XCTAssertTrue(String(decoding: contacts.contents, as: UTF8.self).contains("Scheme coordinator"),
                          "the rest of the contact is still shown")
        }
    }

    func test_a_link_to_a_page_of_the_portal_is_made_relative_and_checked() throws {
        let portal = try TestPortal(fixture: "every-field")
        let scheme = "Content/schemes/full-scheme/scheme.md"
        try portal.replaceValue(at: SourceLocation(file: scheme, line: 37, column: 10), with: "/schemes/full-scheme/handbook/")
        try portal.replaceValue(at: SourceLocation(file: scheme, line: 41, column: 10), with: "/schemes/full-scheme/handbok/")
        // `check` keeps every page in memory (a build that writes streams them to the output folder).
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "\(scheme):41:10: error: the link ‘/schemes/full-scheme/handbok/’ goes to no page of the portal; did you mean ‘/schemes/full-scheme/handbook/’?",
        ])
        let contacts = try XCTUnwrap(outcome.files.first { $0.path == "schemes/full-scheme/contacts/index.html" })
        XCTAssertTrue(String(decoding: contacts.contents, as: UTF8.self)
            .contains("<a href=\"../handbook/index.html\">/schemes/full-scheme/handbook/</a>"))
    }
}

extension TestPortal {
    /// Replaces everything from `location` to the end of its line with `text` (a YAML value).
    func replaceValue(at location: SourceLocation, with text: String) throws {
        let url = root.appendingPathComponent(location.file)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let scalars = Array(lines[location.line - 1].unicodeScalars)
        lines[location.line - 1] = String(String.UnicodeScalarView(scalars.prefix(location.column - 1))) + text
        try write(location.file, lines.joined(separator: "\n"))
    }

    func append(_ path: String, _ text: String) throws {
        let existing = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        try write(path, existing + text)
    }
}
