import XCTest
@testable import SchemePortal

/// The privacy gate, checked field by field against the built files: every field a person may consent to
/// is written for people who consent to it and for people who do not, each value a marker of its own.
final class PublicationTests: XCTestCase {
    /// One person of the generated portal: `consent` lists what they agreed to publish.
    struct Person {
        let number: Int
        let consent: Set<Participant.Field>
        var inOpenScheme = true

        var id: String { marker("id") }
        func marker(_ what: String) -> String { String(format: "zz%02d\(what)qq", number) }

        /// The YAML value of `field` and the marker a reader would find if it were published. The switch has
        /// no `default`, so a new field cannot be added without planting a marker for it here.
        func value(_ field: Participant.Field) -> (yaml: String, marker: String) {
            let mark = marker(field.rawValue.replacingOccurrences(of: "_", with: ""))
            switch field {
            case .name: return ("name: Person \(mark)", mark)
            case .email: return ("email: \(mark)@example.org", mark)
            case .jobTitle: return ("job_title: \(mark)", mark)
            case .grade: return ("grade: \(mark)", mark)
            case .organisation: return ("organisation: \(mark)", mark)
            case .profession: return ("profession: \(mark)", mark)
            case .expertiseOffered: return ("expertise_offered: [\(mark)]", mark)
            case .expertiseSought: return ("expertise_sought: [\(mark)]", mark)
            case .biography: return ("biography: A biography with \(mark) in it.", mark)
            // A pairing shows as a link to the partner's profile; the partner's id is the marker (see `partner`).
            case .partners: return ("", id)
            }
        }

        var sensitiveMarkers: [String] { [marker("interest"), marker("sensitive")] }

        func yaml(partner: Person?) -> String {
            var lines = ["id: \(id)"] + Participant.Field.allCases.map { value($0).yaml }.filter { !$0.isEmpty }
            lines.append("sensitive:\n  notes: \(sensitiveMarkers[1])")
            lines.append("consent: [\(Participant.Field.allCases.filter(consent.contains).map(\.rawValue).joined(separator: ", "))]")
            lines.append("schemes:\n  - scheme: \(inOpenScheme ? "open" : "closed")\n    side: \(number.isMultiple(of: 2) ? "mentor" : "mentee")")
            lines.append("    expression_of_interest: Reasons nobody may read, \(sensitiveMarkers[0]).")
            if let partner { lines.append("    partners: [\(partner.id)]") }
            return lines.joined(separator: "\n") + "\n"
        }

        /// What the format promises: a person is published with consent to `name` and a scheme whose directory is published.
        var isPublished: Bool { inOpenScheme && consent.contains(.name) }
    }

    /// Everyone: consenting to all fields, to none, to all but each one, and to each one (with `name`);
    /// people are paired in twos, and one person consents to everything in a scheme with no directory.
    static func people() -> [Person] {
        let all = Set(Participant.Field.allCases)
        let consents: [Set<Participant.Field>] = [all, []] + Participant.Field.allCases.map { all.subtracting([$0]) }
            + Participant.Field.allCases.map { [.name, $0] }
        var people = consents.enumerated().map { Person(number: $0.offset, consent: $0.element) }
        people.append(Person(number: people.count, consent: all, inOpenScheme: false))
        return people
    }

    /// Pairs are 0 and 1, 2 and 3, …: mentor and mentee, each listing the other.
    static func partner(of person: Person, in people: [Person]) -> Person? {
        let other = person.number.isMultiple(of: 2) ? person.number + 1 : person.number - 1
        return people.first { $0.number == other && $0.inOpenScheme == person.inOpenScheme }
    }

    static let openScheme = TestPortal.minimalScheme.replacingOccurrences(of: "title: Test scheme", with: "title: Open scheme")
    static let closedScheme = TestPortal.minimalScheme.replacingOccurrences(of: "title: Test scheme", with: "title: Closed scheme")
        .replacingOccurrences(of: "model: peer", with: "model: peer\ndirectory: false")

