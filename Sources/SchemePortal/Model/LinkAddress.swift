/// The portal's one rule for link addresses, wherever they are written: YAML fields (`base_url`, a contact's
/// or a link's `url`) and Markdown links and images. Loading, validation and rendering all ask this type, so
/// an address cannot be judged safe in one place and dangerous in another.
///
/// Only `http:`, `https:` and `mailto:` addresses and addresses inside the portal (paths and `#anchors`)
/// are allowed. Anything else could run a program in the reader's browser (`javascript:`, `vbscript:`,
/// `data:`), open a file on their computer (`file:`), or do something no one checked.
public enum LinkAddress {
    public enum Kind: Hashable, Sendable {
        /// An `http:` or `https:` address.
        case web
        /// A `mailto:` address.
        case email
        /// A path inside the portal, from its top (`/schemes/x/`) or relative to the page (`../key-dates/`).
        case page
        /// `#anchor`: a heading on the same page.
        case anchor
        /// Anything else; `scheme` is how a browser would read it (`javascript`), or `//` for an address
        /// without one, which browsers complete with whatever the page was opened with.
        case refused(scheme: String)

        public var isAllowed: Bool {
            if case .refused = self { return false }
            return true
        }
    }

    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The one exception the portal itself makes: a calendar subscription, `webcal://host/calendar.ics`,
    /// the form calendar programs open as "subscribe" rather than "import once". It is made only here,
    /// from an `http:` or `https:` address the build puts together from `base_url`, never from content:
    /// `classify` still refuses `webcal:` in Markdown and in every YAML field. Nil for any other address.
    public static func calendarSubscription(_ address: String) -> String? {
        guard classify(address) == .web else { return nil }
        for prefix in ["https://", "http://"] where address.lowercased().hasPrefix(prefix) {
            return "webcal://" + address.dropFirst(prefix.count)
        }
        return nil
    }

    /// How a browser would read `address`: tabs and line breaks anywhere are ignored, spaces and control
    /// characters around it are skipped, letter case does not count, and character references (`&#x61;`)
    /// and percent escapes (`%61`) are decoded first, so a disguised `javascript:` is still found.
    public static func classify(_ address: String) -> Kind {
        let plain = normalised(address)
        if plain.hasPrefix("#") { return .anchor }
        if let scheme = scheme(of: plain) {
            switch scheme {
            case "http", "https": return .web
            case "mailto": return .email
            default: return .refused(scheme: scheme)
            }
        }
        // `//host/path` (and the backslash forms browsers treat the same way) leaves the portal.
        let start = plain.prefix(2)
        if start.count == 2, start.allSatisfy({ $0 == "/" || $0 == "\\" }) { return .refused(scheme: "//") }
        return .page
    }

    static func normalised(_ address: String) -> String {
        var text = address
        // Decoding twice catches `&amp;#x61;` and `%256A`, which a second reader (cmark, a server) would decode again.
        for _ in 0..<2 {
            text = decodingCharacterReferences(text)
            // Most addresses have no escapes: skip Foundation's decoder for them.
            if text.contains("%") { text = text.removingPercentEncoding ?? decodingPercentEscapes(text) }
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != "\t" && scalar != "\n" && scalar != "\r" {
            scalars.append(scalar)
        }
        return String(scalars).trimmingCharacters(in: .init(charactersIn: "\u{0}"..."\u{20}"))
    }

    /// The scheme as a URL parser reads it: an ASCII letter, then letters, digits, `+`, `-` or `.`, up to `:`.
    static func scheme(of text: String) -> String? {
        var scheme = ""
        for scalar in text.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isOther = ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// `%XX` escapes one by one, for text whose escapes are not all valid UTF-8 (which `removingPercentEncoding` refuses).
    private static func decodingPercentEscapes(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "%", index + 2 < scalars.count,
               let value = UInt8(String(String.UnicodeScalarView(scalars[(index + 1)...(index + 2)])), radix: 16), value < 0x80 {
                result.append(Unicode.Scalar(value))
                index += 3
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Numeric references and the named ones that can spell out a scheme (`&colon;`, `&Tab;`).
    private static func decodingCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "sol": "/", "num": "#",
                                       "percnt": "%", "period": ".", "plus": "+", "hyphen": "-"]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest[rest.index(after: ampersand)...]
            // Browsers also accept a numeric reference without its `;` (`&#106avascript:`).
            var body = Substring("")
            var decoded: String?
            if afterAmpersand.hasPrefix("#x") || afterAmpersand.hasPrefix("#X") {
                let digits = afterAmpersand.dropFirst(2).prefix { $0.isHexDigit }.prefix(8)
                body = afterAmpersand.prefix(2 + digits.count)
                decoded = UInt32(digits, radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if afterAmpersand.hasPrefix("#") {
                let digits = afterAmpersand.dropFirst().prefix { $0.isASCII && $0.isNumber }.prefix(10)
                body = afterAmpersand.prefix(1 + digits.count)
                decoded = UInt32(digits).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                body = afterAmpersand.prefix { $0.isASCII && $0.isLetter }.prefix(12)
                if afterAmpersand.dropFirst(body.count).first == ";" { decoded = named[body.lowercased()] }
            }
            if let decoded {
                result += decoded
                var after = afterAmpersand.dropFirst(body.count)
                if after.first == ";" { after = after.dropFirst() }
                rest = after
            } else {
                result += "&"
                rest = afterAmpersand
            }
        }
        return result + rest
    }
}

/// An address written in a YAML field for the portal to link to (`base_url`, a contact's `url`, a link's
/// `url`), with the key and place it is written. Every such field of the model has this type, so the
/// one address rule (`LinkAddress`) reaches all of them, and templates only ever get `href`.
public struct WebAddress: Hashable, Sendable {
    /// The address as written.
    public var text: String
    /// The key it is written under (`url`, `base_url`), for messages.
    public var key: String
    public var location: SourceLocation
    /// The line it is written on, for messages.
    public var sourceLine: String?

    public init(_ text: String, key: String, at location: SourceLocation, sourceLine: String? = nil) {
        self.text = text
        self.key = key
        self.location = location
        self.sourceLine = sourceLine
    }

    public var kind: LinkAddress.Kind { LinkAddress.classify(text) }
}
