import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder the tool reads from (`Content/`, `Layouts/`, the built-in theme). Every path is looked at
/// before it is used: a shortcut (symbolic link) must lead to somewhere inside the folder, or a file
/// from elsewhere on the machine (`/etc/passwd`) would be published; and only regular files are ever
/// opened, because reading a named pipe waits forever and a device such as `/dev/zero` never ends.
struct InputFolder: Sendable {
    /// The folder as given; paths in it are built from this, so messages show what the user typed.
    let root: URL
    /// The folder with every link resolved, once, so a folder that is itself a link is fine.
    let resolvedRoot: String
    /// How the folder is named in messages (`Content`).
    let displayRoot: String

    enum Entry: Equatable {
        case missing
        case file
        case folder
        /// It exists but must not be read; the diagnostic says why.
        case unusable(Diagnostic)
    }

    /// The folder, or why it cannot be read at all: a problem with the command or the machine, not a
    /// mistake in the content, so it is reported without a location.
    static func open(_ root: URL, displayRoot: String, role: String) -> Result<InputFolder, InputFolderProblem> {
        let shown = displayRoot.isEmpty ? root.path : displayRoot
        guard let resolved = FileStatus.realPath(root.path) else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR {
                return .failure(InputFolderProblem(message: "the \(role) ‘\(shown)’ does not exist (looked for \(root.path))"))
            }
            return .failure(InputFolderProblem(message: "the \(role) ‘\(shown)’ cannot be opened (\(FileStatus.describe(reason)))"))
        }
        guard let status = FileStatus(path: resolved), status.kind == .folder else {
            return .failure(InputFolderProblem(message: "the \(role) ‘\(shown)’ is not a folder (\(root.path))"))
        }
        guard let directory = opendir(resolved) else {
            return .failure(InputFolderProblem(message: "the \(role) ‘\(shown)’ cannot be read (\(FileStatus.describe(errno)))"))
        }
        closedir(directory)
        return .success(InputFolder(root: root, resolvedRoot: resolved, displayRoot: displayRoot))
    }

    func url(_ relative: String) -> URL { relative.isEmpty ? root : root.appendingPathComponent(relative) }

    func display(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : relative.isEmpty ? displayRoot : "\(displayRoot)/\(relative)"
    }

    /// What is at `relative`, with every link in the path resolved: a file or folder inside this folder,
    /// nothing, or something that must not be read.
    func entry(_ relative: String) -> Entry {
        let path = url(relative).path
        guard let own = FileStatus(path: path, followingLinks: false) else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR { return .missing }
            return .unusable(problem(relative, "this cannot be read (\(FileStatus.describe(reason)))",
                                     hint: "check that you may read it"))
        }
        let isLink = own.kind == .link
        guard let resolved = FileStatus.realPath(path) else {
            let reason = errno
            if reason == ELOOP {
                return .unusable(problem(relative, "this shortcut (symbolic link) goes round in a circle and never reaches a file",
                                         hint: "delete it, or make it point to a file inside \(folderName)"))
            }
            if isLink, reason == ENOENT || reason == ENOTDIR {
                let target = FileStatus.linkTarget(path) ?? "?"
                return .unusable(problem(relative, "this shortcut (symbolic link) points to ‘\(target)’, which does not exist",
                                         hint: "delete it, or put the file itself here"))
            }
            return .unusable(problem(relative, "this cannot be read (\(FileStatus.describe(reason)))",
                                     hint: "check that you may read it"))
        }
        guard let status = FileStatus(path: resolved) else {
            return .unusable(problem(relative, "this cannot be read (\(FileStatus.describe(errno)))",
                                     hint: "check that you may read it"))
        }
        switch status.kind {
        case .file, .folder: break
        default:
            let message = isLink
                ? "this is not a regular file: it is a shortcut (symbolic link) to ‘\(resolved)’, which is \(status.kind.name), so it is not read"
                : "this is not a regular file (it is \(status.kind.name)), so it is not read"
            return .unusable(problem(relative, message, hint: "replace it with an ordinary file, or delete it"))
        }
        guard Self.isInside(resolved, resolvedRoot) else {
            let what = isLink ? "a shortcut (symbolic link) to" : "in"
            return .unusable(problem(relative, "this is \(what) ‘\(resolved)’, which is outside \(folderName), so it is not read",
                                     hint: "copy the \(status.kind == .folder ? "folder" : "file") into \(folderName) instead of linking to it"))
        }
        if status.kind == .folder, isLink, let holder = FileStatus.realPath(url(relative).deletingLastPathComponent().path),
           holder == resolved || Self.isInside(holder, resolved) {
            return .unusable(loopsBack(relative))
        }
        return status.kind == .folder ? .folder : .file
    }

    /// Names in a folder (already checked with `entry`), sorted so that output and messages never depend
    /// on the file system's order. Hidden names (`.git`) are left out.
    func names(in relative: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(relative).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The path with every link resolved, for noticing a walk that comes back to a folder it is in.
    func resolvedPath(_ relative: String) -> String? { FileStatus.realPath(url(relative).path) }

    /// Where a folder reached through links really is, relative to the root (`""` for the root itself).
    func realRelative(_ relative: String) -> String? {
        guard let resolved = resolvedPath(relative), Self.isInside(resolved, resolvedRoot) else { return nil }
        return String(resolved.dropFirst(resolvedRoot.count).drop { $0 == "/" })
    }

    /// A link to a folder that holds it: following it would never end.
    func loopsBack(_ relative: String) -> Diagnostic {
        problem(relative, "this shortcut (symbolic link) points back to a folder that holds it, so reading it would never end",
                hint: "delete it, and copy the files it should show into a folder here instead")
    }

    /// The folder as messages name it, with a slash so it reads as a folder (`Content/`).
    var folderName: String { (displayRoot.isEmpty ? root.lastPathComponent : displayRoot) + "/" }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    private func problem(_ relative: String, _ message: String, hint: String) -> Diagnostic {
        .error(message, at: SourceLocation(file: display(relative)), hint: hint)
    }
}

