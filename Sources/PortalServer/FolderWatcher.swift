import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder `portal serve` watches, with the name messages give it (`Content`).
public struct WatchedFolder: Sendable, Equatable {
    public var path: String
    public var display: String

    public init(path: String, display: String) {
        self.path = path
        self.display = display
    }
}

/// Watches `Content/` and `Layouts/` and reports the paths that changed, once the changes have stopped
/// for a moment: an editor that saves by writing a temporary file and renaming it over the old one
/// makes several events, and they become one report, sent after the file holds its final content.
/// On Linux it uses inotify (one descriptor, one watch per folder); where that is missing, or the
/// system's limit on watches is reached, it compares the trees' paths, sizes and times every 0.3 s.
final class FolderWatcher: @unchecked Sendable {
    enum Mode: Sendable, Equatable {
        case inotify
        case polling(reason: String)
    }

    let folders: [WatchedFolder]
    /// Quiet time that ends a burst of events.
    let quiet: Double
    let pollInterval: Double
    private let report: @Sendable ([String]) -> Void
    private let fellBack: @Sendable (Mode) -> Void
    private let lock = NSLock()
    private var stopRequested = false
    private var running = false
    /// Callers of `fence()` waiting for everything seen so far to be reported.
    private var fences: [@Sendable () -> Void] = []

    /// `report` gets each burst's paths (`Content/people/ada.yaml`); `fellBack` is told when inotify
    /// had to give way to polling after the start.
    init(folders: [WatchedFolder], quiet: Double = 0.075, pollInterval: Double = 0.3,
         report: @escaping @Sendable ([String]) -> Void, fellBack: @escaping @Sendable (Mode) -> Void = { _ in }) {
        self.folders = folders
        self.quiet = quiet
        self.pollInterval = pollInterval
        self.report = report
        self.fellBack = fellBack
    }

    /// Starts watching before it returns, so no change made after this call is missed.
    func start(forcePolling: Bool = false) -> Mode {
        #if canImport(Glibc)
        if !forcePolling {
            switch InotifyTrees.open(folders) {
            case .success(let trees):
                spawn { self.runInotify(trees) }
                return .inotify
            case .failure(let reason):
                return startPolling(reason: reason.text)
            }
        }
        #endif
        return startPolling(reason: forcePolling ? "as --poll asks" : "this system has no inotify")
    }

    private func startPolling(reason: String) -> Mode {
        let first = PollingSnapshot(folders)
        spawn { self.runPolling(from: first) }
        return .polling(reason: reason)
    }

    /// Stops watching; returns once the watching thread has let go of its descriptor.
    func stop() {
        lock.withLock { stopRequested = true }
        while lock.withLock({ running }) { usleep(10_000) }
    }

    private var shouldStop: Bool { lock.withLock { stopRequested } }

