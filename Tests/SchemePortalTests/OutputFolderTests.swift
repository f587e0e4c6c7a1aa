import XCTest
@testable import SchemePortal

/// Which folders a build may replace: only one it made, an empty one, or one that does not exist yet.
final class OutputFolderTests: XCTestCase {
    private var root: URL!
    private var protected: OutputFolder.Protected!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("output-folder-\(UUID().uuidString)")
        for folder in ["portal/Content", "portal/Layouts", "home"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        protected = OutputFolder.Protected(contentDirectory: url("portal/Content"), layoutsDirectory: url("portal/Layouts"),
                                           currentDirectory: url("portal"), homeDirectory: url("home"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    private func refusal(_ relative: String, display: String) -> String? {
        OutputFolder.check(url(relative), display: display, protecting: protected)?.description
    }

    private let chooseAnother = "choose a folder of its own for the site with --output, such as --output Output"

    func test_the_folders_that_hold_the_users_work_are_refused_with_the_reason() {
        XCTAssertEqual(refusal("portal", display: "."),
                       "refusing to build into ‘.’: it is the folder you are in, and a build replaces everything in its output folder; \(chooseAnother)")
        XCTAssertEqual(refusal("portal/Content", display: "Content"),
                       "refusing to build into ‘Content’: it is the content folder, and a build replaces everything in its output folder; \(chooseAnother)")
        XCTAssertEqual(refusal("portal/Layouts/", display: "Layouts/"),
                       "refusing to build into ‘Layouts/’: it is the layouts folder, and a build replaces everything in its output folder; \(chooseAnother)")
        XCTAssertEqual(refusal("", display: ".."),
                       "refusing to build into ‘..’: it holds the content folder, and a build replaces everything in its output folder; \(chooseAnother)")
        XCTAssertEqual(refusal("home", display: "~"),
                       "refusing to build into ‘~’: it is your home folder, and a build replaces everything in its output folder; \(chooseAnother)")
        XCTAssertEqual(refusal("portal/Content/site", display: "Content/site"),
                       "refusing to build into ‘Content/site’: it is inside the content folder; put the site beside the content folder instead, such as --output Output")
        XCTAssertEqual(refusal("portal/Content/../Content", display: "Content/../Content")?.hasPrefix("refusing to build into ‘Content/../Content’: it is the content folder"), true)
    }

    func test_the_root_folder_is_refused() {
        XCTAssertEqual(OutputFolder.check(URL(fileURLWithPath: "/"), display: "/", protecting: protected)?.description,
                       "refusing to build into ‘/’: it is the root of the file system, and a build replaces everything in its output folder; \(chooseAnother)")
    }

    func test_a_link_to_the_content_folder_is_seen_through() throws {
        try FileManager.default.createSymbolicLink(at: url("alias"), withDestinationURL: url("portal/Content"))
        XCTAssertEqual(refusal("alias", display: "alias")?.hasPrefix("refusing to build into ‘alias’: it is the content folder"), true)
    }

    func test_a_file_or_a_folder_of_someone_elses_files_is_refused() throws {
        FileManager.default.createFile(atPath: url("portal/site.html").path, contents: Data("mine".utf8))
        XCTAssertEqual(refusal("portal/site.html", display: "site.html"),
                       "refusing to build into ‘site.html’: it is a file, not a folder; name a folder for the site, such as --output Output")
        try FileManager.default.createDirectory(at: url("portal/Notes"), withIntermediateDirectories: true)
        for name in ["a.md", "b.md", "c.md", "d.md", "e.md", ".gitkeep"] {
            FileManager.default.createFile(atPath: url("portal/Notes/\(name)").path, contents: Data())
        }
        XCTAssertEqual(refusal("portal/Notes", display: "Notes"),
                       "refusing to build into ‘Notes’: it holds files that portal build did not make (‘a.md’, ‘b.md’, ‘c.md’ and 2 more), and a build replaces everything in its output folder; move those files elsewhere or empty the folder, or \(chooseAnother)")
    }

    func test_a_new_an_empty_or_a_built_folder_is_accepted() throws {
        XCTAssertNil(refusal("portal/Output", display: "Output"), "a folder that does not exist yet")
        XCTAssertNil(refusal("portal/new/deeper/Output", display: "new/deeper/Output"))
        try FileManager.default.createDirectory(at: url("portal/Output"), withIntermediateDirectories: true)
        XCTAssertNil(refusal("portal/Output", display: "Output"), "an empty folder")
        FileManager.default.createFile(atPath: url("portal/Output/.gitkeep").path, contents: Data())
        XCTAssertNil(refusal("portal/Output", display: "Output"), "a folder holding only git's placeholder")
        FileManager.default.createFile(atPath: url("portal/Output/index.html").path, contents: Data())
        XCTAssertNotNil(refusal("portal/Output", display: "Output"))
        FileManager.default.createFile(atPath: url("portal/Output/\(OutputFolder.markerName)").path, contents: Data())
        XCTAssertNil(refusal("portal/Output", display: "Output"), "a folder a build made")
    }

    func test_the_writer_itself_refuses_a_folder_it_did_not_make() throws {
        try FileManager.default.createDirectory(at: url("portal/Mine"), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: url("portal/Mine/thesis.docx").path, contents: Data("years of work".utf8))
        XCTAssertThrowsError(try StagedOutput(outputDirectory: url("portal/Mine")).write([OutputFile(path: "index.html", text: "x")]))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: url("portal/Mine").path), ["thesis.docx"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: url("portal").path).sorted(), ["Content", "Layouts", "Mine"])
    }
}
