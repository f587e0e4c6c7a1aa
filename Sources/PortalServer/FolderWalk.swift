#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a folder tree the way the content loader sees it: hidden names (`.git`, an editor's `.swp`
/// file) are left out, and symbolic links are reported but not followed. One folder is open at a time,
/// so a tree of 50,000 files needs one file descriptor.
enum FolderWalk {
    struct Entry {
        /// The path below the walked folder (`people/ada.yaml`).
        var relative: String
        var isFolder: Bool
        var size: Int64
        var modified: timespec
        var inode: UInt64
    }

    /// Every entry below `root` (not `root` itself); nothing when `root` cannot be read.
    static func entries(below root: String) -> [Entry] {
        var found: [Entry] = []
        var folders = [""]
        while let folder = folders.popLast() {
            for name in names(in: folder.isEmpty ? root : root + "/" + folder) {
                let relative = folder.isEmpty ? name : folder + "/" + name
                var info = stat()
                guard lstat(root + "/" + relative, &info) == 0 else { continue }
                let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
                found.append(Entry(relative: relative, isFolder: isFolder, size: Int64(info.st_size),
                                   modified: info.st_mtim, inode: UInt64(info.st_ino)))
                if isFolder { folders.append(relative) }
            }
        }
        return found
    }

    /// The folders below `root`, and `root` itself as "".
    static func folders(below root: String) -> [String] {
        var found: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            found.append(folder)
            let path = folder.isEmpty ? root : root + "/" + folder
            for name in names(in: path) {
                let relative = folder.isEmpty ? name : folder + "/" + name
                var info = stat()
                guard lstat(root + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
                pending.append(relative)
            }
        }
        return found
    }

    /// The names in one folder, read and closed before anything else is opened.
    static func names(in path: String) -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if isWatchable(name) { names.append(name) }
        }
        return names
    }

    /// What the loader reads: hidden names (and `.`, `..`) never are.
    static func isWatchable(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".")
    }
}
