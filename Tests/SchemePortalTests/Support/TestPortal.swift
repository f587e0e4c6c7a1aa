import Foundation
@testable import SchemePortal

/// A portal written into a temporary folder, for tests that build and check real files.
struct TestPortal {
    let root: URL

    static let minimalPortalFile = """
        title: Test portal
        organisation: Test organisation
        base_url: https://portal.example.org/
        grade_ladders:
          - id: civil-service
            name: Civil Service
            grades: [AA, AO, EO, HEO, SEO, Grade 7, Grade 6, {name: SCS1, aliases: [Deputy Director]}, SCS2]
        """

    static let minimalScheme = """
        ---
        title: Test scheme
        organisers: [Test team]
        summary: A scheme for tests.
        model: peer
        sides:
          - id: mentor
            name: Mentor
          - id: mentee
            name: Mentee
        ---
        Introduction.
        """

    /// Files by path relative to the portal's folder (e.g. `Content/portal.yaml`).
    init(_ files: [String: String] = [:], withDefaults: Bool = true) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("schemeportal-tests-\(UUID().uuidString)")
        var all: [String: String] = [:]
        if withDefaults {
            all["Content/portal.yaml"] = Self.minimalPortalFile
            all["Content/schemes/test-scheme/scheme.md"] = Self.minimalScheme
        }
        all.merge(files) { _, new in new }
        for (path, text) in all { try write(path, text) }
    }

    /// Copies a fixture folder from Tests/Fixtures.
    init(fixture name: String) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("schemeportal-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: root)
    }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    var output: URL { root.appendingPathComponent("Output") }

    func configuration(today: CalendarDay = CalendarDay(year: 2023, month: 1, day: 10)) -> Build.Configuration {
        Build.Configuration(contentDirectory: root.appendingPathComponent("Content"),
                            layoutsDirectory: root.appendingPathComponent("Layouts"),
                            outputDirectory: output,
                            options: RenderOptions(today: today))
    }

    /// `drawing: .forChecking` is what `portal check` runs; the default draws every page, for tests that read them.
    func check(today: CalendarDay = CalendarDay(year: 2023, month: 1, day: 10), drawing: PageDrawing = .everyPage) -> Build.Outcome {
        Build(configuration: configuration(today: today)).run(until: .check, drawing: drawing)
    }

    @discardableResult
    func build(today: CalendarDay = CalendarDay(year: 2023, month: 1, day: 10), strict: Bool = false) -> Build.Outcome {
        Build(configuration: configuration(today: today)).run(strict: strict)
    }

    func read(_ outputPath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(outputPath), encoding: .utf8)
    }

    typealias Files = [String: Data]

    /// Every file under Output/ with its bytes, for comparing whole builds.
    func snapshot() throws -> Files {
        try Self.files(under: output)
    }

    /// Every file under a folder, by its path relative to the folder; with `includingFolders`, folders too
    /// (as empty data), so that a folder made or removed shows.
    static func files(under folder: URL, includingFolders: Bool = false) throws -> Files {
        var result: Files = [:]
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in enumerator {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            if url.hasDirectoryPath {
                if includingFolders { result[relative + "/"] = Data() }
            } else {
                result[relative] = try Data(contentsOf: url)
            }
        }
        return result
    }
}

extension TestPortal {
    /// Checks the repository's own demo portal (Content/ and Layouts/) on a fixed day, writing nothing.
    static func checkDemo(today: CalendarDay = CalendarDay(year: 2026, month: 11, day: 23), drawing: PageDrawing = .everyPage) -> Build.Outcome {
        let configuration = Build.Configuration(
            contentDirectory: repository.appendingPathComponent("Content"),
            layoutsDirectory: repository.appendingPathComponent("Layouts"),
            outputDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("unused-\(UUID().uuidString)"),
            options: RenderOptions(today: today))
        return Build(configuration: configuration).run(until: .check, drawing: drawing)
    }
}

extension Build.Outcome {
    /// The one-line form of every diagnostic, as the CLI prints them, with the temporary folder removed.
    var lines: [String] { diagnostics.map(\.description) }

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