    /// Returns once every change made before the call has been reported, without waiting for quiet: a
    /// change made while a build ran is then in the inbox before the build is declared done, so the
    /// next batch knows the build may have read it half made (`ChangeInbox`). inotify queues an event
    /// in the very call that changes a file, so draining the queue catches them all; polling compares
    /// a fresh snapshot.
    func fence() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let queued = lock.withLock { () -> Bool in
                guard running else { return false }
                fences.append { continuation.resume() }
                return true
            }
            if !queued { continuation.resume() }
        }
    }

    private func takeFences() -> [@Sendable () -> Void] {
        lock.withLock {
            defer { fences = [] }
            return fences
        }
    }

    private var fenceWaiting: Bool { lock.withLock { !fences.isEmpty } }

    private func spawn(_ work: @escaping @Sendable () -> Void) {
        lock.withLock { running = true }
        let thread = Thread {
            work()
            let left = self.lock.withLock { () -> [@Sendable () -> Void] in
                self.running = false
                defer { self.fences = [] }
                return self.fences
            }
            for resume in left { resume() }
        }
        thread.name = "portal serve: watching"
        thread.start()
    }

    #if canImport(Glibc)
    private func runInotify(_ trees: InotifyTrees) {
        var pending: Set<String> = []
        var firstPending: Double = 0
        var lastEvent: Double = 0
        defer { trees.close() }
        while !shouldStop {
            let waiting = takeFences()
            // Waits of at most 50 ms, so a fence is answered promptly; quiet is measured from the last event,
            // and a wait never runs past the moment it is reached (a burst is reported 75 ms after it ends).
            let untilQuiet = pending.isEmpty ? 0.05 : max(0.001, quiet - (Self.now() - lastEvent))
            let waitMilliseconds: Int32 = waiting.isEmpty ? Int32((min(untilQuiet, 0.05) * 1000).rounded(.up)) : 0
            switch trees.wait(milliseconds: waitMilliseconds) {
            case .changed(let paths):
                if pending.isEmpty { firstPending = Self.now() }
                lastEvent = Self.now()
                pending.formUnion(paths)
                // A folder that never falls quiet still gets a rebuild every second.
                if Self.now() - firstPending > 1 || !waiting.isEmpty { flush(&pending) }
            case .quiet:
                if !waiting.isEmpty || Self.now() - lastEvent >= quiet { flush(&pending) }
            case .outOfWatches(let paths):
                pending.formUnion(paths)
                flush(&pending)
                for resume in waiting { resume() }
                let mode = Mode.polling(reason: "the system's limit on watched folders (fs.inotify.max_user_watches) was reached")
                fellBack(mode)
                trees.close()
                runPolling(from: PollingSnapshot(folders))
                return
            }
            for resume in waiting { resume() }
        }
    }
    #endif

    private func runPolling(from start: PollingSnapshot) {
        var last = start
        while !shouldStop {
            guard pause(pollInterval) else { return }
            let waiting = takeFences()
            var current = PollingSnapshot(folders)
            var changed = last.changes(to: current)
            // Wait for the folders to fall quiet, so a file being written is read once it is complete
            // (but not when a fence waits: it needs what changed so far, at once).
            while waiting.isEmpty, !changed.isEmpty, pause(quiet) {
                let again = PollingSnapshot(folders)
                let more = current.changes(to: again)
                current = again
                if more.isEmpty { break }
                changed.formUnion(more)
            }
            if !changed.isEmpty { report(changed.sorted()) }
            last = current
            for resume in waiting { resume() }
        }
    }

    /// Sleeps in short steps; false when asked to stop meanwhile.
    private func pause(_ seconds: Double) -> Bool {
        var left = seconds
        while left > 0 {
            if shouldStop { return false }
            if fenceWaiting { return true }
            let step = min(left, 0.05)
            usleep(UInt32(step * 1_000_000))
            left -= step
        }
        return !shouldStop
    }

    private func flush(_ pending: inout Set<String>) {
        guard !pending.isEmpty else { return }
        report(pending.sorted())
        pending = []
    }

    private static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}

/// The paths, sizes and modification times of every file and folder in the watched trees.
struct PollingSnapshot {
    struct Stamp: Equatable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    var stamps: [String: Stamp] = [:]

    init(_ folders: [WatchedFolder]) {
        for folder in folders {
            for entry in FolderWalk.entries(below: folder.path) {
                stamps[folder.display + "/" + entry.relative] = Stamp(
                    size: entry.isFolder ? -1 : entry.size, seconds: Int(entry.modified.tv_sec),
                    nanoseconds: Int(entry.modified.tv_nsec), inode: entry.inode)
            }
        }
    }

    /// Paths added, removed or changed between `self` and `later`.
    func changes(to later: PollingSnapshot) -> Set<String> {
        var changed: Set<String> = []
        for (path, stamp) in later.stamps where stamps[path] != stamp { changed.insert(path) }
        for path in stamps.keys where later.stamps[path] == nil { changed.insert(path) }
        return changed
    }
}
