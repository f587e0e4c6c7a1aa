import XCTest
@testable import SchemePortal

/// Names Windows reserves (CON, PRN, AUX, NUL, COM1–9, LPT1–9) cannot be file or folder names there,
/// so a site holding one breaks when copied to a Windows share. Names staff choose are errors at the
/// name; addresses the portal makes up step round them.
final class OutputNameRulesTests: XCTestCase {
    private let problem = "is a name Windows reserves (like CON, PRN, AUX, NUL, COM1 and LPT1), so the site would not work when copied to a Windows computer"

    func test_windows_device_names_are_reserved_in_any_case_and_with_any_extension() {
        for name in ["con", "CON", "Prn", "aux", "nul", "com1", "COM9", "lpt1", "lpt9", "com0", "con.html", "Aux.tar.gz", "nul ", "lpt²"] {
            XCTAssertTrue(ReservedFileName.isReserved(name), name)
        }
        for name in ["console", "com10", "lpt", "com", "nul-2", "aux-scheme", "icon", "con-2.ics", "index.html", ""] {
            XCTAssertFalse(ReservedFileName.isReserved(name), name)
        }
    }

    func test_reserved_names_staff_choose_are_errors_at_each_name() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "Test scheme", with: "Console scheme")
        let portal = try TestPortal([
            "Content/schemes/con/scheme.md": scheme + "\n\n## Com1\nA section whose heading makes the address com1.\n",
            "Content/schemes/con/handbook/aux.md": "---\ntitle: Auxiliary notes\n---\nText.\n",
            "Content/schemes/con/toolkit/lpt1.md": "---\ntitle: Printing\n---\nText.\n",
            "Content/pages/prn.md": "---\ntitle: Press\n---\nText.\n",
            "Content/schemes/con/people.yaml": """
                people:
                  - id: nul
                    name: Null Person
                    side: mentor
                    consent: [name]
                """,
            "Layouts/assets/con.css": "body { color: black }\n",
            "Layouts/assets/aux/logo.svg": "<svg/>\n",
        ])
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [
            "Content/pages/prn.md:1:1: error: ‘prn’ \(problem); rename the file",
            "Content/schemes/con:1:1: error: ‘con’ \(problem); rename the scheme's folder",
            "Content/schemes/con/handbook/aux.md:1:1: error: ‘aux’ \(problem); rename the file",
            "Content/schemes/con/people.yaml:2:5: error: ‘nul’ \(problem); pick another id for this person",
            "Content/schemes/con/scheme.md:14:1: error: ‘com1’ \(problem); give the section another heading",
            "Content/schemes/con/toolkit/lpt1.md:1:1: error: ‘lpt1’ \(problem); rename the file",
            "Layouts/assets/aux/logo.svg:1:1: error: ‘aux’ \(problem); rename the file or folder",
            "Layouts/assets/con.css:1:1: error: ‘con.css’ \(problem); rename the file or folder",
        ])
        XCTAssertFalse(outcome.wrote)
    }

    func test_a_folder_name_in_capitals_is_not_suggested_as_its_reserved_lowercase() throws {
        let portal = try TestPortal(["Content/schemes/AUX/scheme.md": TestPortal.minimalScheme])
        XCTAssertEqual(portal.check().lines, [
            "Content/schemes/AUX:1:1: error: ‘AUX’ cannot be used in a web address; use lowercase letters, digits and hyphens",
        ])
    }

    func test_addresses_the_portal_makes_up_step_round_reserved_names() throws {
        let portal = try TestPortal([
            "Content/schemes/test-scheme/scheme.md": """
                ---
                title: Test scheme
                organisers: [Test team]
                summary: A scheme for tests.
                model: peer
                sides:
                  - id: mentor
                    name: Mentor
                key_dates:
                  - label: Con
                    date: 2 March 2023
                ---
                Introduction.
                """,
            "Content/schemes/test-scheme/people.yaml": """
                people:
                  - id: ada-lovelace
                    name: Ada Lovelace
                    organisation: AUX
                    side: mentor
                    consent: [name, organisation]
                """,
        ])
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [])
        let paths = outcome.files.map(\.path)
        XCTAssertTrue(paths.contains("schemes/test-scheme/key-dates/con-2.ics"), "\(paths)")
        XCTAssertTrue(paths.contains("people/organisation/aux-2/index.html"), "\(paths)")
        let reserved = paths.filter { $0.split(separator: "/").contains { ReservedFileName.isReserved(String($0)) } }
        XCTAssertEqual(reserved, [])
    }
}
