import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TestPortal {
    /// Makes `path` (relative to the portal's folder) a symbolic link holding `target` exactly as given.
    func link(_ path: String, to target: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    /// Makes `path` a named pipe (FIFO): opening it for reading waits until something writes to it.
    func makeNamedPipe(_ path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard mkfifo(url.path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// A folder outside the portal, holding `files`, with every link in its path resolved (as messages show it).
    static func outsideFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("schemeportal-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder.resolvingSymlinksInPath()
    }
}

/// Runs `work` on another thread and gives its result, or nil when it has not finished within `seconds`
/// (the thread is then left waiting, and the test fails instead of hanging the whole run).
func finishing<T: Sendable>(within seconds: Double, _ work: @escaping @Sendable () -> T) -> T? {
    let slot = FinishingSlot<T>()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        let value = work()
        slot.lock.lock()
        slot.value = value
        slot.lock.unlock()
        done.signal()
    }
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    slot.lock.lock()
    defer { slot.lock.unlock() }
    return slot.value
}

private final class FinishingSlot<T>: @unchecked Sendable {
    let lock = NSLock()
    var value: T?
}
