import Foundation

/// Writes a whole site into a staging folder beside `Output/`, then swaps it in, so a failed or
/// interrupted build never leaves a half-written site and stale files disappear.
public struct StagedOutput: Sendable {
    public var outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory.standardizedFileURL
    }

    public enum WriteError: Error, CustomStringConvertible {
        case unsafePath(String)
        case io(String)

        public var description: String {
            switch self {
            case .unsafePath(let path): return "refusing to write outside the output folder: \(path)"
            case .io(let message): return message
            }
        }
    }

    /// Writes `files` as the complete new contents of the output folder.
    public func write(_ files: [OutputFile]) throws {
        let fileManager = FileManager.default
        let parent = outputDirectory.deletingLastPathComponent()
        let name = outputDirectory.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        let previous = parent.appendingPathComponent(".\(name).previous-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                guard Self.isSafe(file.path) else { throw WriteError.unsafePath(file.path) }
                let url = staging.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard fileManager.createFile(atPath: url.path, contents: Data(file.contents)) else {
                    throw WriteError.io("cannot write \(url.path)")
                }
            }
            // Kept in git so the folder exists in a fresh clone; not part of the site.
            if fileManager.fileExists(atPath: outputDirectory.appendingPathComponent(".gitkeep").path) {
                fileManager.createFile(atPath: staging.appendingPathComponent(".gitkeep").path, contents: Data())
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            if let error = error as? WriteError { throw error }
            throw WriteError.io("cannot write the new site: \(error.localizedDescription)")
        }
        // The swap: two renames within one folder. Between them the output folder is briefly absent,
        // never half-written; if the second rename fails the previous site is put back.
        do {
            if fileManager.fileExists(atPath: outputDirectory.path) {
                try? fileManager.removeItem(at: previous)
                try fileManager.moveItem(at: outputDirectory, to: previous)
            }
            do {
                try fileManager.moveItem(at: staging, to: outputDirectory)
            } catch {
                if fileManager.fileExists(atPath: previous.path) { try? fileManager.moveItem(at: previous, to: outputDirectory) }
                throw error
            }
            try? fileManager.removeItem(at: previous)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw WriteError.io("cannot replace \(outputDirectory.path): \(error.localizedDescription)")
        }
    }

    /// Only plain relative paths: no `..`, no absolute paths, nothing hidden.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part != "." && part != ".." && !part.hasPrefix(".")
        }
    }
}
