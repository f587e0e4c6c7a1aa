import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folders a build makes beside the output folder, and how a later build removes those that a dead
/// build left. A folder is removed only when it can be proved to be ours: its name has our pattern with
/// the id of a process that no longer runs, no live build holds its lock, and it holds our marker file
/// (or nothing at all, as when a build died right after making it).
enum BuildLeftovers {
    enum Kind: String { case staging = "build", previous }

    /// `.Output.portal-build-1234-9f3a` beside `Output`.
    static func name(_ kind: Kind, for output: URL, processID: Int32, token: String) -> String {
        ".\(output.lastPathComponent).portal-\(kind.rawValue)-\(processID)-\(token)"
    }

    /// The kind and process id encoded in a name made by `name(_:for:processID:token:)`.
    static func parse(_ entry: String, for output: URL) -> (kind: Kind, processID: Int32)? {
        let prefix = ".\(output.lastPathComponent).portal-"
        guard entry.hasPrefix(prefix) else { return nil }
        let parts = entry.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let kind = Kind(rawValue: String(parts[0])), let pid = Int32(parts[1]), pid > 0,
              !parts[2].isEmpty, parts[2].allSatisfy(\.isHexDigit) else { return nil }
        return (kind, pid)
    }

    /// Removes what dead builds left beside `output`. A previous site left by a build that died between its
    /// two renames is moved back into place first if the output folder is missing.
    static func clean(besides output: URL) {
        let parent = output.deletingLastPathComponent()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() {
            guard let (kind, pid) = parse(entry, for: output), !isRunning(pid) else { continue }
            let folder = parent.appendingPathComponent(entry)
            guard let lock = DirectoryLock(folder, wait: false) else { continue }
            defer { lock.release() }
            let contents = OutputFolder.inspect(folder)
            guard contents == .ours || contents == .empty else { continue }
            if kind == .previous, contents == .ours, OutputFolder.inspect(output) == .absent,
               (try? FolderSwap.rename(folder, output)) != nil {
                continue
            }
            removeTree(folder)
        }
    }

    /// Removes a folder of ours, the marker last, so that a build killed half-way through the removal
    /// leaves a folder that the next build can still prove is ours.
    static func removeTree(_ folder: URL) {
        let fileManager = FileManager.default
        let names = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name != OutputFolder.markerName {
            try? fileManager.removeItem(at: folder.appendingPathComponent(name))
        }
        unlink(folder.appendingPathComponent(OutputFolder.markerName).path)
        rmdir(folder.path)
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

/// An exclusive lock on a folder, held from a build's start until it ends; the kernel releases it when
/// the process dies, so a lock that can be taken marks a folder whose build is gone.
struct DirectoryLock {
    private let descriptor: Int32

    init?(_ folder: URL, wait: Bool) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
