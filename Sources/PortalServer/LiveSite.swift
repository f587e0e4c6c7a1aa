/// The site being served now, and the open reload channels. A rebuild publishes a whole new
/// `ServedSite`; only then are the channels told, so a browser that reloads always gets the new site.
public actor LiveSite {
    /// What a reload channel is told: a site's generation, or that the server is still there (a
    /// comment, sent now and then, whose writing fails once the browser has closed the tab, which
    /// is how a channel nobody reads any more comes to an end).
    enum Signal: Sendable, Equatable {
        case generation(String)
        case ping
    }

    public private(set) var site: ServedSite
    private var listeners: [Int: AsyncStream<Signal>.Continuation] = [:]
    private var nextListener = 0

    public init(_ site: ServedSite) {
        self.site = site
    }

    /// Swaps in `site`, then sends its generation to every open channel.
    public func publish(_ site: ServedSite) {
        self.site = site
        for listener in listeners.values { listener.yield(.generation(site.generation)) }
    }

    /// Asks every open channel to write a comment; a channel whose browser has gone then ends.
    public func ping() {
        for listener in listeners.values { listener.yield(.ping) }
    }

    /// A reload channel: the current generation first, then each new one, and pings between. Signals are
    /// small and few (a rebuild, or a ping every 15 seconds), so none is dropped: a ping must never take
    /// the place of a generation not yet read.
    func listen() -> AsyncStream<Signal> {
        let (stream, continuation) = AsyncStream.makeStream(of: Signal.self, bufferingPolicy: .bufferingNewest(64))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.yield(.generation(site.generation))
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
