import Foundation
@testable import SchemePortal

/// The staff-mistake corpus in `Tests/Fixtures/mistakes/`: `_base/` is a small valid portal, and each other
/// folder is one mistake, holding only the files that differ from the base (a file there replaces the base's
/// file at the same path; an empty `<path>.deleted` removes it), a `README.md` and `expected.txt`.
enum MistakeCorpus {
    /// The day every case is checked on: after the calls open, before the deadlines.
    static let referenceDay = CalendarDay(year: 2026, month: 11, day: 30)

    static var folder: URL { TestPortal.fixtures.appendingPathComponent("mistakes") }

    /// Files in a case folder that describe the case rather than overlay the base.
    static let caseFiles: Set<String> = ["README.md", "expected.txt"]

    /// Every case folder, sorted (folders starting with `_` or `.` are not cases).
    static func caseNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }
            .filter { name in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
                    && isFolder.boolValue
            }
            .sorted()
    }

    /// The base portal in a temporary folder, with the case's overlay applied (`nil`: the base alone).
    static func portal(for name: String?) throws -> TestPortal {
        let portal = try TestPortal(fixture: "mistakes/_base")
        guard let name else { return portal }
        let overlay = folder.appendingPathComponent(name)
        for relative in try TestPortal.files(under: overlay).keys.sorted() where !caseFiles.contains(relative) {
            if relative.hasSuffix(".deleted") {
                try portal.remove(String(relative.dropLast(".deleted".count)))
            } else {
                try portal.write(relative, Data(contentsOf: overlay.appendingPathComponent(relative)))
            }
        }
        return portal
    }

    /// `portal check` on the reference day.
    static func check(_ name: String?) throws -> Build.Outcome {
        let portal = try portal(for: name)
        defer { try? FileManager.default.removeItem(at: portal.root) }
        return portal.check(today: referenceDay, drawing: .forChecking)
    }

    /// Every case with its messages (`nil` when its portal could not be set up), checked once for all
    /// the tests, since checking them all takes a while.
    static let checkedCases: [(name: String, diagnostics: [Diagnostic]?)] =
        ((try? caseNames()) ?? []).map { name in (name, (try? check(name))?.diagnostics) }

    /// Exactly what `portal check` prints for the messages, as `expected.txt` holds it.
    static func printed(_ diagnostics: [Diagnostic]) -> String {
        DiagnosticPrinter().format(diagnostics) + "\n"
    }
}
