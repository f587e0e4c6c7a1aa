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
    private static let skipped = TagName.set(["nav", "script", "style", "form", "template", "noscript", "svg", "button", "select", "textarea"])
    /// Classes of elements left out: the heading's link, text only screen readers hear (whose words repeat
    /// what is beside them), calendar links and a date's "Past" or "Next".
    private static let skippedClasses: [[UInt8]] = ["heading-anchor", "visually-hidden", "key-date-actions", "calendar-link", "state-badge"].map { Array($0.utf8) }
    /// Elements that do not break a word from the next: everything else does.
    private static let inline = TagName.set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
                                             "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"])
    private static let voids = TagName.set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"])

    /// The page's text, or nil when it has no `<main>`. Read over the bytes: it runs for every page of the
    /// site, and reading it as characters was a third of a 10,000-person build.
    init?(html: [UInt8]) {
        var reader = Reader()
        let found = html.withUnsafeBufferPointer { bytes -> Bool in
            guard let start = UTF8Search.firstOffset(of: "<main", in: bytes, from: 0, to: bytes.count) else { return false }
            let end = UTF8Search.firstOffset(of: "</main>", in: bytes, from: start, to: bytes.count) ?? bytes.count
            var index = start
            while index < end {
                guard let open = UTF8Search.firstOffset(of: "<", in: bytes, from: index, to: end) else {
                    reader.text(bytes[index..<end])
                    break
                }
                if open > index { reader.text(bytes[index..<open]) }
                guard let close = UTF8Search.firstOffset(of: ">", in: bytes, from: open, to: end) else { break }
                reader.tag(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]))
                index = close + 1
            }
            return true
        }
        guard found else { return nil }
        reader.finishSection()
        title = HTMLEntities.decode(reader.title)
        sections = reader.sections.map { Section(anchor: $0.anchor, heading: HTMLEntities.decode($0.heading), text: HTMLEntities.decode($0.text)) }
    }

    init(title: String, sections: [Section]) {
        self.title = title
        self.sections = sections
    }

    /// Text gathered with each run of white space made one space, none at either end.
    private struct Buffer {
        var bytes: [UInt8] = []
        var pendingSpace = false

        mutating func add(_ run: Slice<UnsafeBufferPointer<UInt8>>) {
            // Each stretch without white space is copied whole.
            var index = run.startIndex
            while index < run.endIndex {
                if Self.isSpace(run[index]) {
                    pendingSpace = !bytes.isEmpty
                    index += 1
                    continue
                }
                var end = index + 1
                while end < run.endIndex, !Self.isSpace(run[end]) { end += 1 }
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                bytes.append(contentsOf: run[index..<end])
                index = end
            }
        }

        static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
        }

        mutating func space() {
            pendingSpace = !bytes.isEmpty
        }
    }

    private struct Reader {
        /// Where text read now goes: the section's text, the page's title or the section's heading.
        enum Place: Int { case body, title, heading }
        var place = Place.body
        var buffers = [Buffer](repeating: Buffer(), count: 3)
        var sections: [(anchor: String, heading: [UInt8], text: [UInt8])] = []
        var anchor = ""
        /// The skipped element being read through, and how deeply it nests in itself.
        var skipping: (name: UInt64, depth: Int)?

        var title: [UInt8] { buffers[Place.title.rawValue].bytes }

        mutating func text(_ run: Slice<UnsafeBufferPointer<UInt8>>) {
            if skipping == nil { buffers[place.rawValue].add(run) }
        }

        mutating func space() {
            if skipping == nil { buffers[place.rawValue].space() }
        }

        mutating func tag(_ inside: UnsafeBufferPointer<UInt8>) {
            guard let first = inside.first else { return }
            let closing = first == UInt8(ascii: "/")
            let (name, nameEnd) = TagName.read(inside, from: closing ? 1 : 0)
            guard name != 0 else { return }
            if let current = skipping {
                if name == current.name, !SearchText.voids.contains(name) {
                    let depth = current.depth + (closing ? -1 : 1)
                    skipping = depth == 0 ? nil : (current.name, depth)
                }
                return
            }
            if closing {
                if name == TagName.h1 || ((name == TagName.h2 || name == TagName.h3) && place == .heading) { place = .body }
                if !SearchText.inline.contains(name) { space() }
                return
            }
            let attributes = UnsafeBufferPointer(rebasing: inside[nameEnd...])
            if !SearchText.voids.contains(name), inside.last != UInt8(ascii: "/"),
               SearchText.skipped.contains(name) || Self.hidden(attributes) {
                skipping = (name, 1)
                return
            }
            switch name {
            case TagName.h1:
                place = .title
            case TagName.h2, TagName.h3:
                finishSection()
                anchor = TagAttribute.value("id", in: attributes).map { String(decoding: $0, as: UTF8.self) } ?? ""
                place = .heading
            default:
                if !SearchText.inline.contains(name) { space() }
            }
        }

        mutating func finishSection() {
            let heading = buffers[Place.heading.rawValue].bytes, body = buffers[Place.body.rawValue].bytes
            if !heading.isEmpty || !body.isEmpty { sections.append((anchor, heading, body)) }
            anchor = ""
            buffers[Place.heading.rawValue] = Buffer()
            buffers[Place.body.rawValue] = Buffer()
        }

        static func hidden(_ attributes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard attributes.count > 5 else { return false }
            if TagAttribute.value("hidden", in: attributes) != nil { return true }
            if let value = TagAttribute.value("aria-hidden", in: attributes), value.elementsEqual("true".utf8) { return true }
            guard let classes = TagAttribute.value("class", in: attributes) else { return false }
            return classes.split(separator: 0x20).contains { name in SearchText.skippedClasses.contains { $0.elementsEqual(name) } }
        }
    }
}

