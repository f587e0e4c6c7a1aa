import XCTest
@testable import SchemePortal

/// docs/content-format.md promises the date forms in its "Writing dates" table: each must be read,
/// as the kind of date its row says; and the forms it says are not understood must be errors.
final class DocumentedDatesTests: XCTestCase {
    private func writingDatesSection() throws -> String {
        let docs = try String(contentsOf: TestPortal.repository.appendingPathComponent("docs/content-format.md"), encoding: .utf8)
        let start = try XCTUnwrap(docs.range(of: "## Writing dates\n"))
        let end = try XCTUnwrap(docs.range(of: "### Calendar files", range: start.upperBound..<docs.endIndex))
        return String(docs[start.upperBound..<end.lowerBound])
    }

    /// The text between backticks in a piece of Markdown.
    private func quoted(_ text: Substring) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    func test_every_date_in_the_documented_table_is_read_as_its_row_says() throws {
        let rows = try writingDatesSection().split(separator: "\n").filter { $0.hasPrefix("| `") }
        XCTAssertEqual(rows.count, 13)
        var count = 0
        for row in rows {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false)
            let examples = quoted(cells[1])
            let meaning = String(cells[2])
            for example in examples {
                count += 1
                switch DateGrammar().parse(example) {
                case .failure(let error):
                    XCTFail("“\(example)” is documented but not read: \(error.message)")
                case .success(let expression):
                    let kind: String
                    switch expression {
                    case .point(let p): kind = p.time == nil ? "a day" : "a time on a day"
                    case .range(let a, let b): kind = a.time != nil && b.time != nil && a.day == b.day ? "two times" : "a range"
                    case .weekCommencing: kind = "the week commencing"
                    case .months: kind = "whole months"
                    case .vague: kind = "vague"
                    case .ongoing: kind = "open-ended"
                    case .usually: kind = "usually"
                    case .academicYear: kind = "an academic year"
                    case .relative: kind = "counted from another key date"
                    }
                    XCTAssertTrue(meaning.trimmingCharacters(in: .whitespaces).hasPrefix(kind), "“\(example)” is read as \(kind), documented as \(meaning)")
                }
            }
        }
        XCTAssertGreaterThan(count, 40)
    }

    func test_every_date_the_documentation_says_is_not_understood_is_an_error() throws {
        let section = try writingDatesSection()
        let start = try XCTUnwrap(section.range(of: "Not understood"))
        let end = try XCTUnwrap(section.range(of: "A few examples"))
        let examples = quoted(section[start.upperBound..<end.lowerBound])
            .filter { $0.first?.isNumber == true || $0.first?.isUppercase == true }
            .filter { !["19 December 2022", "2022-12-19", "December"].contains($0) }
        XCTAssertEqual(examples, ["19/12/2022", "19 December 22", "2 March", "31 February 2023", "25:00, 2 March 2023", "Decmber 2023",
                                  "25 August 0000", "Summer 2302"])
        for example in examples {
            if case .success = DateGrammar().parse(example) { XCTFail("“\(example)” is read, but documented as an error") }
        }
    }
}
