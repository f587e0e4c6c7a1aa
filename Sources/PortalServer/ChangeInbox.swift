import Foundation

/// Where the watcher leaves the paths it saw change, and the rebuild loop takes them all at once: the
/// changes that arrive while a rebuild runs are gathered into the next one, however many there were.
/// A waiting loop that is cancelled (the server stopping, or trying another port) leaves the inbox as
/// it was for the next one.
final class ChangeInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var closed = false
    private var waiter: CheckedContinuation<Void, Never>?

    func add(_ changed: some Sequence<String>) {
        let woken = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            paths.formUnion(changed)
            defer { waiter = nil }
            return waiter
        }
        woken?.resume()
    }

    /// Waits for changes and takes every path gathered so far; nil once the inbox is closed or the
    /// waiting task is cancelled.
    func next() async -> Set<String>? {
        while true {
            let taken = lock.withLock { () -> Set<String>? in
                if closed || Task.isCancelled { return nil }
                defer { paths = [] }
                return paths
            }
            guard let taken else { return nil }
            if !taken.isEmpty { return taken }
            await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    let now = lock.withLock { () -> Bool in
                        if closed || !paths.isEmpty || Task.isCancelled { return true }
                        waiter = continuation
                        return false
                    }
                    if now { continuation.resume() }
                }
            } onCancel: {
                wake()
            }
        }
    }

    func close() {
        lock.withLock { closed = true }
        wake()
    }

    private func wake() {
        let woken = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            defer { waiter = nil }
            return waiter
        }
        woken?.resume()
    }
}
