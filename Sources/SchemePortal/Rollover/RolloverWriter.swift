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

    /// The folder's files, by path inside it, in order: ordinary files only, and none whose name, or a
    /// folder's on the way, starts with `.` (editors' and systems' files, and earlier runs' leftovers).
    static func read(_ folder: URL) throws -> [(path: String, bytes: Data)] {
        var files: [(path: String, bytes: Data)] = []
        func walk(_ url: URL, _ prefix: String) throws {
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where !name.hasPrefix(".") {
                let child = url.appendingPathComponent(name)
                var info = stat()
                guard lstat(child.path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: try walk(child, prefix + name + "/")
                case S_IFREG: files.append((prefix + name, try Data(contentsOf: child)))
                default: continue // A shortcut or a device: the loader does not read it through here either.
                }
            }
        }
        try walk(folder, "")
        return files
    }

    /// Writes `files` as the folder `target`, which must not exist.
    static func write(_ files: [RolloverPlan.File], to target: URL) throws {
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".rollover-\(target.lastPathComponent)")
        // Only ever this run's own name: what a killed run for the same folder left behind.
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
