import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole site into a staging folder beside `Output/`, then swaps it in, so that `Output/` always
/// holds one complete site: the previous one until the swap, the new one after it. A failed or killed
/// build leaves the previous site as it was; the next build removes what a killed one left behind.
public struct StagedOutput: Sendable {
    public var outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = FilePaths.resolved(outputDirectory)
    }

    public enum WriteError: Error, CustomStringConvertible {
        case unsafePath(String)
        case refused(OutputFolder.Refusal)
        case io(String)

        public var description: String {
            switch self {
            case .unsafePath(let path): return "refusing to write outside the output folder: \(path)"
            case .refused(let refusal): return refusal.description
            case .io(let message): return message
            }
        }
    }

    /// Puts back a site that a build killed between its two renames had moved aside, and removes what dead
    /// builds left beside the output folder. Done at the start of every build, before the content is read,
    /// so that a build that then fails on its content still leaves a complete site.
    public func recover() {
        BuildLeftovers.clean(besides: outputDirectory)
    }

    /// What a write did: how the new site was swapped in, and how many files were taken over unchanged
    /// from the site it replaced (hard-linked, not written).
    public struct Written: Sendable {
        public var method: FolderSwap.Method
        public var reused: Int
    }

    /// Writes `files` as the complete new contents of the output folder. Refuses a folder that holds
    /// anything this tool did not make (see `OutputFolder`). Call `recover()` first, as a build does.
    @discardableResult
    public func write(_ files: [OutputFile]) throws -> Written {
        let staging = try begin()
        staging.write(files)
        return try staging.commit()
    }

    /// Makes the staging folder beside the output folder, marked as ours, for a site to be written into
    /// (by several threads at once) while it is being made; `commit` swaps it in, `abandon` removes it.
    public func begin() throws -> StagingFolder {
        let output = outputDirectory
        let parent = output.deletingLastPathComponent()
        // Only a site this tool made is reused from (an empty or absent folder has nothing to offer).
        let previousSite = OutputFolder.inspect(output) == .ours ? output : nil
        try ensureReplaceable(output)
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw WriteError.io("cannot make the folder \(parent.path): \(error.localizedDescription)")
        }

        let pid = getpid()
        let token = String(UInt32.random(in: 0x1000_0000...UInt32.max), radix: 16)
        let staging = parent.appendingPathComponent(BuildLeftovers.name(.staging, for: output, processID: pid, token: token))
        let previous = parent.appendingPathComponent(BuildLeftovers.name(.previous, for: output, processID: pid, token: token))
        guard mkdir(staging.path, 0o755) == 0 else {
            throw WriteError.io("cannot make a staging folder beside \(output.path): \(String(cString: strerror(errno)))")
        }
        guard let lock = DirectoryLock(staging, wait: true) else {
            rmdir(staging.path)
            throw WriteError.io("cannot lock the staging folder \(staging.path)")
        }
        let folder = StagingFolder(output: self, staging: staging, previous: previous, previousSite: previousSite, lock: lock)
        // The marker goes first, so that a folder left by a build killed at any later moment is provably ours.
        folder.write(OutputFolder.markerName, Array(OutputFolder.markerText.utf8), reusing: false)
        if let failure = folder.failure {
            folder.abandon()
            throw failure
        }
        return folder
    }

    /// Checked before anything is written and again just before the swap, in case something was put
    /// into the output folder while the site was being written.
    func ensureReplaceable(_ output: URL) throws {
        if let refusal = OutputFolder.refusal(for: OutputFolder.inspect(output), display: output.path) {
            throw WriteError.refused(refusal)
        }
    }
}
