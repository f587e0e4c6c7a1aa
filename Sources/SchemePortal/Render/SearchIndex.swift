/// Where a page belongs for the search page's filters: its kind, and the schemes it is about.
struct SearchPlace: Hashable, Sendable {
    enum Kind: Int, CaseIterable, Sendable {
        case scheme, handbook, toolkit, portal, person

        var id: String {
            switch self {
            case .scheme: "scheme"
            case .handbook: "handbook"
            case .toolkit: "toolkit"
            case .portal: "portal"
            case .person: "person"
            }
        }

        var name: String {
            switch self {
            case .scheme: "Scheme pages"
            case .handbook: "Handbooks"
            case .toolkit: "Toolkits"
            case .portal: "About the portal"
            case .person: "People"
            }
        }
    }

    var kind: Kind
    /// Positions in the portal's schemes, in order: one for a scheme's page, a person's schemes for a profile.
    var schemes: [Int]

    static func < (first: SearchPlace, second: SearchPlace) -> Bool {
        first.kind.rawValue != second.kind.rawValue ? first.kind.rawValue < second.kind.rawValue
            : first.schemes.lexicographicallyPrecedes(second.schemes)
    }
}

/// The search index's files, read by `assets/search.js`; their shapes are in docs/search.md.
/// A search downloads `meta.json`, the shards holding its words and the chunks of the results it shows,
/// so what one search costs stays small however many pages the portal has. Documents are numbered by
/// place (kind, then schemes), so every place is one run of numbers and `meta.json` gives each filter's
/// counts without a download per page.
struct SearchIndex {
    static let folder = "search"
    static let meta = "search/meta.json"
    /// Documents per chunk of text: four pages' passages are about as much as one shard of terms.
    static let documentsPerChunk = 4
    /// A shard is cut once it holds this many bytes (a term's postings are never split).
    static let shardBytes = 16_384
    /// With this many documents or more, a term in more than half of them is only listed, not stored:
    /// it would be the largest download and tell results apart least.
    static let commonFrom = 200

    let documents: [(document: SearchDocument, place: SearchPlace)]
    let schemes: [(id: String, name: String)]

    /// `documents` in the site's order; they are numbered here, by place, keeping that order within each.
    init(documents: [(SearchDocument, SearchPlace)], schemes: [(id: String, name: String)]) {
        self.documents = documents.enumerated()
            .sorted { $0.element.1 < $1.element.1 || ($0.element.1 == $1.element.1 && $0.offset < $1.offset) }
            .map { ($0.element.0, $0.element.1) }
        self.schemes = schemes
    }

    var files: [OutputFile] {
        var table = SearchTermTable(capacity: 4_096)
        var lists: [[Int32]] = []
        for (number, entry) in documents.enumerated() {
            entry.document.forEachTerm { term, weight in
                let (index, isNew) = table.number(of: term)
                if isNew { lists.append([]) }
                lists[index].append(Int32(number))
                lists[index].append(Int32(weight))
            }
        }
        var postings: [String: [Int32]] = [:]
        var common: Set<String> = []
        for index in 0..<table.count {
            if documents.count >= Self.commonFrom, lists[index].count > documents.count {
                common.insert(table.string(index))
            } else {
                postings[table.string(index)] = lists[index]
            }
        }
        let terms = postings.keys.sorted(by: SearchTerms.precedes)

        var files: [OutputFile] = []
        var firstTerms: [String] = []
        var shard: [UInt8] = []
        func closeShard() {
            guard !shard.isEmpty else { return }
            shard.append(contentsOf: "}\n".utf8)
            files.append(OutputFile(path: "\(Self.folder)/t\(firstTerms.count - 1).json", contents: shard))
            shard = []
        }
        for term in terms {
            if shard.count >= Self.shardBytes { closeShard() }
            if shard.isEmpty {
                firstTerms.append(term)
                shard.append(UInt8(ascii: "{"))
            } else {
                shard.append(contentsOf: ",\n".utf8)
            }
            JSONText.append(term, to: &shard)
            shard.append(contentsOf: ":[".utf8)
            var previous: Int32 = 0
            let list = postings[term] ?? []
            for index in stride(from: 0, to: list.count, by: 2) {
                if index > 0 { shard.append(UInt8(ascii: ",")) }
                Self.appendNumber(Int(list[index] - previous), to: &shard)
                shard.append(UInt8(ascii: ","))
                Self.appendNumber(Int(list[index + 1]), to: &shard)
                previous = list[index]
            }
            shard.append(UInt8(ascii: "]"))
        }
        closeShard()
        files += chunks
        files.append(OutputFile(path: Self.meta, contents: metadata(firstTerms: firstTerms, common: common, files: files)))
        return files
    }

