import Foundation
import SchemePortal

/// A copy of a fixture portal in a temporary folder, to edit while a server or rebuilder watches it.
struct ServePortal: Sendable {
    let root: URL
    /// The golden-site fixture is pinned to this day (its expected pages were built on it).
    static let today = CalendarDay(year: 2027, month: 9, day: 20)

    init(fixture name: String = "golden-site") throws {
        // Resolved: inotify and the loader then report the same paths the tests write to.
        let temporary = URL(fileURLWithPath: FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path)
        root = temporary.appendingPathComponent("portal-serve-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name).appendingPathComponent("Content"),
                                         to: root.appendingPathComponent("Content"))
    }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static var repository: URL {
        fixtures.deletingLastPathComponent().deletingLastPathComponent()
    }

    var configuration: Build.Configuration {
        Build.Configuration(contentDirectory: root.appendingPathComponent("Content"),
                            layoutsDirectory: root.appendingPathComponent("Layouts"),
                            outputDirectory: root.appendingPathComponent("Output"),
                            options: RenderOptions(today: Self.today))
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// Writes in place (what a plain `echo > file` does).
    func write(_ path: String, _ text: String) throws {
        let target = url(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }

    /// Saves the way many editors do: the new text goes to a temporary file beside it (hidden, or named
    /// `temporaryName`), which is then renamed over the old one, `pause` seconds later.
    func saveLikeAnEditor(_ path: String, _ text: String, temporaryName: String? = nil, pause: Double = 0) throws {
        let target = url(path)
        let name = temporaryName ?? ".\(target.lastPathComponent).tmp-\(UUID().uuidString.prefix(6))"
        let temporary = target.deletingLastPathComponent().appendingPathComponent(name)
        try Data(text.utf8).write(to: temporary)
        if pause > 0 { usleep(UInt32(pause * 1_000_000)) }
        guard rename(temporary.path, target.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try read(path)
        precondition(text.contains(old), "the test's edit expects ‘\(old)’ in \(path)")
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url(path))
    }

    func move(_ from: String, _ to: String) throws {
        try FileManager.default.createDirectory(at: url(to).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: url(from), to: url(to))
    }

    /// A fresh full build of the content as it is now, as `portal check` runs it.
    func freshBuild() -> Build.Outcome {
        Build(configuration: configuration).run(until: .check)
    }

    func delete() {
        try? FileManager.default.removeItem(at: root)
    }
}
