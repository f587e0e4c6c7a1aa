import Foundation

/// Paths compared as the file system sees them: symbolic links resolved, whole components only.
enum FilePaths {
    /// The path with every symbolic link in its existing part resolved; the part that does not exist yet
    /// is appended as written (after removing `.` and `..` from it).
    static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while true {
            if let real = FileStatus.realPath(existing.path) {
                var result = URL(fileURLWithPath: real)
                for component in rest.reversed() { result.appendPathComponent(component) }
                return result.standardizedFileURL
            }
            let parent = existing.deletingLastPathComponent()
            if parent.path == existing.path { return url.standardizedFileURL }
            rest.append(existing.lastPathComponent)
            existing = parent
        }
    }

    /// Whether `inner` lies strictly inside `outer`.
    static func isInside(_ inner: URL, _ outer: URL) -> Bool {
        inner.path != outer.path && InputFolder.isInside(inner.path, outer.path)
    }
}
