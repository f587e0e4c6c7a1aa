import XCTest
@testable import SchemePortal

/// People: what reaches the pages (consent, sensitive data), the directory pages, and the rules.
final class PeopleTests: XCTestCase {
    static let scheme = """
        ---
        title: Peer scheme
        organisers: [Team]
        summary: Peers.
        model: peer
        sides:
          - id: researcher
            name: Researcher
          - id: policy
            name: Policy professional
        contacts:
          - role: Coordinator
            email: coordinator@example.org
        rules:
          grade_ladder: civil-service
          max_preferences: 3
          biography_word_limit: 20
          expression_of_interest_word_limit: 10
          min_grade_gap: 2
          max_grade_gap: 3
          eligible_grades:
            policy: {lowest: Grade 7}
          prefer_cross_department: true
        ---
        """

    private func portal(_ people: String, scheme: String = PeopleTests.scheme, extra: [String: String] = [:]) throws -> TestPortal {
        var files = ["Content/schemes/peer/scheme.md": scheme, "Content/schemes/peer/people.yaml": people]
        files.merge(extra) { _, new in new }
        return try TestPortal(files).removingDefaultScheme()
    }

    static let pair = """
        people:
          - id: ada
            name: Ada Researcher
            side: researcher
            job_title: Research Fellow
            organisation: University
            biography: I study rivers.
            partners: [ben]
            consent: [name, job_title, organisation, biography, partners]
          - id: ben
            name: Ben Policy
            side: policy
            grade: Grade 7
            organisation: Department for Education
            partners: [ada]
            consent: [name, grade, organisation, partners]
        """

