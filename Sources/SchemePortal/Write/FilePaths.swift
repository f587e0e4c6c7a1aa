import Foundation

/// Paths compared as the file system sees them: symbolic links resolved, whole components only.
enum FilePaths {
    /// The path with every symbolic link in its existing part resolved; the part that does not exist yet
    /// is appended as written (after removing `.` and `..` from it).
    static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while true {
            if let real = realpath(existing.path, nil) {
                defer { free(real) }
                var result = URL(fileURLWithPath: String(cString: real))
                for component in rest.reversed() { result.appendPathComponent(component) }
                return result.standardizedFileURL
            }
            let parent = existing.deletingLastPathComponent()
            if parent.path == existing.path { return url.standardizedFileURL }
            rest.append(existing.lastPathComponent)
            existing = parent
        }
    }

    /// Whether `inner` lies strictly inside `outer`, comparing whole path components.
    static func isInside(_ inner: URL, _ outer: URL) -> Bool {
        let innerParts = inner.standardizedFileURL.pathComponents
        let outerParts = outer.standardizedFileURL.pathComponents
        return innerParts.count > outerParts.count && Array(innerParts.prefix(outerParts.count)) == outerParts
    }

    /// A file type in words, for messages.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a file"
        case S_IFLNK: return "a symbolic link"
        case S_IFIFO: return "a named pipe"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "not a folder"
        }
    }
}
