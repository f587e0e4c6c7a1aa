import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads the old scheme's folder and writes the new one whole or not at all: every file goes into a hidden
/// folder beside the new one (which the content loader ignores, as it ignores every name starting with
/// `.`), which is then renamed into place only if nothing has appeared there meanwhile. A run killed
/// part-way leaves no half scheme, only that hidden folder, which the next run for the same name clears.
enum RolloverWriter {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Whether anything (a folder, a file, a link, even one that leads nowhere) is at `url`.
    static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }

    /// What `read` found in the old scheme's folder.
    struct Folder {
        /// The files the new scheme gets, and `people.yaml` (whose people are never copied), by path inside it.
        var files: [(path: String, bytes: Data)] = []
        /// Files the loader does not read (drafts starting with `_`, a spreadsheet of applications beside
        /// the pages): they may hold people's details, so they stay in the old scheme and the checklist
        /// names them.
        var leftBehind: [String] = []
        /// Shortcuts (symbolic links), which are not followed, and are named too.
        var links: [String] = []
    }

    /// The files of the folder that the content loader reads, by path inside it, in order: `scheme.md`,
    /// `people.yaml`, and the `.md` pages of `handbook/` and `toolkit/` whose names do not start with `_`
    /// (as `ContentLoader` reads a scheme folder). Names starting with `.` (editors' and systems' files,
    /// earlier runs' leftovers) are passed over; everything else is listed as left behind.
    static func read(_ folder: URL) throws -> Folder {
        var found = Folder()
        func walk(_ url: URL, _ prefix: String) throws {
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where !name.hasPrefix(".") {
                let child = url.appendingPathComponent(name)
                let path = prefix + name
                var info = stat()
                guard lstat(child.path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    try walk(child, path + "/")
                case S_IFREG where loaderReads(path):
                    found.files.append((path, try Data(contentsOf: child)))
                case S_IFREG:
                    found.leftBehind.append(path)
                case S_IFLNK:
                    found.links.append(path)
                default:
                    found.leftBehind.append(path) // A device or a pipe: never opened.
                }
            }
        }
        try walk(folder, "")
        return found
    }

    /// Whether the content loader reads the file at `path` inside a scheme's folder.
    static func loaderReads(_ path: String) -> Bool {
        if path == "scheme.md" || path == "people.yaml" { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == "handbook" || parts[0] == "toolkit" else { return false }
        return !parts[1].hasPrefix("_") && !parts[1].hasPrefix(".") && parts[1].hasSuffix(".md")
    }

    /// The hidden folder `write` stages the new scheme in.
    static func staging(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".rollover-\(target.lastPathComponent)")
    }

    /// Why what is at the staging name may not be cleared: only a folder holding nothing but what a
    /// rollover writes (`scheme.md`, `people.yaml`, pages) is taken for a killed run's leftovers; anything
    /// else there may be someone's, and is never deleted. Nil when nothing is there, or it may be cleared.
    static func stagingProblem(_ staging: URL) -> String? {
        guard exists(staging) else { return nil }
        var info = stat()
        guard lstat(staging.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return "is not a folder portal rollover left" }
        guard let found = try? read(staging) else { return "could not be read" }
        let others = found.leftBehind + found.links
        // Hidden names are passed over by `read`, and are never written by a rollover either.
        let hidden = ((try? FileManager.default.subpathsOfDirectory(atPath: staging.path)) ?? [])
            .filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }
        guard others.isEmpty, hidden.isEmpty else { return "holds files portal rollover does not write (\((others + hidden).sorted().joined(separator: ", ")))" }
        return nil
    }

    /// Writes `files` as the folder `target`, which must not exist.
    static func write(_ files: [RolloverPlan.File], to target: URL) throws {
        let staging = staging(for: target)
        // Only ever this run's own name, holding only what a rollover writes (`stagingProblem`): what a
        // killed run for the same folder left behind.
        if let problem = stagingProblem(staging) { throw Failure(description: ".rollover-\(target.lastPathComponent) \(problem)") }
        if exists(staging) { try FileManager.default.removeItem(at: staging) }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.bytes.write(to: url, options: .withoutOverwriting)
            }
            try place(staging, at: target)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// Renames `staging` to `target`, refusing if anything is at `target` by then.
    private static func place(_ staging: URL, at target: URL) throws {
        #if os(Linux)
        // renameat2 with RENAME_NOREPLACE refuses in the same step as it renames; looked up at run time, as
        // Swift's Glibc module does not declare it.
        typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        if let symbol = dlsym(nil, "renameat2") {
            let function = unsafeBitCast(symbol, to: Function.self)
            if function(AT_FDCWD, staging.path, AT_FDCWD, target.path, 1) == 0 { return }
            let code = errno
            if code == EEXIST || code == ENOTEMPTY { throw Failure(description: "something appeared at \(target.lastPathComponent) meanwhile") }
            if code != EINVAL && code != ENOSYS && code != ENOTSUP {
                throw Failure(description: String(cString: strerror(code)))
            }
        }
        #endif
        guard !exists(target) else { throw Failure(description: "something appeared at \(target.lastPathComponent) meanwhile") }
        guard rename(staging.path, target.path) == 0 else { throw Failure(description: String(cString: strerror(errno))) }
    }
}
