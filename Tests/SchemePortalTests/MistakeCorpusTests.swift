import XCTest
@testable import SchemePortal

/// Realistic mistakes by programme staff (issue 13), one per folder of `Tests/Fixtures/mistakes/`, each with
/// exactly what `portal check` prints for it (`expected.txt`). Set UPDATE_GOLDENS=1 to rewrite them after a
/// deliberate change of wording, and review the diff. See `Support/MistakeCorpus.swift` for the layout.
final class MistakeCorpusTests: XCTestCase {
    /// Cases whose messages may quote no line, because they are about a whole file or folder that has no
    /// line to quote. A case listed here must still have such a message.
    static let messagesWithoutLines: [String: String] = [
        "055-empty-portal-yaml": "the file is empty: it has no line",
        "056-missing-portal-yaml": "the file does not exist",
        "081-scheme-folder-without-scheme-md": "about a folder",
        "082-scheme-md-deleted": "about a folder",
        "083-people-file-saved-as-txt": "about a file that is not read, by its name",
        "084-notes-txt-in-people": "about a file that is not read, by its name",
        "085-stray-file-in-schemes": "about a file that is not read, by its name",
        "086-stray-page-in-scheme-folder": "about a file that is not read, by its name",
        "087-page-not-markdown": "about a file that is not read, by its name",
        "088-file-name-with-spaces": "about a file's name",
        "089-reserved-page-name": "about a file's name",
        "090-page-takes-people-address": "about a file's name",
        "159-logo-in-layouts": "about a file that is not read, by its name",
        "163-no-base-url": "about a key the file does not have",
        "186-pdf-next-to-handbook-page": "about a file that is not read, by its name",
    ].merging(knownMessagesWithoutLines) { reason, _ in reason }

    /// Messages that point into a file but quote no line: each should quote one, and is listed in issue 13's
    /// findings. Remove a case from here when its message gains its line.
    static let knownMessagesWithoutLines: [String: String] = [:]

    /// Mistakes `portal check` does not report today (their expected.txt is empty): each is a finding of
    /// issue 13. Remove a case from here when it is reported.
    static let unreported: Set<String> = []

    func test_the_base_portal_checks_clean() throws {
        let outcome = try MistakeCorpus.check(nil)
        XCTAssertEqual(outcome.lines, [], "the base must have no errors and no warnings (as with --strict)")
        XCTAssertGreaterThan(outcome.pageCount, 10)
    }

    func test_every_case_prints_exactly_its_expected_messages() throws {
        let cases = MistakeCorpus.checkedCases
        XCTAssertEqual(cases.map(\.name), try MistakeCorpus.caseNames())
        XCTAssertGreaterThanOrEqual(cases.count, 60, "the corpus must hold at least 60 mistakes")
        let update = ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1"
        for (name, diagnostics) in cases {
            let caseFolder = MistakeCorpus.folder.appendingPathComponent(name)
            XCTAssertTrue(FileManager.default.fileExists(atPath: caseFolder.appendingPathComponent("README.md").path),
                          "\(name) has no README.md saying what the mistake is")
            guard let diagnostics else {
                XCTFail("\(name): the base with this case's files could not be set up")
                continue
            }
            XCTAssertEqual(diagnostics.isEmpty, Self.unreported.contains(name),
                           "\(name): reported or not, unlike what MistakeCorpusTests.unreported says")
            let actual = MistakeCorpus.printed(diagnostics)
            let expectedURL = caseFolder.appendingPathComponent("expected.txt")
            if update {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                XCTFail("\(name)/expected.txt was rewritten: review the diff, then run again without UPDATE_GOLDENS")
                continue
            }
            guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
                XCTFail("\(name) has no expected.txt; record it with UPDATE_GOLDENS=1")
                continue
            }
            XCTAssertEqual(actual, expected, "case \(name)")
        }
        for name in Self.unreported where !cases.contains(where: { $0.name == name }) {
            XCTFail("\(name) is listed in unreported but is not a case")
        }
    }

    /// Every message that points into a file quotes its line (docs/messages.md), whatever rule found it.
    func test_every_message_quotes_its_source_line() throws {
        let cases = MistakeCorpus.checkedCases
        for (name, diagnostics) in cases {
            let unquoted = (diagnostics ?? []).filter { $0.sourceLine == nil }
            if Self.messagesWithoutLines[name] == nil {
                for diagnostic in unquoted {
                    XCTFail("\(name): this message quotes no line: \(diagnostic.description)")
                }
            } else {
                XCTAssertFalse(unquoted.isEmpty, "\(name) is listed as having a message without a line, but has none")
            }
        }
        for name in Self.messagesWithoutLines.keys where !cases.contains(where: { $0.name == name }) {
            XCTFail("\(name) is listed in messagesWithoutLines but is not a case")
        }
    }

    /// Codes no edit of the content can bring about: a broken installation, files that are not files, or
    /// more than the limits allow. Each is tested where its rule is (named here).
    static let codesBeyondContent: [DiagnosticCode: String] = [
        .fileUnreadable: "CommandLineTests (a named pipe, /dev/zero)", .fileTooLarge: "FieldLimitRulesTests",
        .shortcut: "InputFolderTests", .markdownLimit: "HostileInputTests",
        .tooManyProblems: "MarkdownTests", .theme: "TemplatesTests", .templateSyntax: "TemplatesTests",
        .templateMissing: "TemplatesTests", .templateLoop: "TemplateLoopTests", .templateStopped: "TemplatesTests",
        .tooManyFolders: "TemplatesTests", .buildFailed: "DevServerTests",
    ]

    /// The corpus covers every rule a coordinator can set off by editing content.
    func test_every_rule_staff_can_trip_over_is_in_the_corpus() {
        let reached = Set(MistakeCorpus.checkedCases.flatMap { ($0.diagnostics ?? []).map(\.code) })
        for code in DiagnosticCode.allCases where Self.codesBeyondContent[code] == nil {
            XCTAssertTrue(reached.contains(code), "no case of the corpus gives [\(code.rawValue)]")
        }
        for code in Self.codesBeyondContent.keys {
            XCTAssertFalse(reached.contains(code), "[\(code.rawValue)] is in the corpus: take it off codesBeyondContent")
        }
    }
}
