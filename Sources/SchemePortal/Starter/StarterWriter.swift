import Foundation

/// Puts starter files on disk for `portal new` and `portal add-scheme`. It never replaces anything: each
/// file is created only if nothing is at its path (`O_EXCL`, which also refuses a shortcut there), and
/// when any file cannot be made, everything made so far is removed again, so a failure leaves no half
/// portal or half scheme behind.
public enum StarterWriter {
    /// `portal new PATH`: makes the folder (and any missing parents) or uses it when it is empty, and
    /// writes the starter portal into it. `shown` is the path as the user typed it, for messages.
    public static func makePortal(at folder: URL, shown: String, today: CalendarDay) throws -> [StarterFile] {
        var made = Made()
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw StarterRefusal.notAFolder(shown: shown) }
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            } catch {
                throw StarterRefusal.cannotWrite(shown: shown, reason: "its contents cannot be read")
            }
            guard entries.isEmpty else { throw StarterRefusal.folderNotEmpty(shown: shown) }
        } else if let problem = made.folders(folder) {
            made.undo()
            throw StarterRefusal.cannotWrite(shown: shown, reason: problem)
        }
        let files = StarterPortal.files(today: today)
        try create(files, under: folder, shown: shown, made: &made)
        return files
    }

    /// `portal add-scheme NAME`: a starter scheme in `content/schemes/<slug>/`, whose folder must not
    /// exist yet. Returns the scheme's address and its files (by their paths from the content folder).
    public static func addScheme(named written: String, content: URL, contentShown: String, today: CalendarDay) throws
        -> (slug: String, files: [StarterFile]) {
        let name = written.trimmingCharacters(in: .whitespaces)
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" })
        else { throw StarterRefusal.nameNotOneLine }
        let slug = Slug.make(from: name)
        guard !slug.isEmpty else { throw StarterRefusal.nameHasNoAddress(name: name) }
        guard !ReservedFileName.isReserved(slug) else { throw StarterRefusal.nameIsReserved(name: name, slug: slug) }

        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isFolder) else {
            throw StarterRefusal.noContentFolder(shown: contentShown, path: content.path)
        }
        guard isFolder.boolValue else { throw StarterRefusal.contentNotAFolder(shown: contentShown, path: content.path) }
        let schemes = content.appendingPathComponent("schemes")
        let schemesShown = contentShown + "/schemes"
        var status = stat()
        if lstat(schemes.path, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR {
            throw StarterRefusal.schemesNotAFolder(shown: schemesShown)
        }
        let folder = schemes.appendingPathComponent(slug)
        let shown = "\(schemesShown)/\(slug)"
        if lstat(folder.path, &status) == 0 { throw StarterRefusal.schemeExists(slug: slug, shown: shown) }

        var made = Made()
        if let problem = made.folders(schemes) {
            made.undo()
            throw StarterRefusal.cannotWrite(shown: schemesShown, reason: problem)
        }
        // Made on its own, so that a scheme of the same name made at the same moment is refused, not joined.
        guard mkdir(folder.path, 0o755) == 0 else {
            let failure = errno
            made.undo()
            if failure == EEXIST { throw StarterRefusal.schemeExists(slug: slug, shown: shown) }
            throw StarterRefusal.cannotWrite(shown: shown, reason: String(cString: strerror(failure)))
        }
        made.madeFolders.append(folder.path)
        let scheme = StarterScheme(title: name, slug: slug, dates: StarterDates(today: today))
        let files = scheme.files
        try create(files, under: content, shown: contentShown, made: &made)
        return (slug, files)
    }

    private static func create(_ files: [StarterFile], under root: URL, shown: String, made: inout Made) throws {
        for file in files {
            let url = root.appendingPathComponent(file.path)
            if let problem = made.folders(url.deletingLastPathComponent()) ?? made.file(Array(file.contents.utf8), at: url.path) {
                made.undo()
                throw StarterRefusal.cannotWrite(shown: "\(shown)/\(file.path)", reason: problem)
            }
        }
    }

    /// What this run has made, so that a failure can take it back (and nothing else).
    struct Made {
        var madeFolders: [String] = []
        var madeFiles: [String] = []

        /// Makes `folder` and any missing parents; nil when it exists or was made, else why not.
        mutating func folders(_ folder: URL) -> String? {
            var missing: [URL] = []
            var current = folder.standardizedFileURL
            var isFolder: ObjCBool = false
            while !FileManager.default.fileExists(atPath: current.path, isDirectory: &isFolder) {
                missing.append(current)
                let parent = current.deletingLastPathComponent()
                guard parent.path != current.path else { break }
                current = parent
            }
            guard isFolder.boolValue else { return "‘\(current.path)’ is a file, not a folder" }
            for url in missing.reversed() {
                guard mkdir(url.path, 0o755) == 0 else { return String(cString: strerror(errno)) }
                madeFolders.append(url.path)
            }
            return nil
        }

        /// Creates the file only if nothing is at `path`.
        mutating func file(_ bytes: [UInt8], at path: String) -> String? {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                return errno == EEXIST ? "something is already there" : String(cString: strerror(errno))
            }
            madeFiles.append(path)
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                try handle.write(contentsOf: bytes)
                try handle.close()
            } catch {
                return error.localizedDescription
            }
            return nil
        }

        /// Removes what was made, files first, then folders from the deepest.
        mutating func undo() {
            for path in madeFiles.reversed() { unlink(path) }
            for path in madeFolders.reversed() { rmdir(path) }
            madeFiles = []
            madeFolders = []
        }
    }
}
