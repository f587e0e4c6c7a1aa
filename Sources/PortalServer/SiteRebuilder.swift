import Foundation
import SchemePortal

/// Makes the next served site from the content as it is on disk: the whole pipeline up to `check`, as
/// `portal build` runs it, without writing anything. Rebuilding everything on every change is the
/// simplest way never to serve a stale page; see docs/serve.md for what an incremental rebuild needs.
public struct SiteRebuilder: Sendable {
    public let configuration: Build.Configuration
    /// Builds run one after another, never side by side, even when one whose caller stopped waiting is
    /// still running: the load cache and the render memo hold what the last build read and made, and two
    /// builds at once would each take the other's for their own.
    private let queue = DispatchQueue(label: "portal-serve-builds", qos: .userInitiated)

    public init(configuration: Build.Configuration) {
        self.configuration = configuration
    }

    /// One build, as `portal check` runs it, for `today` (the configuration's day when nil).
    public func build(today: CalendarDay? = nil) -> Build.Outcome {
        var configuration = configuration
        if let today { configuration.options.today = today }
        return Build(configuration: configuration).run(until: .check)
    }

    /// The same, on a thread of its own: a build can take seconds and uses every core itself, and must
    /// not hold up the threads that answer requests. Nil when the waiting task is cancelled (the server
    /// is stopping): Ctrl-C does not wait for a long build to end.
    func buildOffTheServerThreads(today: CalendarDay? = nil) async -> Build.Outcome? {
        let answer = OneAnswer()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                answer.wait(with: continuation)
                queue.async { answer.give(build(today: today)) }
            }
        } onCancel: {
            answer.give(nil)
        }
    }

    /// The site to serve after `outcome`: its files when it has no errors, else the files served before
    /// (the last good site) under the new messages.
    public func next(after previous: ServedSite?, outcome: Build.Outcome, generation: String) -> ServedSite {
        var diagnostics = outcome.diagnostics
        if let failure = outcome.readFailure {
            diagnostics.append(.error(.buildFailed, failure, at: SourceLocation(file: configuration.contentDisplay),
                                      hint: "put the folder back; portal serve rebuilds when it appears"))
        }
        guard !diagnostics.hasErrors else {
            return ServedSite(generation: generation, files: previous?.files, diagnostics: diagnostics)
        }
        var files: [String: [UInt8]] = [:]
        files.reserveCapacity(outcome.files.count)
        for file in outcome.files { files[file.path] = file.contents }
        return ServedSite(generation: generation, files: files, diagnostics: diagnostics)
    }
}

/// Resumes a waiting task exactly once: with the build's outcome, or with nil when cancelled first.
private final class OneAnswer: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Build.Outcome?, Never>?
    private var given = false
    private var early: Build.Outcome??

    func wait(with continuation: CheckedContinuation<Build.Outcome?, Never>) {
        let ready: Build.Outcome?? = lock.withLock {
            if let early { given = true; return early }
            self.continuation = continuation
            return nil
        }
        if let ready { continuation.resume(returning: ready) }
    }

    func give(_ outcome: Build.Outcome?) {
        let waiting: CheckedContinuation<Build.Outcome?, Never>? = lock.withLock {
            guard !given else { return nil }
            guard let continuation else {
                if early == nil { early = .some(outcome) }
                return nil
            }
            given = true
            self.continuation = nil
            return continuation
        }
        waiting?.resume(returning: outcome)
    }
}