    func test_every_field_reaches_the_output_if_and_only_if_its_person_consented() throws {
        let people = Self.people()
        var files = ["Content/schemes/open/scheme.md": Self.openScheme, "Content/schemes/closed/scheme.md": Self.closedScheme]
        for person in people { files["Content/people/\(person.id).yaml"] = person.yaml(partner: Self.partner(of: person, in: people)) }
        let portal = try TestPortal(files).removingDefaultScheme()
        let outcome = portal.build()
        guard outcome.wrote else { return XCTFail("the generated portal must build: \(outcome.lines)") }

        // Facet pages turn values into lower-case addresses, so paths count as output, and case is ignored.
        let snapshot = try portal.snapshot()
        let output = (snapshot.keys.sorted() + snapshot.values.map { String(decoding: $0, as: UTF8.self) })
            .joined(separator: "\n").lowercased()
        var published = 0, withheld = 0
        for person in people {
            for field in Participant.Field.allCases where field != .partners {
                let marker = person.value(field).marker
                let expected = person.isPublished && person.consent.contains(field)
                XCTAssertEqual(output.contains(marker), expected,
                               "\(person.id) (consent: \(person.consent.map(\.rawValue).sorted())): \(field.rawValue) \(expected ? "is missing" : "was published")")
                if expected { published += 1 } else { withheld += 1 }
            }
            XCTAssertEqual(output.contains(person.id), person.isPublished, "\(person.id) \(person.isPublished ? "has no page" : "was published")")
            for marker in person.sensitiveMarkers {
                XCTAssertFalse(output.contains(marker), "a sensitive value of \(person.id) was published")
            }
        }

        // A pairing is shown on a profile only when both people are published and both consent to `partners`.
        var shownPairs = 0, hiddenPairs = 0
        for person in people where person.isPublished {
            guard let partner = Self.partner(of: person, in: people) else { continue }
            let profile = try portal.read(SitePaths.person(person.id)).lowercased()
            let expected = partner.isPublished && person.consent.contains(.partners) && partner.consent.contains(.partners)
            XCTAssertEqual(profile.contains(partner.id), expected,
                           "\(person.id)'s profile \(expected ? "does not show" : "shows") their partner \(partner.id)")
            if expected { shownPairs += 1 } else { hiddenPairs += 1 }
        }
        // Not passing vacuously: both outcomes occur for the fields and for the pairings.
        XCTAssertGreaterThan(published, 20)
        XCTAssertGreaterThan(withheld, 20)
        XCTAssertGreaterThan(shownPairs, 2)
        XCTAssertGreaterThan(hiddenPairs, 2)
    }

    func test_the_privacy_report_names_exactly_the_fields_that_reach_the_pages() throws {
        let people = Self.people()
        var files = ["Content/schemes/open/scheme.md": Self.openScheme, "Content/schemes/closed/scheme.md": Self.closedScheme]
        for person in people { files["Content/people/\(person.id).yaml"] = person.yaml(partner: Self.partner(of: person, in: people)) }
        let portal = try TestPortal(files).removingDefaultScheme()
        let outcome = Build(configuration: portal.configuration()).run(until: .validate)
        XCTAssertEqual(outcome.errors.map(\.description), [])
        let report = PrivacyReport(portal: try XCTUnwrap(outcome.portal)).lines
        for person in people {
            let line = try XCTUnwrap(report.first { $0.hasPrefix("\(person.id):") }, "\(person.id) is missing from the report")
            guard person.isPublished else {
                XCTAssertTrue(line.contains("nothing is published"), line)
                continue
            }
            let partner = Self.partner(of: person, in: people)
            let pairShown = partner.map { $0.isPublished && $0.consent.contains(.partners) } == true
            let fields = Participant.Field.allCases.filter { person.consent.contains($0) && ($0 != .partners || pairShown) }
            XCTAssertTrue(line.hasPrefix("\(person.id): \(fields.map(\.rawValue).joined(separator: ", ")) — "), line)
        }
    }

    /// Consent to a field with nothing in it publishes nothing, and the report must not claim otherwise.
    func test_the_privacy_report_leaves_out_consented_fields_that_hold_nothing() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/people.yaml": """
            people:
              - id: only-a-name
                name: Only A Name
                side: mentor
                consent: [\(Participant.Field.allCases.map(\.rawValue).joined(separator: ", "))]
            """])
        let outcome = Build(configuration: portal.configuration()).run(until: .validate)
        XCTAssertEqual(outcome.errors.map(\.description), [])
        let line = try XCTUnwrap(PrivacyReport(portal: try XCTUnwrap(outcome.portal)).lines.first { $0.hasPrefix("only-a-name:") })
        XCTAssertTrue(line.hasPrefix("only-a-name: name — "), line)
    }

    /// Render gets `PublishedPortal`; a renderer that named the raw types could reach around the gate.
    func test_no_renderer_names_a_participant_or_the_unpublished_portal() throws {
        let folder = TestPortal.repository.appendingPathComponent("Sources/SchemePortal/Render")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 10)
        let raw = try NSRegularExpression(pattern: #"\b(Participant|Membership|PersonReference|Portal)\b"#)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let found = raw.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { text[$0] } }
            XCTAssertEqual(found, [], "Render/\(file.lastPathComponent) names a type the privacy gate keeps from renderers")
        }
    }
}
