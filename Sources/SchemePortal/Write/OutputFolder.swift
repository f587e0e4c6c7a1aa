import Foundation

/// Decides whether a folder may become the output folder. A build replaces everything in that folder,
/// so it must be a folder this tool made (it holds the marker every build writes), an empty one, or one
/// that does not exist yet, and never a folder that holds the user's own work.
public enum OutputFolder {
    /// Written into every build; its presence is the proof that a folder's contents are ours to replace.
    public static let markerName = ".schemeportal-output"
    static let markerText = """
        This folder is made by SchemePortal (portal build), which replaces everything in it on each build.
        Edit the content folder instead; files you put here are removed by the next build.

        """
    /// Files that may sit in a folder we have not built into yet without making it someone else's.
    static let placeholders: Set<String> = [".gitkeep"]

    /// What a build must not write over, with the names they are given in messages.
    public struct Protected: Sendable {
        public var contentDirectory: URL
        public var layoutsDirectory: URL
        public var currentDirectory: URL?
        public var homeDirectory: URL?

        public init(contentDirectory: URL, layoutsDirectory: URL, currentDirectory: URL?, homeDirectory: URL?) {
            self.contentDirectory = contentDirectory
            self.layoutsDirectory = layoutsDirectory
            self.currentDirectory = currentDirectory
            self.homeDirectory = homeDirectory
        }
    }

    /// Why a folder was refused: a sentence saying what the folder is, and what to do instead.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var problem: String
        public var hint: String
        public var description: String { "\(problem); \(hint)" }
    }

    /// Why the folder may not be built into, or nil when it may. Touches nothing.
    public static func check(_ output: URL, display: String, protecting protected: Protected) -> Refusal? {
        let name = "‘\(display)’"
        let resolved = FilePaths.resolved(output)
        if resolved.path == "/" {
            return Refusal(problem: "refusing to build into \(name): it is the root of the file system, and a build replaces everything in its output folder",
                                    hint: chooseAnother)
        }
        let guarded: [(URL?, String)] = [
            (protected.contentDirectory, "the content folder"),
            (protected.layoutsDirectory, "the layouts folder"),
            (protected.currentDirectory, "the folder you are in"),
            (protected.homeDirectory, "your home folder"),
        ]
        let folders = guarded.compactMap { folder, what in folder.map { (FilePaths.resolved($0), what) } }
        // The exact match first: ‘.’ is better described as the folder you are in than as the one holding Content.
        if let (_, what) = folders.first(where: { $0.0.path == resolved.path }) {
            return Refusal(problem: "refusing to build into \(name): it is \(what), and a build replaces everything in its output folder",
                                    hint: chooseAnother)
        }
        if let (_, what) = folders.first(where: { FilePaths.isInside($0.0, resolved) }) {
            return Refusal(problem: "refusing to build into \(name): it holds \(what), and a build replaces everything in its output folder",
                                    hint: chooseAnother)
        }
        // Inside the content or layouts folder the site would be read back as content, or watched as a layout.
        if let (_, what) = folders.prefix(2).first(where: { FilePaths.isInside(resolved, $0.0) }) {
            return Refusal(problem: "refusing to build into \(name): it is inside \(what)",
                                    hint: "put the site beside \(what) instead, such as --output Output")
        }
        return refusal(for: inspect(resolved), display: display)
    }

    /// Why a folder holding `contents` may not be replaced by a build, or nil when it may.
    static func refusal(for contents: Contents, display: String) -> Refusal? {
        let name = "‘\(display)’"
        switch contents {
        case .absent, .empty, .ours:
            return nil
        case .notAFolder(let kind):
            return Refusal(problem: "refusing to build into \(name): it is \(kind), not a folder",
                           hint: "name a folder for the site, such as --output Output")
        case .someoneElses(let examples, let more):
            let listed = examples.map { "‘\($0)’" }.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
            return Refusal(
                problem: "refusing to build into \(name): it holds files that portal build did not make (\(listed)), and a build replaces everything in its output folder",
                hint: "move those files elsewhere or empty the folder, or \(chooseAnother)")
        case .unreadable(let reason):
            return Refusal(problem: "cannot use \(name) as the output folder: \(reason)",
                           hint: "check the folder's permissions, or \(chooseAnother)")
        }
    }

    private static let chooseAnother = "choose a folder of its own for the site with --output, such as --output Output"

    /// What sits at a path, as far as a build is concerned.
    enum Contents: Equatable {
        case absent
        case empty
        case ours
        case notAFolder(String)
        case someoneElses(examples: [String], more: Int)
        case unreadable(String)
    }

    static func inspect(_ url: URL) -> Contents {
        guard let status = FileStatus(path: url.path, followingLinks: false) else {
            return errno == ENOENT ? .absent : .unreadable(FileStatus.describe(errno))
        }
        guard status.kind == .folder else { return .notAFolder(status.kind.name) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            return .unreadable("its contents cannot be listed")
        }
        if names.contains(markerName) { return .ours }
        let others = names.filter { !placeholders.contains($0) }.sorted()
        if others.isEmpty { return .empty }
        return .someoneElses(examples: Array(others.prefix(3)), more: max(0, others.count - 3))
    }
}