    func test_a_consenting_pair_gets_profiles_a_directory_and_facet_pages() throws {
        let portal = try portal(Self.pair)
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [])
        let files = try portal.snapshot().keys
        for path in ["people/index.html", "people/ada/index.html", "people/ben/index.html", "schemes/peer/people/index.html",
                     "schemes/peer/people/organisation/university/index.html", "schemes/peer/people/grade/grade-7/index.html"] {
            XCTAssertTrue(files.contains(path), "missing \(path)")
        }
        let directory = try portal.read("schemes/peer/people/index.html")
        XCTAssertTrue(directory.contains("<h2>Pairs</h2>"))
        XCTAssertTrue(directory.contains("<a href=\"../../../people/ada/index.html\">Ada Researcher</a> and <a href=\"../../../people/ben/index.html\">Ben Policy</a>"), directory)
        XCTAssertTrue(try portal.read("people/ada/index.html").contains("Paired with <a href=\"../ben/index.html\">Ben Policy</a>"))
        for path in ["schemes/peer/people/index.html", "schemes/peer/people/grade/grade-7/index.html", "people/ada/index.html", "people/index.html"] {
            XCTAssertTrue(try portal.read(path).contains("<meta name=\"robots\" content=\"noindex\">"), path)
        }
        XCTAssertFalse(try portal.read("index.html").contains("noindex"))
        XCTAssertFalse(try portal.read("sitemap.xml").contains("people"), "people pages stay out of the sitemap by default")
    }

    func test_each_side_sends_its_shortlist_to_its_own_coordinator() throws {
        let scheme = Self.scheme.replacingOccurrences(of: """
              - role: Coordinator
                email: coordinator@example.org
            """, with: """
              - role: Coordinator
                email: coordinator@example.org
              - role: Policy coordinator
                email: policy@example.org
                side: policy
            """)
        let portal = try portal(Self.pair, scheme: scheme)
        portal.build()
        let directory = try portal.read("schemes/peer/people/index.html")
        XCTAssertTrue(directory.contains("<option value=\"policy\" data-contact=\"policy@example.org\">"), directory)
        XCTAssertTrue(directory.contains("<option value=\"researcher\" data-contact=\"\">"), directory)
        XCTAssertTrue(directory.contains("data-contact=\"coordinator@example.org\""), "the scheme's contact is the fallback")
    }

    func test_only_a_scheme_whose_participants_choose_offers_the_shortlist_with_its_own_number() throws {
        let choosing = try portal(Self.pair, scheme: Self.scheme.replacingOccurrences(of: "  max_preferences: 3", with: "  max_preferences: 4"))
        XCTAssertEqual(choosing.build().errors, [])
        XCTAssertTrue(try choosing.read("schemes/peer/people/index.html").contains("<p>Choose up to 4 people from the other side"))
        XCTAssertTrue(try choosing.read("people/ada/index.html").contains("data-shortlist-profile data-scheme=\"peer\""))
        // Pairs chosen by the organisers: no `max_preferences`, no shortlist anywhere.
        let assigned = try portal(Self.pair, scheme: Self.scheme.replacingOccurrences(of: "  max_preferences: 3\n", with: ""))
        XCTAssertEqual(assigned.build().errors, [])
        for path in ["schemes/peer/people/index.html", "people/ada/index.html"] {
            let page = try assigned.read(path)
            XCTAssertFalse(page.contains("data-shortlist"), "\(path):\n\(page)")
            XCTAssertFalse(page.contains("Your shortlist"), path)
        }
    }

    func test_facet_values_that_make_the_same_address_each_get_their_own_page() throws {
        let people = Self.pair.replacingOccurrences(of: "organisation: University", with: "organisation: C++")
            .replacingOccurrences(of: "organisation: Department for Education", with: "organisation: 日本語")
            + "\n  - {id: cy, name: Cy, side: researcher, organisation: C, consent: [name, organisation]}\n"
        let portal = try portal(people)
        let outcome = portal.build()
        XCTAssertEqual(outcome.errors, [])
        let files = try portal.snapshot().keys
        for path in ["people/organisation/c/index.html", "people/organisation/c-2/index.html", "people/organisation/value/index.html"] {
            XCTAssertTrue(files.contains(path), "missing \(path)")
        }
        XCTAssertTrue(try portal.read("people/organisation/c/index.html").contains("Department or organisation: C</h1>"))
        XCTAssertTrue(try portal.read("people/organisation/c-2/index.html").contains("Department or organisation: C++</h1>"))
    }

    func test_membership_messages_point_at_the_scheme_and_capacity_they_are_about() throws {
        let scheme = Self.scheme.replacingOccurrences(of: "  max_preferences: 3", with: "  max_preferences: 3\n  mentor_capacity: 2")
        let person = "id: eve\nname: Eve\nschemes:\n  - scheme: peeer\n    side: policy\n  - scheme: peer\n    side: policy\n    capacity: 3\nconsent: [name]\n"
        let portal = try TestPortal(["Content/schemes/peer/scheme.md": scheme, "Content/people/eve.yaml": person]).removingDefaultScheme()
        XCTAssertEqual(portal.check().lines, [
            "Content/people/eve.yaml:4:13: error: ‘peeer’ is not a scheme of this portal; did you mean ‘peer’?",
            "Content/people/eve.yaml:8:15: error: a capacity of 3 is more than the 2 that peer allows; lower ‘capacity’ to 2 or less",
        ])
    }

    func test_a_person_in_no_scheme_is_a_warning_at_the_person() throws {
        let portal = try TestPortal(["Content/people/p.yaml": "id: ann\nname: Ann\nconsent: [name]\n"])
        XCTAssertEqual(portal.check().lines, [
            "Content/people/p.yaml:1:5: warning: this person is in no scheme; add ‘schemes:’ with ‘- scheme: <name>’ and ‘side: <side id>’",
        ])
    }

    func test_a_person_file_without_an_id_says_so() throws {
        let portal = try TestPortal(["Content/people/nameless.yaml": "name: No Id\nschemes:\n  - scheme: test-scheme\n    side: mentor\nconsent: [name]\n"])
        XCTAssertEqual(portal.check().lines, ["Content/people/nameless.yaml:1:1: error: a person is missing the required key ‘id’; add ‘id: …’"])
    }

    func test_the_portal_can_let_search_engines_index_profiles() throws {
        let portal = try portal(Self.pair, extra: ["Content/portal.yaml": TestPortal.minimalPortalFile + "\npeople:\n  index_profiles: true\n"])
        portal.build()
        XCTAssertTrue(try portal.read("sitemap.xml").contains("people/ada/"))
        XCTAssertFalse(try portal.read("people/ada/index.html").contains("noindex"))
    }

    func test_a_scheme_can_leave_its_directory_out_altogether() throws {
        let scheme = Self.scheme.replacingOccurrences(of: "model: peer", with: "model: peer\ndirectory: false")
        let portal = try portal(Self.pair, scheme: scheme)
        portal.build()
        let files = try portal.snapshot().keys
        XCTAssertFalse(files.contains { $0.hasPrefix("people/") || $0.contains("/people/") }, "\(files.sorted())")
        XCTAssertFalse(try portal.read("index.html").contains("Ada Researcher"))
    }

    func test_nothing_unconsented_or_sensitive_reaches_any_file() throws {
        let people = """
            people:
              - id: cara
                name: Cara Consenting
                side: researcher
                email: marker-unconsented-email@example.org
                job_title: MARKER-UNCONSENTED-job
                organisation: MARKER-UNCONSENTED-organisation
                profession: MARKER-UNCONSENTED-profession
                expertise_offered: [MARKER-UNCONSENTED-offered]
                expertise_sought: [MARKER-UNCONSENTED-sought]
                biography: MARKER-UNCONSENTED-biography
                expression_of_interest: MARKER-SENSITIVE-eoi
                sensitive:
                  protected_characteristics: [MARKER-SENSITIVE-characteristic]
                partners: [dan]
                consent: [name]
              - id: dan
                name: MARKER-UNCONSENTED-name
                side: policy
                grade: Grade 7
                job_title: MARKER-UNCONSENTED-dan-job
                partners: [cara]
                consent: []
            """
        let portal = try portal(people)
        let outcome = portal.build()
        XCTAssertEqual(outcome.errors, [])
        XCTAssertTrue(outcome.wrote)
        for (path, data) in try portal.snapshot() {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            XCTAssertFalse(text.contains("marker-"), "a marker reached \(path)")
        }
        XCTAssertTrue(try portal.read("people/cara/index.html").contains("Cara Consenting"))
    }

    func test_the_privacy_report_lists_what_each_person_publishes() throws {
        let portal = try portal(Self.pair)
        let loaded = ContentLoader(contentDirectory: portal.root.appendingPathComponent("Content"), displayRoot: "Content").load()
        let report = PrivacyReport(portal: try XCTUnwrap(loaded.portal)).lines
        XCTAssertTrue(report.contains("ada: name, job_title, organisation, biography, partners — on people/ada/, the people/ directory and the directories of peer with their filter pages, their partners' profiles, and the site's search (search/)"), "\(report)")
        XCTAssertTrue(report.contains("ben: name, grade, organisation, partners — on people/ben/, the people/ directory and the directories of peer with their filter pages, their partners' profiles, and the site's search (search/)"), "\(report)")
    }

    func test_a_pairing_is_shown_only_when_both_consent() throws {
        let portal = try portal(Self.pair.replacingOccurrences(of: "consent: [name, grade, organisation, partners]", with: "consent: [name, grade, organisation]"))
        portal.build()
        XCTAssertFalse(try portal.read("schemes/peer/people/index.html").contains("Pairs"))
        XCTAssertFalse(try portal.read("people/ada/index.html").contains("Paired with"))
    }

    // MARK: Rules

    private func lines(_ people: String, scheme: String = PeopleTests.scheme) throws -> [String] {
        try portal(people, scheme: scheme).check().lines
    }

    func test_consent_to_a_field_that_can_never_be_published_is_an_error() throws {
        let result = try lines(Self.pair.replacingOccurrences(of: "consent: [name, grade, organisation, partners]",
                                                               with: "consent: [name, grade, organisation, partners, expression_of_interest, emial]"))
        XCTAssertEqual(result, [
            "Content/schemes/peer/people.yaml:16:52: error: ‘expression_of_interest’ can never be published, so it cannot be consented to; remove it from ‘consent’",
            "Content/schemes/peer/people.yaml:16:76: error: ‘emial’ is not a field that can be published; did you mean ‘email’?",
        ])
    }

    func test_leaving_out_consent_is_an_error() throws {
        let result = try lines(Self.pair.replacingOccurrences(of: "    consent: [name, grade, organisation, partners]", with: ""))
        XCTAssertEqual(result, ["Content/schemes/peer/people.yaml:10:5: error: a person is missing the required key ‘consent’; add ‘consent: …’"])
    }

    func test_a_policy_professional_below_grade_7_is_not_eligible() throws {
        XCTAssertEqual(try lines(Self.pair.replacingOccurrences(of: "grade: Grade 7", with: "grade: SEO")), [
            "Content/schemes/peer/people.yaml:13:12: error: SEO is below the lowest eligible grade for this side (Grade 7); check the grade, or the person's side",
        ])
    }

    func test_a_biography_over_the_word_limit_is_an_error_at_the_biography() throws {
        let long = Array(repeating: "word", count: 21).joined(separator: " ")
        XCTAssertEqual(try lines(Self.pair.replacingOccurrences(of: "I study rivers.", with: long)), [
            "Content/schemes/peer/people.yaml:7:16: error: the biography has 21 words, more than the 20 that peer allows; shorten it by 1 word",
        ])
    }

    func test_unknown_ids_duplicates_and_self_pairing_are_errors() throws {
        let people = Self.pair.replacingOccurrences(of: "partners: [ben]", with: "partners: [ben]\n    preferences: [bne, ada]")
            + "\n  - id: ben\n    name: Ben Again\n    side: policy\n    consent: [name]\n"
        XCTAssertEqual(try lines(people), [
            "Content/schemes/peer/people.yaml:9:19: error: the preference ‘bne’ is not a person in the participant data; did you mean ‘ben’?",
            "Content/schemes/peer/people.yaml:9:24: error: ada names themselves as a preference; remove their own id",
            "Content/schemes/peer/people.yaml:18:9: error: a second person with the id ‘ben’; give each person their own id; one person in several schemes is one record with several memberships",
        ])
    }

    func test_a_preference_on_the_same_side_is_an_error() throws {
        let people = Self.pair + "\n  - id: cy\n    name: Cy\n    side: researcher\n    preferences: [ada]\n    consent: [name]\n"
        XCTAssertEqual(try lines(people), [
            "Content/schemes/peer/people.yaml:20:19: error: the preference ‘ada’ is on the same side (researcher); preferences must be on the other side; name someone from the other side of peer",
        ])
    }

    func test_more_preferences_than_the_scheme_allows_is_an_error_at_the_first_extra_one() throws {
        let people = """
            people:
              - id: r1
                name: R1
                side: researcher
                preferences: [p1, p2, p3, p4]
                consent: [name]
              - {id: p1, name: P1, side: policy, consent: [name]}
              - {id: p2, name: P2, side: policy, consent: [name]}
              - {id: p3, name: P3, side: policy, consent: [name]}
              - {id: p4, name: P4, side: policy, consent: [name]}
            """
        XCTAssertEqual(try lines(people), [
            "Content/schemes/peer/people.yaml:5:31: error: 4 preferences are given, but peer allows at most 3; keep the first 3 in order of preference",
        ])
    }

    func test_grade_gaps_between_partners_are_checked_on_the_ladder() throws {
        let scheme = Self.scheme.replacingOccurrences(of: "            policy: {lowest: Grade 7}\n", with: "            policy: {lowest: AA}\n")
        let tooClose = Self.pair.replacingOccurrences(of: "    job_title: Research Fellow", with: "    grade: SEO")
        XCTAssertEqual(try lines(tooClose, scheme: scheme), [
            "Content/schemes/peer/people.yaml:8:16: error: ada (SEO) and ben (Grade 7) are 1 grade apart; peer needs at least 2; pair them with someone at least 2 grades apart",
        ])
        let farApart = Self.pair.replacingOccurrences(of: "    job_title: Research Fellow", with: "    grade: AA")
        XCTAssertEqual(try lines(farApart, scheme: scheme), [
            "Content/schemes/peer/people.yaml:8:16: warning: ada (AA) and ben (Grade 7) are 5 grades apart; peer prefers at most 3; consider a partner nearer in grade",
        ])
    }

    func test_partners_from_the_same_department_are_a_warning_when_the_scheme_prefers_otherwise() throws {
        let same = Self.pair.replacingOccurrences(of: "organisation: University", with: "organisation: Department for Education")
        XCTAssertEqual(try lines(same), [
            "Content/schemes/peer/people.yaml:8:16: warning: ada and ben are both in Department for Education; peer prefers partners from different departments; pair them across departments where possible",
        ])
    }

    func test_a_pair_that_contradicts_a_declared_conflict_is_an_error() throws {
        let conflicted = Self.pair.replacingOccurrences(of: "partners: [ben]", with: "partners: [ben]\n    conflicts: [ben]")
        XCTAssertEqual(try lines(conflicted), [
            "Content/schemes/peer/people.yaml:8:16: error: ada is paired with ben, but ada declared a conflict of interest between them; choose another partner, or check the conflict",
        ])
    }

    func test_a_value_outside_the_vocabulary_is_an_error_with_a_suggestion() throws {
        let portalFile = TestPortal.minimalPortalFile + "\nvocabularies:\n  organisations:\n    - University\n    - name: Department for Education\n      synonyms: [DfE]\n"
        let people = Self.pair.replacingOccurrences(of: "organisation: University", with: "organisation: Univeristy")
            .replacingOccurrences(of: "organisation: Department for Education", with: "organisation: DfE")
        let result = try portal(people, extra: ["Content/portal.yaml": portalFile]).check().lines
        XCTAssertEqual(result, [
            "Content/schemes/peer/people.yaml:6:19: error: ‘Univeristy’ is not in the portal's list of organisations; did you mean ‘University’?",
        ])
    }

    func test_a_value_outside_the_vocabulary_gets_the_value_it_means_not_one_merely_spelt_alike() throws {
        let portalFile = TestPortal.minimalPortalFile + "\nvocabularies:\n  organisations:\n    - University\n    - name: Department for Education\n      synonyms: [DfE]\n    - Spring Institute\n"
        let people = Self.pair.replacingOccurrences(of: "organisation: University", with: "organisation: Universities")
            .replacingOccurrences(of: "organisation: Department for Education", with: "organisation: During")
        let result = try portal(people, extra: ["Content/portal.yaml": portalFile]).check().lines
        XCTAssertEqual(result, [
            "Content/schemes/peer/people.yaml:6:19: error: ‘Universities’ is not in the portal's list of organisations; did you mean ‘University’?",
            "Content/schemes/peer/people.yaml:14:19: error: ‘During’ is not in the portal's list of organisations; use one of ‘University’, ‘Department for Education’, ‘Spring Institute’ from ‘vocabularies’ in portal.yaml, or add it there",
        ])
    }

    func test_one_person_file_can_hold_memberships_of_several_schemes() throws {
        let second = Self.scheme.replacingOccurrences(of: "title: Peer scheme", with: "title: Second scheme")
        let person = """
            id: eve
            name: Eve Both
            grade: Grade 7
            schemes:
              - scheme: peer
                side: policy
              - scheme: second
                side: researcher
            consent: [name, grade]
            """
        let portal = try TestPortal(["Content/schemes/peer/scheme.md": Self.scheme, "Content/schemes/second/scheme.md": second,
                                     "Content/people/eve.yaml": person]).removingDefaultScheme()
        XCTAssertEqual(portal.build().lines, [])
        let profile = try portal.read("people/eve/index.html")
        // The scheme titles are in every page's navigation, so look at the memberships themselves.
        XCTAssertTrue(profile.contains("data-scheme=\"peer\" data-scheme-title=\"Peer scheme\"") && profile.contains("data-side=\"policy\""), profile)
        XCTAssertTrue(profile.contains("data-scheme=\"second\" data-scheme-title=\"Second scheme\"") && profile.contains("data-side=\"researcher\""), profile)
    }
}

