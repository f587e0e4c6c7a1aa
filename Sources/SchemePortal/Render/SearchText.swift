/// What a reader sees of a page, read back from its HTML for the search index: the `h1`, then the text of
/// each section under its `h2` or `h3`. Read from the page as rendered, so the index holds exactly what
/// the page shows: a profile's fields only as far as the privacy gate let them onto it, key dates as the
/// template words them. Only `<main>` counts, and within it not what every page repeats or no one reads
/// as text: navigation, scripts, forms, hidden parts and the "#" link beside each heading.
struct SearchText: Sendable, Equatable {
    struct Section: Sendable, Equatable {
        /// The heading's `id`, or "" for the text before the first heading (or under one without an id).
        var anchor: String
        var heading: String
        var text: String
    }

    var title: String
    var sections: [Section]

    /// Elements whose content is not the page's text.
    private static let skipped: Set<String> = ["nav", "script", "style", "form", "template", "noscript", "svg", "button", "select", "textarea"]
    /// Classes of elements left out: the heading's link, text only screen readers hear (whose words repeat
    /// what is beside them), calendar links and a date's "Past" or "Next".
    private static let skippedClasses = ["heading-anchor", "visually-hidden", "key-date-actions", "calendar-link", "state-badge"]
    /// Elements that do not break a word from the next: everything else does.
    private static let inline: Set<String> = ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
                                              "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"]
    private static let voids: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    /// The page's text, or nil when it has no `<main>`.
    init?(html: [UInt8]) {
        guard let start = Self.find(Array("<main".utf8), in: html, from: 0) else { return nil }
        let end = Self.find(Array("</main>".utf8), in: html, from: start) ?? html.count
        var reader = Reader()
        var index = start
        while index < end {
            let byte = html[index]
            if byte == UInt8(ascii: "<") {
                guard let close = html[index..<end].firstIndex(of: UInt8(ascii: ">")) else { break }
                reader.tag(html[(index + 1)..<close])
                index = close + 1
            } else {
                reader.text(byte)
                index += 1
            }
        }
        reader.finishSection()
        title = HTMLEntities.decode(reader.title).collapsingSpaces
        sections = reader.sections.compactMap { section in
            let text = HTMLEntities.decode(section.text).collapsingSpaces
            let heading = HTMLEntities.decode(section.heading).collapsingSpaces
            guard !text.isEmpty || !heading.isEmpty else { return nil }
            return Section(anchor: section.anchor, heading: heading, text: text)
        }
    }

    init(title: String, sections: [Section]) {
        self.title = title
        self.sections = sections
    }

    private struct Reader {
        enum Place { case body, title, heading }
        var place = Place.body
        var title: [UInt8] = []
        var sections: [(anchor: String, heading: [UInt8], text: [UInt8])] = []
        var anchor = ""
        var heading: [UInt8] = []
        var text: [UInt8] = []
        /// The skipped element being read through, and how deeply it nests in itself.
        var skipping: (name: String, depth: Int)?

        mutating func text(_ byte: UInt8) {
            guard skipping == nil else { return }
            switch place {
            case .body: text.append(byte)
            case .title: title.append(byte)
            case .heading: heading.append(byte)
            }
        }

        mutating func space() { text(UInt8(ascii: " ")) }

        mutating func tag(_ inside: ArraySlice<UInt8>) {
            let closing = inside.first == UInt8(ascii: "/")
            let nameStart = closing ? inside.index(after: inside.startIndex) : inside.startIndex
            let nameEnd = inside[nameStart...].firstIndex { !Self.isNameByte($0) } ?? inside.endIndex
            let name = String(decoding: inside[nameStart..<nameEnd], as: UTF8.self).lowercased()
            guard !name.isEmpty else { return }
            if let current = skipping {
                if name == current.name, !SearchText.voids.contains(name) {
                    let depth = current.depth + (closing ? -1 : 1)
                    skipping = depth == 0 ? nil : (current.name, depth)
                }
                return
            }
            if closing {
                if name == "h1" || ((name == "h2" || name == "h3") && place == .heading) { place = .body }
                if !SearchText.inline.contains(name) { space() }
                return
            }
            let attributes = inside[nameEnd...]
            if !SearchText.voids.contains(name), inside.last != UInt8(ascii: "/"),
               SearchText.skipped.contains(name) || Self.hidden(attributes) {
                skipping = (name, 1)
                return
            }
            switch name {
            case "h1":
                place = .title
            case "h2", "h3":
                finishSection()
                anchor = Self.attribute("id", in: attributes) ?? ""
                place = .heading
            default:
                if !SearchText.inline.contains(name) { space() }
            }
        }

        mutating func finishSection() {
            if !heading.isEmpty || !text.isEmpty { sections.append((anchor, heading, text)) }
            anchor = ""
            heading = []
            text = []
        }

        static func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }

        static func hidden(_ attributes: ArraySlice<UInt8>) -> Bool {
            guard !attributes.isEmpty else { return false }
            if attribute("hidden", in: attributes) != nil || attribute("aria-hidden", in: attributes) == "true" { return true }
            guard let classes = attribute("class", in: attributes) else { return false }
            return classes.split(separator: " ").contains { SearchText.skippedClasses.contains(String($0)) }
        }

        /// An attribute's value as our templates and cmark write them (`name="value"`), or "" for a bare name.
        static func attribute(_ name: String, in attributes: ArraySlice<UInt8>) -> String? {
            let text = String(decoding: attributes, as: UTF8.self)
            var rest = Substring(text)
            while let range = rest.range(of: name) {
                let before = rest[..<range.lowerBound].last
                let after = rest[range.upperBound...]
                rest = after
                guard before == nil || before == " " || before == "\n" || before == "\t" else { continue }
                if after.hasPrefix("=\"") {
                    let value = after.dropFirst(2)
                    return String(value.prefix { $0 != "\"" })
                }
                if after.isEmpty || after.first == " " || after.first == "/" { return "" }
            }
            return nil
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

/// Character references as the templates and cmark write them, back to text.
enum HTMLEntities {
    static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        let text = String(decoding: bytes, as: UTF8.self)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"), let character = character(String(after[..<semicolon])) {
                result.append(character)
                rest = after[after.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = after
            }
        }
        result += rest
        return result
    }

    private static let named: [String: Character] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                                     "ndash": "–", "mdash": "—", "hellip": "…", "rsquo": "’", "lsquo": "‘"]

    private static func character(_ name: String) -> Character? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(Character.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map(Character.init)
        }
        return named[name]
    }
}

extension String {
    /// Runs of white space as one space, none at either end.
    var collapsingSpaces: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for character in self {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
