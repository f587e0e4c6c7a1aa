#if canImport(Glibc)
import Glibc

/// inotify over whole folder trees: one descriptor, one watch per folder, a watch added for every folder
/// that appears. A watched folder that does not exist yet (no `Layouts/` at first) is waited for through
/// a watch on the folder that would hold it. Used by one thread at a time, the watcher's.
final class InotifyTrees: @unchecked Sendable {
    struct OpenFailure: Error {
        var text: String
    }

    enum Wait {
        case changed(Set<String>)
        /// Nothing happened in the time given.
        case quiet
        /// A folder could not be watched: the system's limit (`fs.inotify.max_user_watches`) is reached.
        case outOfWatches(Set<String>)
    }

    /// A folder of a watched tree: the tree's index and the folder's path below it ("" for the top).
    private struct Place: Equatable {
        let tree: Int
        let relative: String
    }

    private struct OutOfWatches: Error {}

    private static let folderEvents = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE
                                             | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB | IN_ONLYDIR)
    private static let parentEvents = UInt32(IN_CREATE | IN_MOVED_TO | IN_ONLYDIR)

    private let descriptor: Int32
    private let trees: [WatchedFolder]
    private var places: [Int32: Place] = [:]
    /// Trees that do not exist yet, by the watch on the folder that would hold them: several can wait on
    /// one folder (Content/ and Layouts/ both missing), and that folder can itself be a watched one.
    private var waiting: [Int32: Set<Int>] = [:]
    /// Folders that moved away during the read being handled, with where they were.
    private var movedAway: [(Int32, Place)] = []
    private var isClosed = false
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    private init(descriptor: Int32, trees: [WatchedFolder]) {
        self.descriptor = descriptor
        self.trees = trees
    }

    static func open(_ trees: [WatchedFolder]) -> Result<InotifyTrees, OpenFailure> {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else {
            return .failure(OpenFailure(text: "inotify could not be started (\(String(cString: strerror(errno))))"))
        }
        let watcher = InotifyTrees(descriptor: descriptor, trees: trees)
        do {
            for index in trees.indices { try watcher.watch(tree: index) }
        } catch {
            watcher.close()
            return .failure(OpenFailure(text: "the system's limit on watched folders (fs.inotify.max_user_watches) is reached"))
        }
        return .success(watcher)
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        Glibc.close(descriptor)
    }

    /// Waits up to `milliseconds` for events and returns the paths they name, as the messages show them.
    func wait(milliseconds: Int32) -> Wait {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, milliseconds) > 0 else { return .quiet }
        var changed: Set<String> = []
        do {
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                try handle(count, into: &changed)
            }
        } catch {
            forgetMovedAway()
            return .outOfWatches(changed)
        }
        forgetMovedAway()
        return changed.isEmpty ? .quiet : .changed(changed)
    }

    private func handle(_ count: Int, into changed: inout Set<String>) throws {
        var offset = 0
        let header = 16 // wd, mask, cookie, len: four 32-bit fields
        while offset + header <= count {
            let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                 raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                 Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
            }
            let nameBytes = buffer[(offset + header)..<min(offset + header + length, count)]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += header + length
            try handle(wd: wd, mask: mask, name: name, into: &changed)
        }
    }

    private func handle(wd: Int32, mask: UInt32, name: String, into changed: inout Set<String>) throws {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: say everything changed, and make sure every folder is watched.
            for index in trees.indices {
                changed.insert(trees[index].display)
                try watch(tree: index)
            }
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            let place = places.removeValue(forKey: wd)
            let waiters = waiting.removeValue(forKey: wd) ?? []
            if let place, place.relative.isEmpty {
                // The top folder itself went away: wait for it to come back.
                changed.insert(trees[place.tree].display)
                try watch(tree: place.tree)
            }
            // The folder they waited in went away: wait again, from where they now can be.
            for tree in waiters.sorted() { try watch(tree: tree) }
            return
        }
        if let waiters = waiting[wd], mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            for tree in waiters.sorted() where name == Self.lastName(trees[tree].path) {
                waiting[wd]?.remove(tree)
                changed.insert(trees[tree].display)
                try watch(tree: tree)
            }
            if waiting[wd]?.isEmpty == true {
                waiting[wd] = nil
                if places[wd] == nil { inotify_rm_watch(descriptor, wd) }
            }
        }
        guard let place = places[wd] else { return }
        let (tree, relative) = (place.tree, place.relative)
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            changed.insert(relative.isEmpty ? trees[tree].display : trees[tree].display + "/" + relative)
            if relative.isEmpty, mask & UInt32(IN_MOVE_SELF) != 0 { inotify_rm_watch(descriptor, wd) }
            return
        }
        guard FolderWalk.isWatchable(name) else { return }
        let path = relative.isEmpty ? name : relative + "/" + name
        changed.insert(trees[tree].display + "/" + path)
        guard mask & UInt32(IN_ISDIR) != 0 else { return }
        if mask & UInt32(IN_MOVED_FROM) != 0 {
            // Moved out of the tree, or within it: only the move's other half (IN_MOVED_TO, read with it)
            // tells, and watches follow the folder, so which they were is decided once the read is handled.
            for (wd, place) in places where place.tree == tree && (place.relative == path || place.relative.hasPrefix(path + "/")) {
                movedAway.append((wd, place))
            }
        }
        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            try watch(tree: tree, below: path)
        }
    }

    /// Stops watching the folders that moved out of their tree: those whose watch was not given a new place
    /// in the tree (by the move's IN_MOVED_TO) since. What happens in them now is no change to the portal.
    private func forgetMovedAway() {
        for (wd, place) in movedAway where places[wd] == place {
            places[wd] = nil
            if waiting[wd] == nil { inotify_rm_watch(descriptor, wd) }
        }
        movedAway = []
    }

    /// Watches every folder of a tree from `relative` down, or the folder that would hold the tree.
    private func watch(tree index: Int, below relative: String = "") throws {
        let root = trees[index].path
        var info = stat()
        if relative.isEmpty, stat(root, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR {
            let parent = Self.parentPath(root)
            // Added to whatever the folder is already watched for (it may be a watched folder itself).
            let wd = inotify_add_watch(descriptor, parent, Self.parentEvents | UInt32(IN_MASK_ADD))
            if wd >= 0 { waiting[wd, default: []].insert(index) } else if errno == ENOSPC { throw OutOfWatches() }
            return
        }
        let top = relative.isEmpty ? root : root + "/" + relative
        for folder in FolderWalk.folders(below: top) {
            let below = [relative, folder].filter { !$0.isEmpty }.joined(separator: "/")
            // Added to, as above: the folder may also be where a missing tree is waited for.
            let wd = inotify_add_watch(descriptor, below.isEmpty ? root : root + "/" + below, Self.folderEvents | UInt32(IN_MASK_ADD))
            if wd >= 0 {
                // A folder moved within the tree keeps its watch: the same number comes back, and its
                // new path replaces the old.
                places[wd] = Place(tree: index, relative: below)
            } else if errno == ENOSPC {
                throw OutOfWatches()
            }
        }
    }

    private static func lastName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? "")
    }

    private static func parentPath(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        while parts.count > 1, parts.last == "" { parts.removeLast() }
        parts.removeLast()
        let joined = parts.joined(separator: "/")
        return joined.isEmpty ? "/" : joined
    }
}
#endif