    /// `d<n>.json`: each document's address from the site's root, title and sections.
    private var chunks: [OutputFile] {
        stride(from: 0, to: documents.count, by: Self.documentsPerChunk).map { first in
            var text: [UInt8] = [UInt8(ascii: "[")]
            for number in first..<min(first + Self.documentsPerChunk, documents.count) {
                let document = documents[number].document
                if number > first { text.append(contentsOf: ",\n".utf8) }
                text.append(UInt8(ascii: "["))
                JSONText.append(document.path, to: &text)
                text.append(UInt8(ascii: ","))
                JSONText.append(document.text.title, to: &text)
                text.append(contentsOf: ",[".utf8)
                for (position, section) in document.text.sections.enumerated() {
                    if position > 0 { text.append(UInt8(ascii: ",")) }
                    text.append(UInt8(ascii: "["))
                    JSONText.append(section.anchor, to: &text)
                    text.append(UInt8(ascii: ","))
                    JSONText.append(section.heading, to: &text)
                    text.append(UInt8(ascii: ","))
                    JSONText.append(section.text, to: &text)
                    text.append(UInt8(ascii: "]"))
                }
                text.append(contentsOf: "]]".utf8)
            }
            text.append(contentsOf: "]\n".utf8)
            return OutputFile(path: "\(Self.folder)/d\(first / Self.documentsPerChunk).json", contents: text)
        }
    }

    private func metadata(firstTerms: [String], common: Set<String>, files: [OutputFile]) -> [UInt8] {
        // A fingerprint of every other file, for the script to ask for them by (`t0.json?v=…`): a browser
        // that kept last week's shards must not mix them with this week's numbering.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            for byte in file.path.utf8 + file.contents {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        var text: [UInt8] = Array("{\"version\":1,\n\"build\":".utf8)
        JSONText.append(String(hash, radix: 16), to: &text)
        text.append(contentsOf: ",\n\"docs\":".utf8)
        Self.appendNumber(documents.count, to: &text)
        text.append(contentsOf: ",\n\"docChunk\":".utf8)
        Self.appendNumber(Self.documentsPerChunk, to: &text)
        text.append(contentsOf: ",\n\"kinds\":[".utf8)
        for (position, kind) in SearchPlace.Kind.allCases.enumerated() {
            if position > 0 { text.append(UInt8(ascii: ",")) }
            Self.appendPair(kind.id, kind.name, to: &text)
        }
        text.append(contentsOf: "],\n\"schemes\":[".utf8)
        for (position, scheme) in schemes.enumerated() {
            if position > 0 { text.append(UInt8(ascii: ",")) }
            Self.appendPair(scheme.id, scheme.name, to: &text)
        }
        text.append(contentsOf: "],\n\"groups\":[".utf8)
        var start = 0
        var groups = 0
        while start < documents.count {
            let place = documents[start].place
            var end = start + 1
            while end < documents.count, documents[end].place == place { end += 1 }
            if groups > 0 { text.append(UInt8(ascii: ",")) }
            text.append(UInt8(ascii: "["))
            for number in [start, end - start, place.kind.rawValue] {
                Self.appendNumber(number, to: &text)
                text.append(UInt8(ascii: ","))
            }
            text.append(UInt8(ascii: "["))
            text.append(contentsOf: place.schemes.map(String.init).joined(separator: ",").utf8)
            text.append(contentsOf: "]]".utf8)
            groups += 1
            start = end
        }
        text.append(contentsOf: "],\n\"shards\":[".utf8)
        for (position, term) in firstTerms.enumerated() {
            if position > 0 { text.append(UInt8(ascii: ",")) }
            JSONText.append(term, to: &text)
        }
        text.append(contentsOf: "],\n\"common\":[".utf8)
        for (position, term) in common.sorted(by: SearchTerms.precedes).enumerated() {
            if position > 0 { text.append(UInt8(ascii: ",")) }
            JSONText.append(term, to: &text)
        }
        text.append(contentsOf: "]}\n".utf8)
        return text
    }

    private static func appendPair(_ first: String, _ second: String, to text: inout [UInt8]) {
        text.append(UInt8(ascii: "["))
        JSONText.append(first, to: &text)
        text.append(UInt8(ascii: ","))
        JSONText.append(second, to: &text)
        text.append(UInt8(ascii: "]"))
    }

    static func appendNumber(_ number: Int, to text: inout [UInt8]) {
        if number < 10 {
            text.append(UInt8(ascii: "0") + UInt8(number))
        } else {
            text.append(contentsOf: String(number).utf8)
        }
    }
}