/// Why a whole input folder cannot be read: a problem with the command or the machine (exit status 2).
public struct InputFolderProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// `stat(2)` of one path, in the terms messages use.
struct FileStatus {
    enum Kind: Equatable {
        case file, folder, link, namedPipe, socket, device, other

        var name: String {
            switch self {
            case .file: return "a file"
            case .folder: return "a folder"
            case .link: return "a shortcut (symbolic link)"
            case .namedPipe: return "a named pipe"
            case .socket: return "a socket"
            case .device: return "a device"
            case .other: return "neither a file nor a folder"
            }
        }
    }

    let kind: Kind
    let size: Int

    /// nil when the path cannot be looked at (`errno` says why).
    init?(path: String, followingLinks: Bool = true) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        self.init(mode: info.st_mode, size: Int(info.st_size))
    }

    /// nil when the descriptor cannot be looked at.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(mode: info.st_mode, size: Int(info.st_size))
    }

    private init(mode: mode_t, size: Int) {
        switch mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .link
        case S_IFIFO: kind = .namedPipe
        case S_IFSOCK: kind = .socket
        case S_IFCHR, S_IFBLK: kind = .device
        default: kind = .other
        }
        self.size = size
    }

    /// The path with every link resolved, or nil (`errno` says why: ELOOP for a loop, ENOENT for a
    /// link to nothing).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What a link says it points to, as written in it.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Reads a regular file without ever waiting: it is opened non-blocking, checked to be a regular file
    /// through the open descriptor (so nothing can be swapped in between), and read up to `limit` bytes.
    static func readRegularFile(_ path: String, limit: Int?) -> Result<Data, ReadProblem> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.cannotOpen(describe(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard let status = FileStatus(descriptor: descriptor) else { return .failure(.cannotOpen(describe(errno))) }
        guard status.kind == .file else { return .failure(.notRegular(status.kind)) }
        if let limit, status.size > limit { return .failure(.tooLarge(status.size)) }
        do {
            let data = try limit.map { try handle.read(upToCount: $0 + 1) } ?? handle.readToEnd()
            let bytes = data ?? Data()
            if let limit, bytes.count > limit { return .failure(.tooLarge(bytes.count)) }
            return .success(bytes)
        } catch {
            return .failure(.cannotOpen("\(error.localizedDescription)"))
        }
    }

    enum ReadProblem: Error {
        case cannotOpen(String)
        case notRegular(Kind)
        case tooLarge(Int)
    }
}
