import Foundation

extension TestPortal {
    /// A portal already on disk (one `portal new` made), to build and read like any other.
    init(existing root: URL) {
        self.root = root
    }
}

extension TestPortal {
    /// A copy of some of a portal's folders (the demo's `Content` and `Layouts`), to change without touching them.
    init(copying source: URL, folders: [String]) throws {
        try self.init([:], withDefaults: false)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in folders where FileManager.default.fileExists(atPath: source.appendingPathComponent(folder).path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
    }
}
