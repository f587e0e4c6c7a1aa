import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// Answers every request from the site in memory: pages, files, the site's 404 page, and the reload
/// channel (Server-Sent Events on the same port, so it works wherever the pages do).
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let live: LiveSite
    /// The host names a request may name when the server listens on this computer only; nil when it
    /// was exposed with `--host` (the names it is reached by are then not known).
    let allowedHosts: Set<String>?

    init(live: LiveSite, host: String) {
        self.live = live
        allowedHosts = Self.loopback.contains(host) ? Self.loopback : nil
    }

    static let loopback: Set<String> = ["127.0.0.1", "localhost", "::1", "[::1]"]

    /// The name a request was sent to, without its port (`localhost:4000` → `localhost`, `[::1]:4000` → `[::1]`).
    static func hostName(_ authority: String) -> String {
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") { return String(authority[...end]).lowercased() }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "").lowercased()
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        // A web page on another site can point its own name at 127.0.0.1 ("DNS rebinding") and read what
        // it fetches; the portal being edited, people's pages included, is for this computer's browser only.
        if let allowedHosts, !allowedHosts.contains(Self.hostName(request.head.authority ?? "")) {
            return Response(status: .forbidden, body: .init(byteBuffer: ByteBuffer(
                string: "portal serve answers only addresses on this computer, such as http://127.0.0.1/ or http://localhost/\n")))
        }
        guard request.method == .get || request.method == .head else {
            var response = Response(status: .methodNotAllowed, body: .init(byteBuffer: ByteBuffer(string: "Only GET and HEAD\n")))
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let target = request.head.path ?? "/"
        if ServedPath.resolve(target) == .events { return events() }
        let served = await live.site.response(for: target)
        var headers = HTTPFields()
        if let type = served.contentType { headers[.contentType] = type }
        if let location = served.location { headers[.location] = location }
        // Always the newest site: a browser must never show a page from before the last save.
        headers[.cacheControl] = "no-store"
        if let noSniffing = HTTPField.Name("X-Content-Type-Options") { headers[noSniffing] = "nosniff" }
        headers[.contentLength] = String(served.body.count)
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: served.body))
        return Response(status: .init(code: served.status), headers: headers, body: body)
    }

    /// The reload channel: `hello` with the current generation, then `reload` with each new one. It
    /// ends when the server stops, so stopping never waits for open tabs.
    private func events() -> Response {
        let live = live
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let body = ResponseBody { writer in
            let generations = await live.listen()
            // A failed reconnect is retried after a second, which is what brings a tab back after a restart.
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            var first = true
            for await signal in generations.cancelOnGracefulShutdown() {
                switch signal {
                case .generation(let generation):
                    try await writer.write(ByteBuffer(string: "event: \(first ? "hello" : "reload")\ndata: \(generation)\n\n"))
                    first = false
                case .ping:
                    // A comment the browser ignores; it fails to be written once the tab is closed.
                    try await writer.write(ByteBuffer(string: ": ping\n\n"))
                }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}
