import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// Answers every request from the site in memory: pages, files, the site's 404 page, and the reload
/// channel (Server-Sent Events on the same port, so it works wherever the pages do).
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let live: LiveSite

    func respond(to request: Request, context: Context) async throws -> Response {
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
            for await generation in generations.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: "event: \(first ? "hello" : "reload")\ndata: \(generation)\n\n"))
                first = false
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}
