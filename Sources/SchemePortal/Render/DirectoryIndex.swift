/// The search index of a directory whose lists run to more than one page: every person the directory
/// lists, with only what their card shows, for the filter script (people.js) to search the whole
/// directory from any of its pages. A script, not JSON, so that it loads from a site opened straight from
/// disk, where browsers refuse to fetch files.
extension SiteRenderer {
    func directoryIndexes() -> [(OutputFile, PageInputs)] {
        guard !publication.people.isEmpty else { return [] }
        var lists: [(scheme: Scheme?, people: [PublishedPerson])] = [(nil, publication.people)]
        for scheme in portal.schemes where scheme.directory {
            let members = publication.members(of: scheme.slug)
            if !members.isEmpty { lists.append((scheme, members)) }
        }
        return lists.compactMap { scheme, people -> (OutputFile, PageInputs)? in
            let base = SitePaths.peopleFolder(scheme?.slug)
            let facets = Self.facetLists(people, base: base)
            guard needsIndex(people, facets: facets) else { return nil }
            var keys: [String: [String]] = [:]
            for (facet, values) in facets {
                let keyOf = Dictionary(values.map { ($0.name, String($0.path.dropFirst(base.count + 1).dropLast("/index.html".count))) },
                                       uniquingKeysWith: { first, _ in first })
                for person in people {
                    for value in Set(facet.values(person)).sorted() { if let key = keyOf[value] { keys[person.id, default: []].append(key) } }
                }
            }
            var ordered = people
            if let scheme {
                ordered = scheme.sides.flatMap { side in people.filter { $0.membership(in: scheme.slug)?.side == side.id } }
            }
            let folder = base + "/index.html"
            var text = "window.schemePortalDirectory = {\"people\": [\n"
            for (index, person) in ordered.enumerated() {
                let facetKeys = (keys[person.id] ?? []).map(JSONText.quoted).joined(separator: ",")
                text += "{\"n\":\(JSONText.quoted(person.name)),\"u\":\(JSONText.quoted(SitePaths.relative(from: folder, to: SitePaths.person(person.id))))"
                text += ",\"r\":\(JSONText.quoted(person.jobTitle ?? "")),\"o\":\(JSONText.quoted(person.organisation ?? ""))"
                text += ",\"s\":\(JSONText.quoted(searchText(person))),\"f\":[\(facetKeys)]}"
                text += index + 1 < ordered.count ? ",\n" : "\n"
            }
            text += "]};\n"
            let inputs = PageInputs([.members(scheme: scheme?.slug)] + people.flatMap(PageBuilder.inputs(of:)))
            return (OutputFile(path: SitePaths.directoryIndex(in: base), text: text), inputs)
        }
    }
}

/// Text as a JSON string literal, safe inside a script file: quotes, backslashes and control characters
/// escaped, and `<`, U+2028 and U+2029 too, so the text can never end a script element or a line of script.
enum JSONText {
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}", "\u{7F}":
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
