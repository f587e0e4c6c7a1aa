import Foundation

/// How the starter commands show paths: as typed, quoted for the shell when they must be.
enum Shell {
    static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// A path to paste after `cd`: as it is when the shell would read it unchanged, else in single quotes.
    static func quoted(_ path: String) -> String {
        let plain = !path.isEmpty && path.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./+,:@%".unicodeScalars.contains($0)
        }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// One line a file: its path, then what it is for, lined up.
    static func printList(_ rows: [(path: String, about: String)]) {
        let width = rows.map(\.path.count).max() ?? 0
        for row in rows {
            print("  " + row.path + String(repeating: " ", count: width - row.path.count + 2) + row.about)
        }
    }
}
