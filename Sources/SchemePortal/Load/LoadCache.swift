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
    /// Every content file this build read, by the path messages show, with its text (nil: it could not be
    /// read); and the last build's, nil before the first build.
    private var texts: [String: String?] = [:]
    private var previousTexts: [String: String?]?
    private var changedPaths: Set<String> = []
    /// Which of the files read hold participants (this build's and the last's).
    private var participantFiles: Set<String> = []
    private var previousParticipantFiles: Set<String> = []
    private var loads = 0
    /// How many files were parsed rather than taken from the cache, over the cache's life (for tests).
    public var parsedCount: Int { lock.withLock { parsed } }

    public init() {}

    /// A build begins: what the last build used is kept for this one; anything older is dropped.
    func startBuild() {
        lock.withLock {
            kept = used
            used = [:]
            previousTexts = loads > 0 ? texts : nil
            texts = [:]
            changedPaths = []
            previousParticipantFiles = participantFiles
            participantFiles = []
            loads += 1
        }
    }

    /// How many loads have started, so that what a later step kept from a load can be matched with
    /// `changes` (which compares this load with the one before only).
    public var loadCount: Int { lock.withLock { loads } }

    /// A content file the build read (or tried to: `text` nil), so that `changes` can say which files differ.
    func noteRead(_ path: String, text: String?, participants: Bool) {
        let before = lock.withLock { previousTexts?[path] }
        let same = before.map { $0 == text } ?? false
        lock.withLock {
            if participants { participantFiles.insert(path) }
            // The last build's text is kept when it is the same, so the two builds' copies are one in memory.
            if same, let before {
                texts[path] = .some(before)
            } else {
                texts[path] = .some(text)
                changedPaths.insert(path)
            }
        }
    }

    /// Which content files differ between the last build and this one, read after this build's load; nil
    /// for the first build, when there is nothing to compare with.
    public func changes() -> FileChanges? {
        lock.withLock {
            guard let previousTexts else { return nil }
            let gone = previousTexts.keys.filter { texts[$0] == nil }
            let added = changedPaths.filter { previousTexts[$0] == nil }
            // Files of people come and go with their people, whom a render compares one by one; any other
            // file that comes or goes changes which pages there are.
            let reshaped = added.contains { !participantFiles.contains($0) } || gone.contains { !previousParticipantFiles.contains($0) }
            return FileChanges(changed: changedPaths.union(gone), reshaped: reshaped)
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

/// The content files that differ between two builds.
public struct FileChanges: Sendable, Equatable {
    /// Every file whose text differs, or that is new, or gone.
    public var changed: Set<String>
    /// Whether a file other than a participant file is new or gone (a page, a scheme): which pages there
    /// are, and their order, follow from file names.
    public var reshaped: Bool
}
