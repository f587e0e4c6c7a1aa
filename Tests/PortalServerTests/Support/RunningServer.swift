import Foundation
import PortalServer
import SchemePortal

/// `portal serve` running inside the test process on a port the system picks, stopped by the test.
final class RunningServer: @unchecked Sendable {
    let session: ServeSession
    let control = ServeControl()
    let events = ServeEvents()
    private(set) var port = 0
    private var task: Task<Void, any Error>?

    init(_ portal: ServePortal, today: (@Sendable () -> CalendarDay)? = nil) {
        session = ServeSession(configuration: portal.configuration, today: today)
    }

    /// `today`, when given, is the clock the reference day follows, read every `dayCheckInterval` seconds.
    static func start(_ portal: ServePortal, polling: Bool = false, pingInterval: Double = 15,
                      today: (@Sendable () -> CalendarDay)? = nil, dayCheckInterval: Double = 30) async throws -> RunningServer {
        let server = RunningServer(portal, today: today)
        var devServer = DevServer(host: "127.0.0.1", port: 0)
        devServer.stopsOnSignals = false
        devServer.forcePolling = polling
        devServer.pingInterval = pingInterval
        devServer.dayCheckInterval = dayCheckInterval
        let events = server.events
        let session = server.session
        let control = server.control
        server.task = Task { try await devServer.run(session, control: control) { events.add($0) } }
        await waitUntil("the server to listen") { server.events.port != nil }
        server.port = server.events.port ?? 0
        return server
    }

    var http: RawHTTP { RawHTTP(port: port) }

    /// Stops it as Ctrl-C does, and waits until it has stopped.
    func stop() async throws {
        await control.stop()
        try await task?.value
    }
}

/// Everything the server reported, in order.
final class ServeEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ServeEvent] = []

    func add(_ event: ServeEvent) { lock.withLock { items.append(event) } }
    var all: [ServeEvent] { lock.withLock { items } }

    var port: Int? {
        for case .listening(_, let port, _) in all { return port }
        return nil
    }

    var builds: [RebuildReport] {
        all.compactMap { if case .built(let report) = $0 { report } else { nil } }
    }
}
