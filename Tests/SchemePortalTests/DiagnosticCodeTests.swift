import Foundation
import XCTest
@testable import SchemePortal

/// Every rule has a stable code, defined in one place, with an explanation `portal explain` can print.
final class DiagnosticCodeTests: XCTestCase {
    /// Where each code is used: the Swift files under Sources/ that name it as a code (`.dateWeekday,`
    /// or `.dateWeekday)`), not counting the enum itself and the explanations.
    static func users() throws -> [DiagnosticCode: [String]] {
        let root = TestPortal.repository.appendingPathComponent("Sources")
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path)
            .filter { $0.hasSuffix(".swift") && !$0.contains("Diagnostics/DiagnosticCode.swift") && !$0.contains("Diagnostics/Explanations/") }
        var found: [DiagnosticCode: [String]] = [:]
        for path in paths.sorted() {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            for code in DiagnosticCode.allCases {
                let name = String(describing: code)
                if text.range(of: #"\.\#(name)\b(?!\()"#, options: .regularExpression) != nil { found[code, default: []].append(path) }
            }
        }
        return found
    }

    func test_each_code_is_given_in_exactly_one_source_file_so_each_rule_is_worded_in_one_place() throws {
        let users = try Self.users()
        for code in DiagnosticCode.allCases {
            XCTAssertEqual(users[code]?.count, 1, "\(code.rawValue) is given in \(users[code] ?? [])")
        }
    }

    func test_codes_are_lowercase_words_joined_by_hyphens_and_distinct() {
        let names = DiagnosticCode.allCases.map(\.rawValue)
        XCTAssertEqual(Set(names).count, names.count)
        for name in names {
            XCTAssertNotNil(name.range(of: "^[a-z]+(-[a-z]+)*$", options: .regularExpression), name)
        }
    }

    func test_every_code_has_one_explanation_with_an_example_put_right() {
        let explained = Explanation.all.map(\.code)
        XCTAssertEqual(explained.sorted(), DiagnosticCode.allCases.sorted(), "one explanation per code, no more")
        for explanation in Explanation.all {
            let name = explanation.code.rawValue
            XCTAssertFalse(explanation.title.isEmpty, name)
            XCTAssertFalse(explanation.title.hasSuffix("."), name)
            XCTAssertLessThan(explanation.title.count, 70, name)
            XCTAssertGreaterThan(explanation.text.count, 60, name)
            XCTAssertFalse(explanation.wrong.lines == explanation.right.lines && explanation.wrong.file == explanation.right.file, name)
            XCTAssertFalse(explanation.reported.isEmpty, name)
        }
    }

    func test_explain_prints_the_rule_and_its_example_and_lists_every_code_without_one() throws {
        let portal = try TestPortal()
        let one = try PortalProgram.run(["explain", "[date-weekday]"], in: portal.root)
        XCTAssertEqual(one.status, 0, one.err)
        XCTAssertTrue(one.out.hasPrefix("date-weekday: "), one.out)
        XCTAssertTrue(one.out.contains("For example, in "), one.out)
        XCTAssertTrue(one.out.contains("Written as it should be:"), one.out)
        let all = try PortalProgram.run(["explain"], in: portal.root)
        XCTAssertEqual(all.status, 0)
        XCTAssertEqual(all.out.split(separator: "\n").count, DiagnosticCode.allCases.count)
        let unknown = try PortalProgram.run(["explain", "date-weekdya"], in: portal.root)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("did you mean ‘date-weekday’?"), unknown.err)
    }

    func test_printed_messages_end_with_their_code_and_checks_say_once_where_codes_lead() throws {
        let portal = try TestPortal(["Content/people/ada.yaml": "id: ada-lovelace\nname: Ada Lovelace\nconsnet: [name]\n"])
        let result = try PortalProgram.run(["check"], in: portal.root)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("unknown key ‘consnet’ in a person; did you mean ‘consent’? [unknown-key]\n    consnet: [name]\n    ^^^^^^^\n    note: ‘consent’ is required, so it is also missing until this is spelt ‘consent’\n"), result.err)
        XCTAssertEqual(result.err.components(separatedBy: "portal explain ").count, 2, result.err)
    }
}