/// The privacy fixture plants a marker in every unconsented and every sensitive field.
final class PrivacyMarkerTests: XCTestCase {
    func test_no_marker_from_an_unconsented_or_sensitive_field_reaches_the_output() throws {
        let portal = try TestPortal(fixture: "people-privacy")
        let planted = try String(contentsOf: portal.root.appendingPathComponent("Content"), encoding: .utf8, recursive: true)
        XCTAssertGreaterThan(planted.components(separatedBy: "MARKER-").count - 1, 10, "the fixture must plant markers")
        let outcome = portal.build()
        XCTAssertTrue(outcome.wrote, "\(outcome.lines)")
        let files = try portal.snapshot()
        XCTAssertGreaterThan(files.count, 5)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self).uppercased()
            XCTAssertFalse(text.contains("MARKER-"), "a marker reached \(path)")
            // The search's files hold words, not whole values: a marker's own words must not reach them either.
            for word in ["UNCONSENTED", "NODIRECTORY", "SENSITIVE"] {
                XCTAssertFalse(text.contains(word), "a marker's word \(word) reached \(path)")
            }
        }
    }
}

extension String {
    /// Every text file under a folder, concatenated (for checking what a fixture plants).
    init(contentsOf folder: URL, encoding: String.Encoding, recursive: Bool) throws {
        var text = ""
        if let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where !url.hasDirectoryPath {
                text += (try? String(contentsOf: url, encoding: encoding)) ?? ""
            }
        }
        self = text
    }
}

