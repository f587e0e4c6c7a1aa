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
    /// `root` as a path, made once.
    private let rootPath: String

    init(root: URL, resolvedRoot: String, displayRoot: String) {
        self.root = root
        self.resolvedRoot = resolvedRoot
        self.displayRoot = displayRoot
        self.rootPath = root.path
    }

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

    /// The path of `relative` as text: built by joining strings, since a `URL` costs more than the file's
    /// own reading when a folder holds thousands of people files.
    func path(_ relative: String) -> String {
        relative.isEmpty ? rootPath : rootPath.hasSuffix("/") ? rootPath + relative : rootPath + "/" + relative
    }

    func display(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : relative.isEmpty ? displayRoot : "\(displayRoot)/\(relative)"
    }

    /// Whether the folder at `relative` is reached through no link at all, so that what is in it and is not
    /// a link itself is inside this folder without resolving its path (`entry(_:inPlainFolder:)`).
    func isPlain(_ relative: String) -> Bool {
        guard let resolved = FileStatus.realPath(path(relative)) else { return false }
        return resolved == (relative.isEmpty ? resolvedRoot : resolvedRoot + "/" + relative)
    }

    /// What is at `relative`, with every link in the path resolved: a file or folder inside this folder,
    /// nothing, or something that must not be read. `inPlainFolder` says the folder holding it was found
    /// `isPlain`: a file or folder there that is not a link needs no more looking at (at thousands of
    /// people files, resolving each path was most of the system calls of a load).
    func entry(_ relative: String, inPlainFolder: Bool = false) -> Entry {
        let path = path(relative)
        guard let own = FileStatus(path: path, followingLinks: false) else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR { return .missing }
            return .unusable(.unreadableFile(FileStatus.describe(reason), at: SourceLocation(file: display(relative)), hint: "check that you may read it"))
        }
        if inPlainFolder, own.kind == .file || own.kind == .folder { return own.kind == .folder ? .folder : .file }
        let isLink = own.kind == .link
        guard let resolved = FileStatus.realPath(path) else {
            let reason = errno
            if reason == ELOOP {
                return .unusable(problem(.shortcut, relative, "this shortcut (symbolic link) goes round in a circle and never reaches a file",
                                         hint: "delete it, or make it point to a file inside \(folderName)"))
            }
            if isLink, reason == ENOENT || reason == ENOTDIR {
                let target = FileStatus.linkTarget(path) ?? "?"
                return .unusable(problem(.shortcut, relative, "this shortcut (symbolic link) points to ‘\(target)’, which does not exist",
                                         hint: "delete it, or put the file itself here"))
            }
            return .unusable(.unreadableFile(FileStatus.describe(reason), at: SourceLocation(file: display(relative)), hint: "check that you may read it"))
        }
        guard let status = FileStatus(path: resolved) else {
            return .unusable(.unreadableFile(FileStatus.describe(errno), at: SourceLocation(file: display(relative)), hint: "check that you may read it"))
        }
        switch status.kind {
        case .file, .folder: break
        default:
            return .unusable(.notRegularFile(status.kind.name, at: SourceLocation(file: display(relative)), link: isLink ? resolved : nil))
        }
        guard Self.isInside(resolved, resolvedRoot) else {
            let what = isLink ? "a shortcut (symbolic link) to" : "in"
            return .unusable(problem(.shortcut, relative, "this is \(what) ‘\(resolved)’, which is outside \(folderName), so it is not read",
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

    /// The names in a folder that its listing says are regular files (not links, folders or anything else), as
    /// the bytes the file system holds: in a plain folder (`isPlain`) such a name needs no `entry` of its own,
    /// which at thousands of people files saves a system call each. Bytes, not text: two names Swift's strings
    /// count as equal (`é` composed and decomposed, or two names that are not UTF-8 and read the same once
    /// repaired) must never let a link borrow a regular file's answer. A file system that does not say
    /// (`DT_UNKNOWN`) gives none, and every name is then looked at as before.
    func regularFileNames(in relative: String) -> Set<[UInt8]> {
        guard let directory = opendir(path(relative)) else { return [] }
        defer { closedir(directory) }
        var names = Set<[UInt8]>()
        while let entry = readdir(directory) {
            guard entry.pointee.d_type == UInt8(DT_REG) else { continue }
            // `d_name` is a fixed-size C array: the name is its bytes up to the first NUL.
            names.insert(withUnsafeBytes(of: &entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) })
        }
        return names
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
        problem(.shortcut, relative, "this shortcut (symbolic link) points back to a folder that holds it, so reading it would never end",
                hint: "delete it, and copy the files it should show into a folder here instead")
    }

    /// The folder as messages name it, with a slash so it reads as a folder (`Content/`).
    var folderName: String { (displayRoot.isEmpty ? root.lastPathComponent : displayRoot) + "/" }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    private func problem(_ code: DiagnosticCode, _ relative: String, _ message: String, hint: String) -> Diagnostic {
        .error(code, message, at: SourceLocation(file: display(relative)), hint: hint)
    }
}

/// Why a whole input folder cannot be read: a problem with the command or the machine (exit status 2).
public struct InputFolderProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
