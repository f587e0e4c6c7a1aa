import Foundation
import SchemePortal

/// Everything one run of `portal serve` holds: the site being served, the rebuilds, the watcher.
/// `rebuild(changed:)` is what the watcher's changes lead to; tests call it directly too.
public final class ServeSession: Sendable {
    public let live: LiveSite
    public let rebuilder: SiteRebuilder
    let inbox = ChangeInbox()
    /// What each watched file held when the served site was built, to tell a save that changed nothing.
    let digests: ContentDigests
    /// Differs between runs of the server, so a tab left open across a restart reloads.
    private let runToken: String
    private let counter = Counter()
    /// The current day, when the reference day follows the clock (no `--today`, no SOURCE_DATE_EPOCH); nil
    /// keeps the configuration's day for good.
    let clockDay: (@Sendable () -> CalendarDay)?
    /// The reference day of the last build.
    private let builtDay: Locked<CalendarDay>

    /// `today`, when given, is asked for the day at each build, so that a server left running past midnight
    /// shows the next day's past and next dates (DevServer checks it now and then).
    public init(configuration: Build.Configuration, today: (@Sendable () -> CalendarDay)? = nil) {
        clockDay = today
        builtDay = Locked(configuration.options.today)
        var configuration = configuration
        // Each rebuild parses again only the participant files whose text changed, and renders again only
        // the pages whose inputs changed.
        configuration.loadCache = LoadCache()
        configuration.renderMemo = RenderMemo()
        rebuilder = SiteRebuilder(configuration: configuration)
        runToken = String(UInt32.random(in: .min ... .max), radix: 36)
        live = LiveSite(ServedSite(generation: runToken + "-0", files: nil, diagnostics: []))
        digests = ContentDigests(folders: [WatchedFolder(path: configuration.contentDirectory.path, display: configuration.contentDisplay),
                                           WatchedFolder(path: configuration.layoutsDirectory.path, display: configuration.layoutsDisplay)])
    }

    /// The folders whose changes lead to rebuilds.
    public var watchedFolders: [WatchedFolder] {
        let configuration = rebuilder.configuration
        return [WatchedFolder(path: configuration.contentDirectory.path, display: configuration.contentDisplay),
                WatchedFolder(path: configuration.layoutsDirectory.path, display: configuration.layoutsDisplay)]
    }

    /// Builds the content as it is now, swaps the result in, and only then tells the open tabs to reload:
    /// after a good build they get the new pages, after a failed one the last good pages under the messages.
    /// Callers run one rebuild at a time.
    public func rebuild(changed: [String]) async -> RebuildReport? {
        let started = DispatchTime.now().uptimeNanoseconds
        let day = clockDay?() ?? rebuilder.configuration.options.today
        builtDay.set(day)
        guard let outcome = await rebuilder.buildOffTheServerThreads(today: day) else { return nil }
        let generation = runToken + "-" + String(counter.next())
        let site = rebuilder.next(after: await live.site, outcome: outcome, generation: generation)
        await live.publish(site)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return RebuildReport(changed: changed, seconds: seconds, diagnostics: site.diagnostics, pageCount: outcome.pageCount,
                             fileCount: outcome.files.count, generation: generation, hasSite: site.files != nil,
                             readFailure: outcome.readFailure, steps: outcome.steps)
    }

    /// The day now, when it is not the day the site was last built for.
    func newDay() -> CalendarDay? {
        guard let today = clockDay?(), today != builtDay.value else { return nil }
        return today
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.withLock { value += 1; return value } }
    }
}

/// A value read and written from several threads.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func set(_ value: Value) { lock.withLock { stored = value } }
}
