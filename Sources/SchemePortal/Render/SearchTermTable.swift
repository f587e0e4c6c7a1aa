/// Terms numbered in the order first met, looked up by their UTF-8 bytes: counting a page's words through a
/// `[String: …]` made a string and a SipHash for every word, which at 10,000 profiles was most of what the
/// index cost. Open addressing over FNV-1a; the bytes live in one array.
struct SearchTermTable: Sendable {
    /// Every term's bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where each term starts in `bytes`; the next term's start (or the end) is where it stops.
    private(set) var starts: [Int32] = []
    /// Term numbers by hash slot, -1 for an empty slot; its size is a power of two, at most half full.
    private var slots: [Int32]

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    var count: Int { starts.count }

    func term(_ number: Int) -> ArraySlice<UInt8> {
        let start = Int(starts[number])
        let end = number + 1 < starts.count ? Int(starts[number + 1]) : bytes.count
        return bytes[start..<end]
    }

    func string(_ number: Int) -> String {
        String(decoding: term(number), as: UTF8.self)
    }

    /// The term's number, adding it when it is new; `isNew` says which.
    mutating func number<C: Collection>(of term: C) -> (number: Int, isNew: Bool) where C.Element == UInt8 {
        var hash: UInt32 = 2_166_136_261
        for byte in term { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 {
            let existing = Int(slots[slot])
            if matches(existing, term) { return (existing, false) }
            slot = (slot + 1) & mask
        }
        let number = starts.count
        starts.append(Int32(bytes.count))
        bytes.append(contentsOf: term)
        slots[slot] = Int32(number)
        if starts.count * 2 > slots.count { grow() }
        return (number, true)
    }

    private func matches<C: Collection>(_ number: Int, _ term: C) -> Bool where C.Element == UInt8 {
        let start = Int(starts[number])
        let end = number + 1 < starts.count ? Int(starts[number + 1]) : bytes.count
        guard end - start == term.count else { return false }
        var index = start
        for byte in term {
            if bytes[index] != byte { return false }
            index += 1
        }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for number in 0..<starts.count {
            var hash: UInt32 = 2_166_136_261
            for byte in term(number) { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            var slot = Int(hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
