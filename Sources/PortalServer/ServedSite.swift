import SchemePortal

/// One state of the site as `portal serve` shows it: the files of the last build without errors, kept
/// in memory, and the problems of the content as it is now. A value: a rebuild makes a new one and
/// swaps it in whole, so a request sees the old site or the new one, never a mixture.
public struct ServedSite: Sendable {
    /// Changes with every rebuild; pages carry it, and reload when the server has a newer one.
    public let generation: String
    /// The files of the last build without errors, by path in the site; nil when there has been none.
    public let files: [String: [UInt8]]?
    /// The problems the content has now: errors here mean `files` come from an earlier build.
    public let diagnostics: [Diagnostic]

    public init(generation: String, files: [String: [UInt8]]?, diagnostics: [Diagnostic]) {
        self.generation = generation
        self.files = files
        self.diagnostics = diagnostics
    }

    /// Whether pages carry the error overlay.
    public var showsErrors: Bool { diagnostics.hasErrors }

    /// The answer to a GET for `target` (the request's path, as sent), other than the reload channel.
    func response(for target: String) -> ServedResponse {
        guard case .file(let path) = ServedPath.resolve(target) else { return notFound() }
        guard let files else {
            // Nothing has built yet: every page address shows the messages, other files are missing.
            guard Self.looksLikePage(path) else { return ServedResponse(status: 404, contentType: "text/plain; charset=utf-8", body: Array("Not found\n".utf8)) }
            return ServedResponse(status: 200, contentType: ContentTypes.html,
                                  body: LiveReloadScript.inserted(into: ErrorOverlay.page(diagnostics), generation: generation))
        }
        if let bytes = files[path] {
            let type = ContentTypes.of(path)
            return ServedResponse(status: 200, contentType: type, body: type == ContentTypes.html ? decorated(bytes) : bytes)
        }
        if files[path + "/index.html"] != nil {
            // A folder's address without its final slash: sent on to the address with it, so the page's
            // relative links resolve as on a real server.
            return ServedResponse(status: 301, contentType: nil, body: [], location: "/" + Self.encoded(path) + "/")
        }
        return notFound()
    }

    /// The site's own 404 page, with status 404 (plain text when the site has none).
    func notFound() -> ServedResponse {
        guard let files else { return ServedResponse(status: 404, contentType: ContentTypes.html, body: decorated([])) }
        guard let page = files[SitePaths.notFound] else {
            return ServedResponse(status: 404, contentType: "text/plain; charset=utf-8", body: Array("Not found\n".utf8))
        }
        return ServedResponse(status: 404, contentType: ContentTypes.html, body: decorated(page))
    }

    /// A page as served: the overlay while the content has errors, and always the reload script.
    func decorated(_ page: [UInt8]) -> [UInt8] {
        let page = files == nil ? ErrorOverlay.page(diagnostics) : showsErrors ? ErrorOverlay.inserted(into: page, diagnostics: diagnostics) : page
        return LiveReloadScript.inserted(into: page, generation: generation)
    }

    /// `about/index.html`, `about` (no extension): what a browser asks for when it wants a page.
    static func looksLikePage(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        return path.hasSuffix(".html") || !name.contains(".")
    }

    static func encoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~/".contains(c) {
                result.append(c)
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return result
    }
}

/// What the server answers, before it becomes Hummingbird's `Response` (kept apart so the answers can
/// be tested without a server).
struct ServedResponse: Sendable, Equatable {
    var status: Int
    var contentType: String?
    var body: [UInt8]
    var location: String? = nil
}

private extension String {
    var leftPadded: String { count == 1 ? "0" + self : self }
}