/// A tag's name, lower case, packed into a number (names longer than eight letters are all one number,
/// none of them a name the reader looks for).
enum TagName {
    static let h1 = pack("h1"), h2 = pack("h2"), h3 = pack("h3")
    static let long: UInt64 = .max

    static func pack(_ name: String) -> UInt64 {
        name.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    static func set(_ names: [String]) -> Set<UInt64> {
        Set(names.map(pack))
    }

    /// The name starting at `start`, and where it ends; 0 when there is none (`<!--`, `<!DOCTYPE`).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (UInt64, Int) {
        var value: UInt64 = 0
        var index = start
        while index < bytes.count {
            var byte = bytes[index]
            let letter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
            guard letter || (index > start && ((byte >= 0x30 && byte <= 0x39) || byte == 0x2D)) else { break }
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            value = index - start < 8 ? value << 8 | UInt64(byte) : long
            index += 1
        }
        return (value, index)
    }
}

/// A tag's attributes as our templates and cmark write them.
enum TagAttribute {
    /// An attribute's value as our templates and cmark write them (`name="value"`), or empty for a bare name.
    static func value(_ name: String, in attributes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        let pattern = Array(name.utf8)
        var index = 0
        while index + pattern.count <= attributes.count {
            defer { index += 1 }
            guard attributes[index] == pattern[0], index == 0 || [0x20, 0x0A, 0x09].contains(attributes[index - 1]),
                  UnsafeBufferPointer(rebasing: attributes[index..<(index + pattern.count)]).elementsEqual(pattern) else { continue }
            let after = index + pattern.count
            if after + 1 < attributes.count, attributes[after] == UInt8(ascii: "="), attributes[after + 1] == UInt8(ascii: "\"") {
                let valueStart = after + 2
                let valueEnd = UTF8Search.firstOffset(of: "\"", in: attributes, from: valueStart, to: attributes.count) ?? attributes.count
                return attributes[valueStart..<valueEnd]
            }
            if after == attributes.count || [0x20, 0x2F, 0x0A].contains(attributes[after]) { return attributes[after..<after] }
        }
        return nil
    }
}

/// Character references as the templates and cmark write them, back to text.
enum HTMLEntities {
    static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let semicolon = bytes[index..<min(index + 10, bytes.count)].firstIndex(of: UInt8(ascii: ";")),
               let character = character(bytes[(index + 1)..<semicolon]) {
                result.append(contentsOf: character.utf8)
                index = semicolon + 1
            } else {
                result.append(byte)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                                  "ndash": "–", "mdash": "—", "hellip": "…", "rsquo": "’", "lsquo": "‘"]

    private static func character(_ bytes: ArraySlice<UInt8>) -> String? {
        let name = String(decoding: bytes, as: UTF8.self)
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[name]
    }
}
