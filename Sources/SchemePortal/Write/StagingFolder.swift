import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new site being written beside the output folder: the render workers write each page into it as soon as
/// it is made (so that the site is never held in memory whole), and the build swaps it in once Check has
/// found nothing wrong, or removes it. Until the swap, the output folder holds the previous site untouched.
///
/// Writes may come from several threads at once: each takes a `FolderWriter` of its own from a small pool.
public final class StagingFolder: @unchecked Sendable {
    private let output: StagedOutput
    let staging: URL
    private let previous: URL
    private let previousSite: URL?
    private let lock: DirectoryLock
    private let mutex = NSLock()
    private var idle: [FolderWriter] = []
    private var count = 0
    private var ended = false
    /// The failed write with the first path in order (so that the same input always gives the same message,
    /// whichever thread failed first); the site is then never swapped in.
    private var failed: (path: String, error: StagedOutput.WriteError)?
    var failure: StagedOutput.WriteError? { mutex.withLock { failed?.error } }

    init(output: StagedOutput, staging: URL, previous: URL, previousSite: URL?, lock: DirectoryLock) {
        self.output = output
        self.staging = staging
        self.previous = previous
        self.previousSite = previousSite
        self.lock = lock
    }

    /// A folder nobody committed or abandoned (a build that stopped on a thrown error) is not left behind.
    deinit {
        if !ended { abandon() }
    }

    /// Writes the files; a file that cannot be written is remembered, and makes `commit` fail.
    public func write(_ files: [OutputFile]) {
        for file in files {
            guard OutputFile.isSafe(file.path) else {
                record(.unsafePath(file.path), at: file.path)
                continue
            }
            write(file.path, file.contents)
            mutex.withLock { count += 1 }
        }
    }

    /// How many files have been written so far.
    public var written: Int { mutex.withLock { count } }

    func write(_ path: String, _ bytes: [UInt8], reusing: Bool = true) {
        var writer = take()
        do {
            try writer.write(path, bytes, reusing: reusing)
        } catch {
            record(.io("\(error)"), at: path)
        }
        give(writer)
    }

    /// Makes the new site durable and swaps it in; the previous site is removed. Throws, and removes the new
    /// site, if any write failed, or if something not ours was put in the output folder meanwhile.
    public func commit() throws -> StagedOutput.Written {
        defer { end() }
        do {
            if let failure { throw failure }
            // Kept in git so the folder exists in a fresh clone; not part of the site.
            if FileManager.default.fileExists(atPath: output.outputDirectory.appendingPathComponent(".gitkeep").path) {
                write(".gitkeep", [], reusing: false)
                if let failure { throw failure }
            }
            try FolderWriter(root: staging).flush()
            try output.ensureReplaceable(output.outputDirectory)
            let swapped = try FolderSwap.swap(staging: staging, into: output.outputDirectory, previous: previous)
            if let old = swapped.old { BuildLeftovers.removeTree(old) }
            return StagedOutput.Written(method: swapped.method, reused: mutex.withLock { idle.reduce(0) { $0 + $1.reused } })
        } catch {
            BuildLeftovers.removeTree(staging)
            switch error {
            case let error as StagedOutput.WriteError: throw error
            case let error as FolderSwap.Failure: throw StagedOutput.WriteError.io(error.description)
            case let error as FolderWriter.Failure: throw StagedOutput.WriteError.io(error.description)
            default: throw StagedOutput.WriteError.io("cannot write the new site: \(error.localizedDescription)")
            }
        }
    }

    /// Removes the new site, leaving the output folder as it was (the content had errors).
    public func abandon() {
        BuildLeftovers.removeTree(staging)
        end()
    }

    private func end() {
        mutex.withLock {
            guard !ended else { return }
            ended = true
            lock.release()
        }
    }

    private func take() -> FolderWriter {
        mutex.withLock { idle.popLast() } ?? FolderWriter(root: staging, previous: previousSite)
    }

    private func give(_ writer: FolderWriter) {
        mutex.withLock { idle.append(writer) }
    }

    private func record(_ error: StagedOutput.WriteError, at path: String) {
        mutex.withLock {
            if let failed, failed.path <= path { return }
            failed = (path, error)
        }
    }
}
