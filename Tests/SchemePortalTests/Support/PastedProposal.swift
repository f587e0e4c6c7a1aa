import Foundation
import XCTest
@testable import SchemePortal

/// Does what `portal match --yaml` asks of a coordinator: each block's `partners` line put into the record
/// whose `side` is at the place named, indented like it, in place of a `partners` line the record has there.
enum PastedProposal {
    static func paste(_ snippet: String, into portal: TestPortal, file: StaticString = #filePath, line: UInt = #line) throws {
        var edits: [String: [(line: Int, partners: String)]] = [:]
        var place: (String, Int)?
        for text in snippet.components(separatedBy: "\n") {
            if text.hasPrefix("# "), let range = text.range(of: "the record whose ‘side’ is at ") {
                let at = text[range.upperBound...]
                let colon = try XCTUnwrap(at.lastIndex(of: ":"), file: file, line: line)
                place = (String(at[..<colon]), try XCTUnwrap(Int(at[at.index(after: colon)...]), file: file, line: line))
            } else if text.hasPrefix("partners: ") {
                let (path, number) = try XCTUnwrap(place, "a partners line with no place before it", file: file, line: line)
                edits[path, default: []].append((number, text))
                place = nil
            }
        }
        for (path, changes) in edits {
            let url = portal.root.appendingPathComponent(path)
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            // From the bottom up, so an inserted line does not move the places still to come.
            for change in changes.sorted(by: { $0.line > $1.line }) {
                let sideIndex = change.line - 1
                // `side` may be the first key of a list item (`- side: mentee`): the record's keys start after the dash.
                let leading = lines[sideIndex].prefix { $0 == " " }
                let indent = lines[sideIndex].dropFirst(leading.count).hasPrefix("- ") ? leading + "  " : String(leading)
                let wanted = indent + change.partners
                var index = sideIndex + 1
                var replaced = false
                // The record's own lines: as indented as `side`, up to the next item or anything less indented.
                while index < lines.count {
                    let text = lines[index]
                    let ownIndent = text.prefix { $0 == " " }.count
                    if text.trimmingCharacters(in: .whitespaces).isEmpty { index += 1; continue }
                    if ownIndent < indent.count { break }
                    if ownIndent == indent.count, text.dropFirst(ownIndent).hasPrefix("partners:") {
                        lines[index] = wanted
                        replaced = true
                        break
                    }
                    index += 1
                }
                if !replaced { lines.insert(wanted, at: sideIndex + 1) }
            }
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
