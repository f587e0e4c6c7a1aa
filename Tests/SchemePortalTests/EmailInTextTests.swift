import XCTest
@testable import SchemePortal

/// An e-mail address in a person's published text is published only with consent to `email`.
final class EmailInTextTests: XCTestCase {
    private func portal(_ people: String) throws -> TestPortal {
        let scheme = PeopleTests.scheme.replacingOccurrences(of: "biography_word_limit: 20", with: "biography_word_limit: 200")
        return try TestPortal(["Content/schemes/peer/scheme.md": scheme, "Content/schemes/peer/people.yaml": people])
            .removingDefaultScheme()
    }

    static let people = """
        people:
          - id: ada
            name: Ada Researcher
            side: researcher
            job_title: "Fellow (ada.r@example.ac.uk)"
            biography: |
              I study rivers.
              Write to ada.researcher@example.ac.uk or [to me](mailto:ada.researcher@example.ac.uk), or call 01865 270000.
            consent: [name, job_title, biography]
          - id: ben
            name: Ben Policy
            side: policy
            grade: Grade 7
            biography: Write to ben.policy@example.gov.uk.
            consent: [name, email, grade, biography]
        """

    static let warning = "contains an e-mail address, which is left out of the page because ‘email’ is not in this person's ‘consent’; remove the address, or add ‘email’ to ‘consent’ if the person agrees to publish it"

    func test_an_address_in_the_biography_of_someone_who_did_not_consent_to_email_is_a_warning_at_the_address() throws {
        XCTAssertEqual(try portal(Self.people).check().lines, [
            "Content/schemes/peer/people.yaml:5:24: warning: the ‘job_title’ \(Self.warning)",
            "Content/schemes/peer/people.yaml:8:16: warning: the ‘biography’ \(Self.warning)",
            "Content/schemes/peer/people.yaml:8:55: warning: the ‘biography’ \(Self.warning)",
        ])
    }

    func test_the_address_is_left_out_of_every_file_and_kept_with_consent() throws {
        let portal = try portal(Self.people)
        XCTAssertTrue(portal.build().wrote)
        for (path, data) in try portal.snapshot() {
            let text = String(decoding: data, as: UTF8.self)
            XCTAssertFalse(text.contains("ada.r") || text.contains("ada.researcher"), "Ada's address reached \(path)")
        }
        let page = try portal.read("people/ada/index.html")
        XCTAssertTrue(page.contains("Fellow (e-mail address removed)"), page)
        XCTAssertTrue(page.contains("Write to (e-mail address removed) or to me, or call 01865 270000."), page)
        XCTAssertTrue(try portal.read("people/ben/index.html").contains("Write to <a href=\"mailto:ben.policy@example.gov.uk\">ben.policy@example.gov.uk</a>."),
                      "Ben consented to publishing his address")
    }

    func test_addresses_are_found_with_what_surrounds_them() {
        let text = "a@b.co, <c.d@e.org>, mailto:f+g@h.example.com. [x](MAILTO:i@j.uk) @handle, 2@3, name@localhost, x@y.z1"
        XCTAssertEqual(EmailInText.ranges(in: text).map { String(text[$0]) },
                       ["a@b.co", "<c.d@e.org>", "mailto:f+g@h.example.com", "(MAILTO:i@j.uk)"])
        XCTAssertEqual(EmailInText.removing(from: text),
                       "(e-mail address removed), (e-mail address removed), (e-mail address removed). x @handle, 2@3, name@localhost, x@y.z1")
    }
}