/// The report a data-protection officer reads must describe the pages the build actually writes.
final class PrivacyReportMatchesPagesTests: XCTestCase {
    func test_every_person_the_report_calls_published_has_a_profile_and_no_one_else_does() throws {
        let portal = try TestPortal(fixture: "people-privacy")
        let outcome = portal.build()
        XCTAssertTrue(outcome.wrote, "\(outcome.lines)")
        let loaded = ContentLoader(contentDirectory: portal.root.appendingPathComponent("Content"), displayRoot: "Content").load()
        let content = try XCTUnwrap(loaded.portal)
        let report = PrivacyReport(portal: content).lines
        let files = Set(try portal.snapshot().keys)
        for person in content.people {
            guard let line = report.first(where: { $0.hasPrefix("\(person.id):") }) else {
                return XCTFail("\(person.id) is missing from the report")
            }
            let hasProfile = files.contains("people/\(person.id)/index.html")
            XCTAssertEqual(!line.contains("nothing is published"), hasProfile, line)
            guard hasProfile else { continue }
            let page = try portal.read("people/\(person.id)/index.html")
            let published = Publication(portal: content).person(id: person.id)
            // The search's files hold what the profile shows (PrivacyMarkerTests: nothing it leaves out), and the report says so.
            let search = try files.filter { $0.hasPrefix("search/") }.map { try portal.read($0) }.joined()
            for field in ["job_title", "email", "organisation"] where !line.contains(field) {
                let value: String? = field == "job_title" ? person.jobTitle : field == "email" ? person.email : person.organisation?.value
                if let value { XCTAssertFalse(page.contains(HTMLText.escape(value)), "\(person.id)'s \(field) is on the page but not in the report") }
            }
            if let title = published?.jobTitle { XCTAssertTrue(line.contains("job_title") && page.contains(HTMLText.escape(title))) }
            if let name = published?.name {
                XCTAssertTrue(search.contains(name), "\(person.id)'s profile is not in the search")
            }
            XCTAssertTrue(line.hasSuffix("and the site's search (search/)"), line)
        }
    }
}
