import Foundation

/// What reading each participant file made, kept from one build to the next by the dev server, so that a
/// rebuild parses again only the files whose text changed: at thousands of people, parsing their YAML is
/// most of the load step. The file is still read every time, and its whole text compared with the text
/// the kept people were read from, so nothing kept can be stale.
///
/// Entries that a build did not use are dropped at the start of the build after, so files renamed or
/// deleted while `serve` runs are not kept for ever.
public final class LoadCache: @unchecked Sendable {
    private struct Key: Hashable {
        let path: String
        let scheme: String?
    }

    private struct Entry {
        let text: String
        let people: [Participant]
        let diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    private var used: [Key: Entry] = [:]
    private var kept: [Key: Entry] = [:]
    private var parsed = 0
    /// How many files were parsed rather than taken from the cache, over the cache's life (for tests).
    public var parsedCount: Int { lock.withLock { parsed } }

    public init() {}

    /// A build begins: what the last build used is kept for this one; anything older is dropped.
    func startBuild() {
        lock.withLock {
            kept = used
            used = [:]
        }
    }

    /// The people and messages of `file`, from the cache when it holds the same text, else from `read`.
    func participants(_ file: SourceFile, scheme: String?,
                      read: () -> ([Participant], [Diagnostic])) -> ([Participant], [Diagnostic]) {
        let key = Key(path: file.displayPath, scheme: scheme)
        let found = lock.withLock { used[key] ?? kept[key] }
        if let found, found.text == file.text {
            lock.withLock { used[key] = found }
            return (found.people, found.diagnostics)
        }
        let (people, diagnostics) = read()
        lock.withLock {
            used[key] = Entry(text: file.text, people: people, diagnostics: diagnostics)
            parsed += 1
        }
        return (people, diagnostics)
    }
}
