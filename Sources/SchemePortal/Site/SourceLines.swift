import Foundation

/// Fills in the quoted line of messages that point at a line but do not quote it (many rules report only
/// the place), so that every message shows its line with a caret under the column, in the terminal and
/// in `portal serve`'s error box. Only that one line is read and quoted, as the printer does: content
/// holds people's personal data.
public struct SourceLines: Sendable {
    /// Where the folders named in messages are (`Content` → the content folder's path).
    public var folders: [(display: String, path: String)]

    public init(folders: [(display: String, path: String)]) {
        self.folders = folders
    }
    /// A file larger than this is not read again for a quote.
    static let largestFile = 4 << 20

    public func filled(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var files: [String: [Substring]?] = [:]
        return diagnostics.map { diagnostic in
            // Line 1, column 1 is where messages about a whole file point: quoting it would mislead.
            guard diagnostic.sourceLine == nil, diagnostic.location.line > 1 || diagnostic.location.column > 1 else { return diagnostic }
            let file = diagnostic.location.file
            if files[file] == nil { files[file] = lines(of: file) }
            guard let lines = files[file] ?? nil, diagnostic.location.line <= lines.count else { return diagnostic }
            let line = lines[diagnostic.location.line - 1]
            guard diagnostic.location.column <= line.unicodeScalars.count + 1 else { return diagnostic }
            var quoted = diagnostic
            quoted.sourceLine = String(line)
            return quoted
        }
    }

    private func lines(of shown: String) -> [Substring]? {
        for folder in folders where shown.hasPrefix(folder.display + "/") {
            let path = folder.path + "/" + shown.dropFirst(folder.display.count + 1)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = attributes[.size] as? Int, size <= Self.largestFile,
                  let data = FileManager.default.contents(atPath: path) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        }
        return nil
    }
}
