import Foundation
import XCTest

/// The stages depend on one another one way only: Load → Validate → Render → Check → Write. A file that
/// names a type of a later stage, even in a comment, has pulled that stage's work (or its words) into the
/// wrong place, and the next engineer would look for it there.
final class ArchitectureTests: XCTestCase {
    static let library = TestPortal.repository.appendingPathComponent("Sources/SchemePortal")

    /// The Swift files of a stage's folder, by name, with their text.
    static func sources(_ stage: String) throws -> [(name: String, text: String)] {
        let folder = library.appendingPathComponent(stage)
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
        return try names.map { ("\(stage)/\($0)", try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The types a stage declares at the top level of its files (nested types such as `Result` are
    /// reached through these).
    static func declaredTypes(_ stage: String) throws -> Set<String> {
        let declaration = try NSRegularExpression(
            pattern: #"^(?:(?:public|internal|private|fileprivate|final)\s+)*(?:struct|enum|class|protocol|actor|typealias)\s+([A-Za-z_][A-Za-z0-9_]*)"#,
            options: .anchorsMatchLines)
        var names: Set<String> = []
        for file in try sources(stage) {
            let text = file.text as NSString
            for match in declaration.matches(in: file.text, range: NSRange(location: 0, length: text.length)) {
                names.insert(text.substring(with: match.range(at: 1)))
            }
        }
        return names
    }

    /// "Validate/ProseDateRules.swift:94 names KeyDateView" for every whole-word use of a name.
    static func uses(of names: Set<String>, in stages: [String]) throws -> [String] {
        var found: [String] = []
        for stage in stages {
            for file in try sources(stage) {
                for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let words = Set(line.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
                    for name in words.intersection(names).sorted() { found.append("\(file.name):\(number + 1) names \(name)") }
                }
            }
        }
        return found
    }

    /// Named in the issue: the types Load and Validate used to reach for, including files that hold only
    /// extensions (`KeyDateContext`).
    static let namedInTheIssue: Set<String> = ["RenderedPage", "KeyDateView", "KeyDateContext", "SitePaths", "MarkdownRenderer",
                                               "StagedOutput", "SiteRenderer", "LinkTarget", "MarkdownLink"]

    func test_the_type_scan_sees_each_stages_types() throws {
        // Guards the scan itself: were it to find nothing, every test below would pass without checking.
        XCTAssertTrue(try Self.declaredTypes("Render").isSuperset(of: ["SiteRenderer", "SitePaths", "KeyDateView", "RenderedPage"]))
        XCTAssertTrue(try Self.declaredTypes("Check").isSuperset(of: ["LinkRules", "OutputAddressRules"]))
        XCTAssertTrue(try Self.declaredTypes("Write").isSuperset(of: ["StagedOutput", "OutputFolder"]))
        XCTAssertEqual(try Self.uses(of: ["SiteRenderer"], in: ["Render"]).isEmpty, false)
    }

    func test_load_and_validate_name_no_type_of_render_check_or_write() throws {
        let later = try Self.declaredTypes("Render").union(Self.declaredTypes("Check")).union(Self.declaredTypes("Write"))
            .union(Self.namedInTheIssue)
        XCTAssertEqual(try Self.uses(of: later, in: ["Load", "Validate"]), [])
    }

    func test_render_names_no_type_of_check_or_write() throws {
        let later = try Self.declaredTypes("Check").union(Self.declaredTypes("Write"))
        XCTAssertEqual(try Self.uses(of: later, in: ["Render"]), [])
    }

    func test_check_names_no_type_of_write() throws {
        XCTAssertEqual(try Self.uses(of: Self.declaredTypes("Write"), in: ["Check"]), [])
    }

    func test_load_and_validate_name_no_type_of_publish_and_publish_none_of_the_later_stages() throws {
        XCTAssertEqual(try Self.uses(of: Self.declaredTypes("Publish"), in: ["Load", "Validate"]), [])
        let later = try Self.declaredTypes("Render").union(Self.declaredTypes("Check")).union(Self.declaredTypes("Write"))
        XCTAssertEqual(try Self.uses(of: later, in: ["Publish"]), [])
    }

    func test_model_and_diagnostics_name_no_type_of_any_stage() throws {
        var stages: Set<String> = []
        for stage in ["Load", "Validate", "Publish", "Render", "Check", "Write", "Site", "Starter", "Rollover", "Match"] {
            stages.formUnion(try Self.declaredTypes(stage))
        }
        XCTAssertTrue(stages.isSuperset(of: ["Publication", "ContentLoader", "Validator", "Build", "StarterDates"]))
        XCTAssertEqual(try Self.uses(of: stages, in: ["Model", "Diagnostics"]), [])
    }

    /// `portal rollover` reads the content as `check` does and writes only its new scheme folder: nothing in
    /// the pipeline reaches back into it.
    func test_no_stage_names_a_type_of_rollover() throws {
        let rollover = try Self.declaredTypes("Rollover")
        XCTAssertTrue(rollover.isSuperset(of: ["RolloverRun", "RolloverPlan", "DateShift", "DateRewrite"]))
        XCTAssertEqual(try Self.uses(of: rollover, in: ["Model", "Diagnostics", "Load", "Validate", "Publish", "Render", "Check",
                                                        "Write", "Site", "Starter"]), [])
    }

    /// `portal match` reads the content as `check` does and writes nothing of the site: nothing in the
    /// pipeline, nor `portal rollover`, reaches into it.
    func test_no_stage_names_a_type_of_match() throws {
        let match = try Self.declaredTypes("Match")
        XCTAssertTrue(match.isSuperset(of: ["MatchRun", "MatchPool", "MatchProposal", "AssignmentSolver", "MatchReport"]))
        XCTAssertEqual(try Self.uses(of: match, in: ["Model", "Diagnostics", "Load", "Validate", "Publish", "Render", "Check",
                                                     "Write", "Site", "Starter", "Rollover"]), [])
    }

    /// `portal new` and `portal add-scheme` write content for people to edit, in the format documented
    /// for people; they never reach into the pipeline that reads it, so a starter file cannot lean on
    /// how the loader happens to work today.
    func test_the_starter_names_no_type_of_any_stage() throws {
        var stages: Set<String> = []
        for stage in ["Load", "Validate", "Publish", "Render", "Check", "Write", "Site"] {
            stages.formUnion(try Self.declaredTypes(stage))
        }
        XCTAssertTrue(try Self.declaredTypes("Starter").isSuperset(of: ["StarterDates", "StarterWriter", "StarterPortal"]))
        XCTAssertEqual(try Self.uses(of: stages, in: ["Starter"]), [])
    }
}
