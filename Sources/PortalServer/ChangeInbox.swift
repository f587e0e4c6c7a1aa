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
    /// From the moment a batch is taken until `idle()`: the batch is being looked at or built.
    private var busy = false
    /// Some change came while busy, so nobody knows which version of it the build read.
    private var cameWhileBusy = false
    /// The day changed since the last build (the reference day follows the clock).
    private var newDay = false

    /// Paths taken together; `unsure` when some change among them came while the last batch was being
    /// built (such a batch always rebuilds).
    struct Batch {
        var paths: Set<String>
        var unsure: Bool
        /// A new day began: pages that show which dates are past must be rebuilt, whatever the files hold.
        var newDay = false
    }

    func add(_ changed: some Sequence<String>) {
        let woken = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            if busy { cameWhileBusy = true }
            paths.formUnion(changed)
            defer { waiter = nil }
            return waiter
        }
        woken?.resume()
    }

    /// The day the site was built for is over: the next batch rebuilds even if no file changed.
    func addNewDay() {
        let woken = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            newDay = true
            defer { waiter = nil }
            return waiter
        }
        woken?.resume()
    }

    /// Waits for changes and takes every path gathered so far, and is busy from then until `idle()`; nil
    /// once the inbox is closed or the waiting task is cancelled.
    func next() async -> Batch? {
        while true {
            let taken = lock.withLock { () -> Batch? in
                if closed || Task.isCancelled { return nil }
                guard !paths.isEmpty || newDay else { return Batch(paths: [], unsure: false) }
                defer {
                    paths = []
                    cameWhileBusy = false
                    newDay = false
                    busy = true
                }
                return Batch(paths: paths, unsure: cameWhileBusy, newDay: newDay)
            }
            guard let taken else { return nil }
            if !taken.paths.isEmpty || taken.newDay { return taken }
            await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    let now = lock.withLock { () -> Bool in
                        if closed || !paths.isEmpty || newDay || Task.isCancelled { return true }
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

    /// The batch taken last is built (or found to change nothing).
    func idle() {
        lock.withLock { busy = false }
    }

    /// A batch whose build was cancelled goes back, marked unsure, for the next loop to build.
    func putBack(_ changed: Set<String>, newDay day: Bool = false) {
        lock.withLock {
            paths.formUnion(changed)
            if day { newDay = true }
            cameWhileBusy = true
            busy = false
        }
    }

    /// Busy from before the first build, so that a change made while it runs rebuilds.
    func startBusy() {
        lock.withLock { busy = true }
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
