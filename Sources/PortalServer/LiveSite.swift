/// The site being served now, and the open reload channels. A rebuild publishes a whole new
/// `ServedSite`; only then are the channels told, so a browser that reloads always gets the new site.
public actor LiveSite {
    public private(set) var site: ServedSite
    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextListener = 0

    public init(_ site: ServedSite) {
        self.site = site
    }

    /// Swaps in `site`, then sends its generation to every open channel.
    public func publish(_ site: ServedSite) {
        self.site = site
        for listener in listeners.values { listener.yield(site.generation) }
    }

    /// A reload channel: the current generation first, then each new one. Only the newest matters to a
    /// browser, so a slow reader is sent that and not a backlog.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.yield(site.generation)
        continuation.onTermination = { _ in Task { await self.forget(id) } }
        return stream
    }

    /// The number of open reload channels (for tests, which wait for a browser stand-in to connect).
    public var listenerCount: Int { listeners.count }

    /// Ends every open channel, so the server can stop without waiting for browsers to close them.
    public func endChannels() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func forget(_ id: Int) {
        listeners[id] = nil
    }
}
