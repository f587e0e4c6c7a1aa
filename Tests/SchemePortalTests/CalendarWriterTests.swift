import XCTest
@testable import SchemePortal

/// RFC 5545's rules for writing: CRLF, folding at 75 octets, TEXT escaping, DATE and DATE-TIME values.
final class CalendarWriterTests: XCTestCase {
    /// The physical lines of a folded line, as bytes, split at CRLF.
    private func physicalLines(_ folded: String) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        let bytes = Array(folded.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 {
                lines.append([])
                i += 2
            } else {
                lines[lines.count - 1].append(bytes[i])
                i += 1
            }
        }
        return lines
    }

    /// RFC 5545 unfolding: remove every CRLF followed by one space.
    private func unfold(_ folded: String) -> String {
        String(decoding: Array(folded.utf8).unfolded(), as: UTF8.self)
    }

    private func assertFoldedCorrectly(_ line: String, file: StaticString = #filePath, line number: UInt = #line) {
        let folded = ICalendarWriter.fold(line)
        let lines = physicalLines(folded)
        for (index, physical) in lines.enumerated() {
            XCTAssertLessThanOrEqual(physical.count, 75, "line \(index) is \(physical.count) octets", file: file, line: number)
            if index > 0 { XCTAssertEqual(physical.first, 32, "a continuation starts with a space", file: file, line: number) }
            // Each physical line is valid UTF-8 on its own: no sequence was split.
            XCTAssertNotNil(String(validating: physical, as: UTF8.self), "line \(index) splits a UTF-8 sequence",
                            file: file, line: number)
        }
        XCTAssertEqual(unfold(folded), line, file: file, line: number)
    }

    func test_a_line_of_75_octets_is_not_folded_and_one_of_76_is() {
        let exact = "SUMMARY:" + String(repeating: "a", count: 67)
        XCTAssertEqual(exact.utf8.count, 75)
        XCTAssertEqual(ICalendarWriter.fold(exact), exact)
        let longer = exact + "b"
        XCTAssertEqual(ICalendarWriter.fold(longer), exact + "\r\n b")
    }

    func test_a_long_ASCII_line_folds_into_lines_of_at_most_75_octets_that_unfold_to_the_original() {
        let line = "DESCRIPTION:" + String(repeating: "0123456789", count: 30)
        assertFoldedCorrectly(line)
        let lines = physicalLines(ICalendarWriter.fold(line))
        XCTAssertEqual(lines[0].count, 75)
        XCTAssertEqual(lines[1].count, 75, "a continuation holds its space and 74 more octets")
    }

    func test_folding_never_splits_a_two_three_or_four_byte_character() {
        for filler in ["é", "–", "€", "🗓", "a\u{301}", "👩🏽‍🔬"] {
            for prefix in 0..<4 {
                let line = "SUMMARY:" + String(repeating: "x", count: prefix) + String(repeating: filler, count: 60)
                assertFoldedCorrectly(line)
            }
        }
    }

    func test_a_character_longer_than_a_line_is_broken_between_its_scalars_never_inside_one() {
        let zalgo = "e" + String(repeating: "\u{301}", count: 60)  // one character of 121 octets
        let line = "SUMMARY:" + zalgo
        assertFoldedCorrectly(line)
    }

    func test_text_escapes_backslash_semicolon_comma_and_every_kind_of_line_break() {
        XCTAssertEqual(ICalendarWriter.escape(#"C:\forms; one, two"#), #"C:\\forms\; one\, two"#)
        XCTAssertEqual(ICalendarWriter.escape("a\nb\r\nc\rd"), #"a\nb\nc\nd"#)
        XCTAssertEqual(ICalendarWriter.escape("tab\there\u{7}bell"), "tab herebell")
        XCTAssertEqual(ICalendarWriter.escape("colon: stays"), "colon: stays")
    }

    func test_every_line_of_the_output_ends_in_CRLF_and_there_is_no_bare_line_feed() {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.text("X-WR-CALNAME", "Two\nlines and " + String(repeating: "long ", count: 40))
        writer.end("VCALENDAR")
        let bytes = Array(writer.output.utf8)
        XCTAssertEqual(Array(bytes.suffix(2)), [13, 10])
        for (i, byte) in bytes.enumerated() where byte == 10 {
            XCTAssertEqual(bytes[i - 1], 13, "a line feed at \(i) without a carriage return")
        }
        for (i, byte) in bytes.enumerated() where byte == 13 {
            XCTAssertEqual(bytes[i + 1], 10, "a carriage return at \(i) without a line feed")
        }
    }

    func test_parameters_with_separators_are_quoted() {
        var writer = ICalendarWriter()
        writer.property("DTSTART", [("TZID", "Europe/London")], raw: "20240101T120000")
        writer.property("X-TEST", [("X-NAME", "a;b")], raw: "1")
        XCTAssertEqual(writer.lines, ["DTSTART;TZID=Europe/London:20240101T120000", "X-TEST;X-NAME=\"a;b\":1"])
    }

    func test_dates_and_date_times_are_written_in_their_basic_forms() {
        let day = CalendarDay(year: 2023, month: 3, day: 2)
        XCTAssertEqual(ICalendarWriter.date(day), "20230302")
        XCTAssertEqual(ICalendarWriter.dateTime(day, TimeOfDay(hour: 9, minute: 5), utc: false), "20230302T090500")
        XCTAssertEqual(ICalendarWriter.dateTime(day, TimeOfDay(hour: 17, minute: 0), utc: true), "20230302T170000Z")
    }
}

extension Array where Element == UInt8 {
    /// RFC 5545 §3.1: a CRLF followed by a single space or tab is removed.
    func unfolded() -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < count {
            if self[i] == 13, i + 2 < count, self[i + 1] == 10, self[i + 2] == 32 || self[i + 2] == 9 {
                i += 3
                continue
            }
            out.append(self[i])
            i += 1
        }
        return out
    }
}
