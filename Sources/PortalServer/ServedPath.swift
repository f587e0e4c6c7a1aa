/// Turns the path of a request into the address of a file of the site, refusing anything that could
/// name a file outside it. The site is held in memory, so nothing on disk is reachable anyway; the
/// refusal keeps the answer the same as a static web server's and makes the rule testable.
enum ServedPath: Equatable, Sendable {
    /// A file of the site, by its path inside the site (`schemes/pilot/index.html`).
    case file(String)
    /// The live-reload channel.
    case events
    /// `..`, `.`, hidden names, empty segments, encoded slashes or bytes that are not UTF-8.
    case refused

    /// The prefix reserved for the server's own addresses. Site addresses are made of slugs (lowercase
    /// letters, digits and hyphens) and theme asset names under `assets/`, so none can start with `_`.
    static let reservedPrefix = "__portal"
    static let eventsAddress = "/__portal/events"

    /// `target` is the request's path as sent, still percent-encoded, with or without a query.
    static func resolve(_ target: String) -> ServedPath {
        var path = Substring(target)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard path.hasPrefix("/") else { return .refused }
        if path == eventsAddress { return .events }
        let rawParts = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        var parts: [String] = []
        for (index, raw) in rawParts.enumerated() {
            // A trailing slash leaves one empty part at the end; an empty part anywhere else is `//`.
            if raw.isEmpty {
                guard index == rawParts.count - 1 else { return .refused }
                continue
            }
            guard let part = percentDecoded(raw), isPlainName(part) else { return .refused }
            parts.append(part)
        }
        if parts.first == reservedPrefix { return .refused }
        let joined = parts.joined(separator: "/")
        if joined.isEmpty { return .file("index.html") }
        if path.hasSuffix("/") { return .file(joined + "/index.html") }
        return .file(joined)
    }

    private static func isPlainName(_ part: String) -> Bool {
        !part.isEmpty && !part.hasPrefix(".") && !part.contains("/") && !part.contains("\\")
            && !part.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// `%2e%2e` is `..`: decoded before the checks, so an encoded name is judged like a plain one.
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
