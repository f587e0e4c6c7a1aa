import Foundation
import Hummingbird
import Logging
import NIOCore
import SchemePortal
import ServiceLifecycle
import UnixSignals

/// `portal serve`: builds the portal, serves it from memory, watches `Content/` and `Layouts/`, and
/// rebuilds and reloads open tabs after each change, until Ctrl-C (or SIGTERM) stops it.
public struct DevServer: Sendable {
    public var host: String
    /// The port asked for with `--port`: in use, it is an error. Without it, the first free port from
    /// `firstPort` is used (and said).
    public var port: Int?
    public var firstPort = 4000
    public var portsTried = 20
    /// Polls even where inotify works (for tests of the fallback).
    public var forcePolling = false
    /// Stops on Ctrl-C and SIGTERM; tests that run the server in-process turn this off.
    public var stopsOnSignals = true
    /// How often open reload channels are pinged, so that those of closed tabs end (`LiveSite.ping`).
    public var pingInterval: Double = 15
    /// How often the clock is read for a new day, when the reference day follows it.
    public var dayCheckInterval: Double = 30

    public init(host: String = "127.0.0.1", port: Int? = nil) {
        self.host = host
        self.port = port
    }

    /// Runs until stopped. Throws `ServeFailure` when no port can be had.
    public func run(_ session: ServeSession, control: ServeControl = ServeControl(),
                    report: @escaping @Sendable (ServeEvent) -> Void) async throws {
        let inbox = session.inbox
        // Watching starts before the first build, so an edit made while it runs is not missed.
        let watcher = FolderWatcher(folders: session.watchedFolders, report: { inbox.add($0) },
                                    fellBack: { report(.watching(WatchMode($0))) })
        report(.watching(WatchMode(watcher.start(forcePolling: forcePolling))))
        defer {
            watcher.stop()
            inbox.close()
        }
        // Busy from before the digests are taken, so that an edit made meanwhile leads to a rebuild.
        inbox.startBusy()
        session.digests.recordAll()
        let firstBuild = await session.rebuild(changed: [])
        await watcher.fence()
        inbox.idle()
        if let first = firstBuild {
            // A folder missing at the start is a mistake in the command, as for `build`; later, while
            // serving, it is shown like any error until the folder is back.
            if let failure = first.readFailure { throw ServeFailure.cannotRead(failure) }
            report(.built(first))
        }

        let ports = port.map { [$0] } ?? Array(firstPort..<(firstPort + portsTried))
        var busy: [Int] = []
        for candidate in ports {
            let shown = busy
            let host = host
            let application = Application(
                responder: SiteResponder(live: session.live, host: host),
                configuration: ApplicationConfiguration(address: .hostname(host, port: candidate)),
                onServerRunning: { channel in
                    let bound = channel.localAddress?.port ?? candidate
                    report(.listening(address: "http://\(Self.urlHost(host)):\(bound)/", port: bound, busyPorts: shown))
                },
                logger: Self.quietLogger)
            var services: [any Service] = [application, RebuildLoop(session: session, report: report, fence: { await watcher.fence() }),
                                           Periodic.channelPinger(session.live, interval: pingInterval)]
            // A service that returns stops the group, so the day is watched only when it follows the clock.
            if session.clockDay != nil { services.append(Periodic.dayWatch(session, interval: dayCheckInterval)) }
            let group = ServiceGroup(configuration: .init(
                services: services,
                gracefulShutdownSignals: stopsOnSignals ? [.sigterm, .sigint] : [],
                logger: Self.quietLogger))
            await control.attach(group)
            do {
                try await group.run()
                return
            } catch where Self.isAddressInUse(error) {
                busy.append(candidate)
            }
        }
        if let port { throw ServeFailure.portInUse(host: host, port: port) }
        throw ServeFailure.noFreePort(host: host, first: firstPort, last: firstPort + portsTried - 1)
    }

    static func isAddressInUse(_ error: any Error) -> Bool {
        if let error = error as? IOError { return error.errnoCode == EADDRINUSE }
        return "\(error)".contains("Address already in use")
    }

