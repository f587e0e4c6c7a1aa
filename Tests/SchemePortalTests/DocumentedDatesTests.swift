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
        let all = try writingDatesSection().split(separator: "\n").filter { $0.hasPrefix("| `") }
        XCTAssertEqual(all.count, 15)
        // Dates without a year are read with their intake or cohort: the test below.
        let rows = all.filter { !$0.contains("| without a year") }
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
                    case .range(let a, let b):
                        // Two times that end at midnight end at 00:00 on the next day.
                        let oneDay = a.day == b.day || (b.time == TimeOfDay(hour: 0, minute: 0) && b.day == CalendarMath.adding(days: 1, to: a.day))
                        kind = a.time != nil && b.time != nil && oneDay ? "two times" : "a range"
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

    /// The rows of dates without a year give each example's year in brackets: `Tuesday 6 October` (2026).
    /// The intake row's are read for an intake starting 11 January 2027, the cohort row's for `cohort: 2026-27`.
    func test_every_year_less_date_in_the_documented_table_falls_in_the_year_it_says() throws {
        let rows = try writingDatesSection().split(separator: "\n").filter { $0.hasPrefix("| `") && $0.contains("| without a year") }
        XCTAssertEqual(rows.count, 2)
        var count = 0
        for row in rows {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false)
            let meaning = String(cells[2])
            let source: YearSource = meaning.contains("intake starting 11 January 2027")
                ? .intake(name: "January 2027", starts: CalendarDay(year: 2027, month: 1, day: 11))
                : try XCTUnwrap(YearSource.cohort("2026-27"))
            XCTAssertTrue(meaning.contains("intake starting 11 January 2027") || meaning.contains("`cohort: 2026-27`"), meaning)
            let parts = cells[1].split(separator: "`", omittingEmptySubsequences: false).map(String.init)
            for i in stride(from: 1, to: parts.count - 1, by: 2) {
                let example = parts[i]
                let year = parts[i + 1].drop { !$0.isNumber }.prefix(4)
                count += 1
                switch DateGrammar(yearSource: source).parse(example) {
                case .failure(let error):
                    XCTFail("“\(example)” is documented but not read: \(error.message)")
                case .success(let expression):
                    XCTAssertEqual(String(expression.earliestDay.year), String(year), "“\(example)”")
                    // Without the intake or cohort, it is still an error.
                    if case .success = DateGrammar().parse(example) { XCTFail("“\(example)” is read without a year") }
                    for point in expression.points where point.writtenWeekday != nil {
                        XCTAssertEqual(CalendarMath.weekday(of: point.day), point.writtenWeekday, "“\(example)”")
                    }
                }
            }
        }
        XCTAssertEqual(count, 10)
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
