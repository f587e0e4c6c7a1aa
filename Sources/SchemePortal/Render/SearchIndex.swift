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
struct SearchIndex: Sendable {
    static let folder = "search"
    static let meta = "search/meta.json"
    /// Documents per chunk of text: a search shows ten results, and each may be in a chunk of its own, so a
    /// chunk is small (two profiles are about 4 kB).
    static let documentsPerChunk = 2
    /// A shard is cut once it holds this many bytes (a term's postings are never split).
    static let shardBytes = 8_192
    /// With this many documents or more, a term in more than a quarter of them is common: it would be the
    /// largest download and tells results apart least, so only the `commonKept` pages where it weighs most
    /// are stored, and a search uses it to rank, not to narrow, unless all its words are common.
    static let commonFrom = 200
    static let commonKept = 1_000

    let documents: [SearchDocument]
    let schemes: [(id: String, name: String)]

    /// `documents` in the site's order; they are numbered here, by place, keeping that order within each.
    init(documents: [SearchDocument], schemes: [(id: String, name: String)]) {
        // Positions are sorted, not the documents: moving 10,000 documents about was a sort's whole cost.
        let order = documents.indices.sorted {
            documents[$0].place < documents[$1].place || (documents[$0].place == documents[$1].place && $0 < $1)
        }
        self.documents = order.map { documents[$0] }
        self.schemes = schemes
    }

    /// The index's files; given a `sink`, each is handed to it as soon as it is made and returned without its
    /// bytes (at 10,000 people the index is 27 MB in 5,000 files, which were all held until the end of the
    /// build). `bytes` counts them all.
    func files(sink: (@Sendable (OutputFile) -> Void)?) -> (files: [OutputFile], bytes: Int) {
        // The text chunks need nothing of the terms: both are made at once, one on each core.
        let index = self
        let work: [@Sendable () -> (made: Emitted, firstTerms: [String], common: Set<String>)] = [
            { index.shards(sink: sink) }, { (index.chunks(sink: sink), [], []) },
        ]
        let made = Parallel.map(work)
        // A fingerprint of every other file, for the script to ask for them by (`t0.json?v=…`): a browser
        // that kept last week's shards must not mix them with this week's numbering.
        var mark = FNV1a()
        mark.add(made[0].made.hash.hex.utf8)
        mark.add(made[1].made.hash.hex.utf8)
        var meta = Emitted(sink: sink)
        meta.emit(OutputFile(path: Self.meta, contents: metadata(firstTerms: made[0].firstTerms, common: made[0].common, mark: mark.hex)))
        return (made[0].made.files + made[1].made.files + meta.files, made[0].made.bytes + made[1].made.bytes + meta.bytes)
    }

    /// Files as they are made: fingerprinted, handed to the sink if there is one, and kept (without their
    /// bytes when sunk).
    struct Emitted {
        var files: [OutputFile] = []
        var hash = FNV1a()
        var bytes = 0
        let sink: (@Sendable (OutputFile) -> Void)?

        mutating func emit(_ file: OutputFile) {
            hash.add(file.path.utf8)
            hash.add(file.contents)
            bytes += file.contents.count
            if let sink {
                sink(file)
                files.append(OutputFile(path: file.path, contents: []))
            } else {
                files.append(file)
            }
        }
    }

    /// `t<n>.json`, the first term of each, and the common terms.
    private func shards(sink: (@Sendable (OutputFile) -> Void)?) -> (made: Emitted, firstTerms: [String], common: Set<String>) {
        var table = SearchTermTable(capacity: 4_096)
        var lists: [[Int32]] = []
        for (number, entry) in documents.enumerated() {
            entry.forEachTerm { term, weight in
                let (index, isNew) = table.number(of: term)
                if isNew { lists.append([]) }
                lists[index].append(Int32(number))
                lists[index].append(Int32(weight))
            }
        }
        var common: Set<String> = []
        let strings = (0..<table.count).map { table.string($0) }
        for index in 0..<table.count where documents.count >= Self.commonFrom && lists[index].count / 2 * 4 > documents.count {
            common.insert(strings[index])
            lists[index] = Self.best(lists[index], Self.commonKept)
        }
        let terms = strings.indices.sorted { SearchTerms.precedes(strings[$0], strings[$1]) }

        var files = Emitted(sink: sink)
        var firstTerms: [String] = []
        var shard: [UInt8] = []
        func closeShard() {
            guard !shard.isEmpty else { return }
            shard.append(contentsOf: "}\n".utf8)
            files.emit(OutputFile(path: "\(Self.folder)/t\(firstTerms.count - 1).json", contents: shard))
            shard = []
        }
        for index in terms {
            let term = strings[index]
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
            let list = lists[index]
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
        return (files, firstTerms, common)
    }

    /// The `count` postings of highest weight (the first pages at equal weight), back in page order.
    static func best(_ list: [Int32], _ count: Int) -> [Int32] {
        let pairs = stride(from: 0, to: list.count, by: 2).map { (document: list[$0], weight: list[$0 + 1]) }
        let kept = pairs.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.document < $1.document }
            .prefix(count).sorted { $0.document < $1.document }
        return kept.flatMap { [$0.document, $0.weight] }
    }

    /// `d<n>.json`: each document's address from the site's root, title and sections.
    private func chunks(sink: (@Sendable (OutputFile) -> Void)?) -> Emitted {
        var files = Emitted(sink: sink)
        for first in stride(from: 0, to: documents.count, by: Self.documentsPerChunk) {
            var text: [UInt8] = [UInt8(ascii: "[")]
            for number in first..<min(first + Self.documentsPerChunk, documents.count) {
                let document = documents[number]
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
            files.emit(OutputFile(path: "\(Self.folder)/d\(first / Self.documentsPerChunk).json", contents: text))
        }
        return files
    }

    private func metadata(firstTerms: [String], common: Set<String>, mark: String) -> [UInt8] {
        var text: [UInt8] = Array("{\"version\":1,\n\"build\":".utf8)
        JSONText.append(mark, to: &text)
        text.append(contentsOf: ",\n\"docs\":".utf8)
        Self.appendNumber(documents.count, to: &text)
        text.append(contentsOf: ",\n\"docChunk\":".utf8)
        Self.appendNumber(Self.documentsPerChunk, to: &text)
        text.append(contentsOf: ",\n\"commonKept\":".utf8)
        Self.appendNumber(Self.commonKept, to: &text)
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

    /// A non-negative number in decimal, without making a string: the shards hold millions of them.
    static func appendNumber(_ number: Int, to text: inout [UInt8]) {
        guard number >= 10 else { return text.append(UInt8(ascii: "0") + UInt8(max(number, 0))) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = number
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            for position in stride(from: count - 1, through: 0, by: -1) { text.append(buffer[position]) }
        }
    }
}
