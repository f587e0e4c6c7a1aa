/// The search index of a directory whose lists run to more than one page: every person the directory
/// lists, with only what their card shows, for the filter script (people.js) to search the whole
/// directory from any of its pages. A script, not JSON, so that it loads from a site opened straight from
/// disk, where browsers refuse to fetch files. Each entry, in the directory's order:
/// `{"i": id, "d": side id (a scheme's directory only), "n": name, "u": profile path from the directory's
/// folder, "r": job title, "o": organisation, "s": search text, "f": facet keys}`.
extension SiteRenderer {
    /// The directories that are published: everyone's, and each scheme's that has members.
    func directories() -> [(scheme: Scheme?, people: [PublishedPerson])] {
        guard !publication.people.isEmpty else { return [] }
        var lists: [(scheme: Scheme?, people: [PublishedPerson])] = [(nil, publication.people)]
        for scheme in portal.schemes where scheme.directory {
            let members = publication.members(of: scheme.slug)
            if !members.isEmpty { lists.append((scheme, members)) }
        }
        return lists
    }

    /// A directory's search index, or nil when none of its lists has a second page, with what it was made
    /// from either way (what decides whether there is one decides when there must be one).
    /// Unless `written`, the file has its address but no contents (for `portal check`, which reads only addresses).
    func directoryIndex(scheme: Scheme?, people: [PublishedPerson], written: Bool = true) -> (file: OutputFile?, inputs: PageInputs) {
        // The scheme's file orders its sides; the settings decide whether a list has a second page.
        let inputs = PageInputs([.members(scheme: scheme?.slug), .settings] + (scheme.map { [.file($0.location.file)] } ?? [])
                                + people.map { .card($0.id) })
        let base = SitePaths.peopleFolder(scheme?.slug)
        let facets = Self.facetLists(people, base: base)
        guard needsIndex(people, facets: facets) else { return (nil, inputs) }
        guard written else { return (OutputFile(path: SitePaths.directoryIndex(in: base), contents: []), inputs) }
        var keys: [String: [String]] = [:]
        for (facet, values) in facets {
            let keyOf = Dictionary(values.map { ($0.name, String($0.path.dropFirst(base.count + 1).dropLast("/index.html".count))) },
                                   uniquingKeysWith: { first, _ in first })
            for index in people.indices {
                for value in Set(facet.values(people[index])).sorted() { if let key = keyOf[value] { keys[people[index].id, default: []].append(key) } }
            }
        }
        // In a scheme's directory each entry names the person's side, so the shortlist can offer them
        // to the other side from the search results as it does from the page's groups.
        var ordered: [(person: PublishedPerson, side: String?)] = people.map { ($0, nil) }
        if let scheme {
            ordered = scheme.sides.flatMap { side in
                people.filter { $0.membership(in: scheme.slug)?.side == side.id }.map { ($0, side.id) }
            }
        }
        let folder = base + "/index.html"
        // Written as bytes: quoting each character into a String was a sixteenth of a 10,000-person build.
        var text: [UInt8] = []
        text.reserveCapacity(ordered.count * 256)
        text.append(contentsOf: "window.schemePortalDirectory = {\"people\": [\n".utf8)
        for (index, (person, side)) in ordered.enumerated() {
            text.append(contentsOf: #"{"i":"#.utf8)
            JSONText.append(person.id, to: &text)
            if let side {
                text.append(contentsOf: #","d":"#.utf8)
                JSONText.append(side, to: &text)
            }
            text.append(contentsOf: #","n":"#.utf8)
            JSONText.append(person.name, to: &text)
            text.append(contentsOf: #","u":"#.utf8)
            JSONText.append(SitePaths.relative(from: folder, to: SitePaths.person(person.id)), to: &text)
            text.append(contentsOf: #","r":"#.utf8)
            JSONText.append(person.jobTitle ?? "", to: &text)
            text.append(contentsOf: #","o":"#.utf8)
            JSONText.append(person.organisation ?? "", to: &text)
            text.append(contentsOf: #","s":"#.utf8)
            JSONText.append(searchText(person), to: &text)
            text.append(contentsOf: #","f":["#.utf8)
            for (position, key) in (keys[person.id] ?? []).enumerated() {
                if position > 0 { text.append(UInt8(ascii: ",")) }
                JSONText.append(key, to: &text)
            }
            text.append(contentsOf: (index + 1 < ordered.count ? "]},\n" : "]}\n").utf8)
        }
        text.append(contentsOf: "]};\n".utf8)
        return (OutputFile(path: SitePaths.directoryIndex(in: base), contents: text), inputs)
    }
}

/// Text as a JSON string literal, safe inside a script file: quotes, backslashes and control characters
/// escaped, and `<`, U+2028 and U+2029 too, so the text can never end a script element or a line of script.
enum JSONText {
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The literal, over the text's UTF-8: only ASCII needs escaping, besides U+2028 and U+2029
    /// (E2 80 A8 and E2 80 A9), and no other character's bytes can look like those.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        output.append(UInt8(ascii: "\""))
        text.withUTF8 { utf8 in
            var run = 0
            var index = 0
            func escape(_ escaped: String, skipping count: Int) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                output.append(contentsOf: escaped.utf8)
                index += count
                run = index
            }
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case UInt8(ascii: "\""): escape("\\\"", skipping: 1)
                case UInt8(ascii: "\\"): escape("\\\\", skipping: 1)
                case UInt8(ascii: "\n"): escape("\\n", skipping: 1)
                case UInt8(ascii: "\r"): escape("\\r", skipping: 1)
                case UInt8(ascii: "\t"): escape("\\t", skipping: 1)
                case UInt8(ascii: "<"), 0..<0x20, 0x7F: escape(unicodeEscape(UInt32(byte)), skipping: 1)
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    escape(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", skipping: 3)
                default: index += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