    static func urlHost(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }

    /// Hummingbird's own log lines would repeat, less clearly, what the terminal already says.
    static let quietLogger = Logger(label: "portal-serve") { _ in SwiftLogNoOpLogHandler() }
}

/// Stops a running server the way Ctrl-C does (for tests, and anything that embeds the server).
public actor ServeControl {
    private var group: ServiceGroup?
    private var stopped = false

    public init() {}

    func attach(_ group: ServiceGroup) async {
        self.group = group
        if stopped { await group.triggerGracefulShutdown() }
    }

    public func stop() async {
        stopped = true
        await group?.triggerGracefulShutdown()
    }
}

/// Takes the watcher's changes and rebuilds, one build at a time; changes that come in meanwhile are
/// gathered into the next build.
struct RebuildLoop: Service {
    let session: ServeSession
    let report: @Sendable (ServeEvent) -> Void
    /// Returns once every change made so far has reached the inbox (`FolderWatcher.fence`).
    let fence: @Sendable () async -> Void

    func run() async throws {
        let live = session.live
        try await withGracefulShutdownHandler {
            try await cancelWhenGracefulShutdown {
                while let batch = await session.inbox.next() {
                    var changed = batch.paths.sorted()
                    if !batch.unsure, !batch.newDay, session.digests.unchanged(batch.paths) {
                        session.inbox.idle()
                        report(.unchanged(session.digests.named(batch.paths).nonEmpty ?? changed))
                        continue
                    }
                    var named = session.digests.named(batch.paths)
                    if batch.newDay {
                        let day = session.clockDay.map { "\($0())" } ?? "a new day"
                        changed.append("the date (now \(day))")
                        if !named.isEmpty { named.append("the date (now \(day))") }
                    }
                    // Taken before the build reads the files; a change from now on makes the next batch unsure.
                    if !batch.paths.isEmpty { session.digests.record(batch.paths) }
                    guard let done = await session.rebuild(changed: named.isEmpty ? changed : named) else {
                        // Stopped (or trying another port) before the build ended: the batch waits for the next loop.
                        session.inbox.putBack(batch.paths, newDay: batch.newDay)
                        return
                    }
                    // A change made while the build ran reaches the inbox while it is still busy, so the
                    // next batch rebuilds rather than trusting digests the build may not have read.
                    await fence()
                    session.inbox.idle()
                    report(.built(done))
                }
            }
        } onGracefulShutdown: {
            // Open tabs hold the reload channel open; end it so the server can stop at once.
            Task { await live.endChannels() }
        }
    }
}

/// Does `work` every `interval` seconds until the server stops: stopping cancels the sleep, which is the
/// end of the loop, not a failure of the server.
struct Periodic: Service {
    let interval: Double
    let work: @Sendable () async -> Void

    func run() async {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                guard (try? await Task.sleep(nanoseconds: UInt64(max(0.01, interval) * 1e9))) != nil else { return }
                await work()
            }
        }
    }

    /// Pings the open reload channels: a tab that was closed leaves its connection half open (the server
    /// is not told), and only a write that fails ends it, so without pings such channels (one per hidden
    /// or closed tab) would pile up until the next rebuild.
    static func channelPinger(_ live: LiveSite, interval: Double) -> Periodic {
        Periodic(interval: max(0.05, interval)) { await live.ping() }
    }

    /// Reads the clock, when the reference day follows it, and asks for a rebuild once a new day has begun:
    /// a server left running overnight must not go on showing yesterday's "next" dates.
    static func dayWatch(_ session: ServeSession, interval: Double) -> Periodic {
        Periodic(interval: interval) { if session.newDay() != nil { session.inbox.addNewDay() } }
    }
}

extension Array {
    /// Nil for an empty array.
    var nonEmpty: Self? { isEmpty ? nil : self }
}

extension WatchMode {
    init(_ mode: FolderWatcher.Mode) {
        switch mode {
        case .inotify: self = .inotify
        case .polling(let reason): self = .polling(reason: reason)
        }
    }
}
