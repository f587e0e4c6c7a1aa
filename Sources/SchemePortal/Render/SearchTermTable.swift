/// Terms one after another in one array, each found by its number: a page keeps its words this way (small
/// enough for 10,000 pages), and the table below numbers them.
struct SearchTermList: Sendable, Equatable {
    private(set) var bytes: [UInt8] = []
    /// Where each term starts in `bytes`; the next term's start (or the end) is where it stops.
    private(set) var starts: [Int32] = []

    var count: Int { starts.count }

    func term(_ number: Int) -> ArraySlice<UInt8> {
        let end = number + 1 < starts.count ? Int(starts[number + 1]) : bytes.count
        return bytes[Int(starts[number])..<end]
    }

    func string(_ number: Int) -> String {
        String(decoding: term(number), as: UTF8.self)
    }

    /// Whether term `number` is `term`: lengths first, then byte by byte (cheaper than `elementsEqual` across
    /// two kinds of collection, on the build's hottest loop).
    func term<Bytes: Collection>(_ number: Int, is term: Bytes) -> Bool where Bytes.Element == UInt8 {
        let stored = self.term(number)
        guard stored.count == term.count else { return false }
        var index = stored.startIndex
        for byte in term {
            if bytes[index] != byte { return false }
            index += 1
        }
        return true
    }

    mutating func append<Bytes: Collection>(_ term: Bytes) where Bytes.Element == UInt8 {
        starts.append(Int32(bytes.count))
        bytes.append(contentsOf: term)
    }
}

/// Terms numbered in the order first met, looked up by their UTF-8 bytes: counting a page's words through a
/// `[String: …]` made a string and a SipHash for every word, which at 10,000 profiles was most of what the
/// index cost. Open addressing over FNV-1a.
struct SearchTermTable: Sendable {
    private(set) var terms = SearchTermList()
    /// Term numbers by hash slot, -1 for an empty slot; its size is a power of two, at most half full.
    private var slots: [Int32]

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    var count: Int { terms.count }

    func string(_ number: Int) -> String { terms.string(number) }

    /// The term's number, adding it when it is new; `isNew` says which.
    mutating func number<Bytes: Collection>(of term: Bytes) -> (number: Int, isNew: Bool) where Bytes.Element == UInt8 {
        let mask = slots.count - 1
        var slot = Self.slot(term, mask: mask)
        while slots[slot] >= 0 {
            let existing = Int(slots[slot])
            if terms.term(existing, is: term) { return (existing, false) }
            slot = (slot + 1) & mask
        }
        let number = terms.count
        terms.append(term)
        slots[slot] = Int32(number)
        if terms.count * 2 > slots.count { grow() }
        return (number, true)
    }

    private static func slot<Bytes: Sequence>(_ term: Bytes, mask: Int) -> Int where Bytes.Element == UInt8 {
        var hash = FNV1a()
        hash.add(term)
        return Int(truncatingIfNeeded: hash.value) & mask
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for number in 0..<terms.count {
            var slot = Self.slot(terms.term(number), mask: mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
