import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What each file in `Content/` and `Layouts/` held when the served site was last built from it, so that a
/// change that changes nothing (a file saved as it was, touched, or changed and changed back while no
/// build was running) is answered at once, without a rebuild or a reload.
///
/// Never stale: a file's digest is taken just before the build that reads it, and a change seen while a
/// build runs (or while digests are taken) always leads to a rebuild (`ChangeInbox.Batch.unsure`), since
/// nobody knows which version that build read. A change that cannot be pinned to files (a folder
/// created, moved or deleted; a whole tree) also rebuilds, and all digests are taken again.
final class ContentDigests: @unchecked Sendable {
    enum Digest: Equatable {
        case file(size: Int, hash: Int)
        case folder
        case link(String)
        case other
    }

    private let folders: [WatchedFolder]
    private let lock = NSLock()
    /// By path as the watcher reports it (`Content/people/ada.yaml`); no entry, no file.
    private var digests: [String: Digest] = [:]

    init(folders: [WatchedFolder]) {
        self.folders = folders
    }

    /// Every file again: at the start, and after a change that could not be pinned to files.
    func recordAll() {
        var all: [String: Digest] = [:]
        for folder in folders {
            for entry in FolderWalk.entries(below: folder.path) {
                let display = folder.display + "/" + entry.relative
                all[display] = entry.isFolder ? .folder : Self.digest(at: folder.path + "/" + entry.relative)
            }
        }
        lock.withLock { digests = all }
    }

    /// The paths' digests as the files are now, just before a build reads them; all of them again when
    /// a path is not a plain file, or names a watched folder itself.
    func record(_ paths: Set<String>) {
        guard let compared = compare(paths) else { return recordAll() }
        lock.withLock { for entry in compared { digests[entry.path] = entry.now } }
    }

    /// Whether every path holds what it held when the served site was built from it.
    func unchanged(_ paths: Set<String>) -> Bool {
        compare(paths)?.allSatisfy { $0.recorded == $0.now } ?? false
    }

    /// The paths, in order, less those that hold nothing now and held nothing when the site was last built
    /// (an editor's temporary file that came and went), for saying what changed. Asked before `record`.
    func named(_ paths: Set<String>) -> [String] {
        let recorded = lock.withLock { digests }
        return paths.sorted().filter { path in
            guard recorded[path] == nil, let location = absolute(path) else { return true }
            return Self.digest(at: location) != nil
        }
    }

    /// Each path's digest as recorded and as it is now, each file read once; nil unless every path is a
    /// file (or nothing) now and was one before: a folder's appearance or disappearance stands for all
    /// the files in it, which the watcher may not name one by one.
    private func compare(_ paths: Set<String>) -> [(path: String, recorded: Digest?, now: Digest?)]? {
        let recorded = lock.withLock { digests }
        var compared: [(path: String, recorded: Digest?, now: Digest?)] = []
        for path in paths {
            guard let location = absolute(path), recorded[path] != .folder else { return nil }
            let now = Self.digest(at: location)
            guard now != .folder else { return nil }
            compared.append((path, recorded[path], now))
        }
        return compared
    }

    /// The file a watcher path names; nil for a watched folder itself, or a path outside them.
    private func absolute(_ display: String) -> String? {
        for folder in folders where display.hasPrefix(folder.display + "/") {
            return folder.path + "/" + display.dropFirst(folder.display.count + 1)
        }
        return nil
    }

    /// What is at `path` now: a file's size and a hash of its bytes, or nil when there is nothing.
    static func digest(at path: String) -> Digest? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFLNK:
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(path, &target, target.count - 1)
            return .link(count < 0 ? "" : String(decoding: target[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        case S_IFREG: break
        default: return .other
        }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .other }
        defer { close(descriptor) }
        var hasher = Hasher()
        var size = 0
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .other
            }
            if count == 0 { break }
            buffer.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            size += count
        }
        return .file(size: size, hash: hasher.finalize())
    }
}
