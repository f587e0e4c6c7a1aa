/// Where in a page's bytes the server inserts its parts. Templates can be replaced by a portal's own,
/// so tags are matched without regard to case, and a page without them is still served.
enum HTMLPlaces {
    /// The index of the last `</body`.
    static func lastClosingBody(in page: [UInt8]) -> Int? {
        let tag = Array("</body".utf8)
        guard page.count >= tag.count else { return nil }
        var index = page.count - tag.count
        while index >= 0 {
            if matches(tag, in: page, at: index) { return index }
            index -= 1
        }
        return nil
    }

    /// The index just after the `>` of the first `<body …>` tag.
    static func afterOpeningBody(in page: [UInt8]) -> Int? {
        let tag = Array("<body".utf8)
        guard page.count >= tag.count else { return nil }
        for index in 0...(page.count - tag.count) where matches(tag, in: page, at: index) {
            let next = index + tag.count
            guard next < page.count, [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"),
                                       UInt8(ascii: "\r")].contains(page[next]) else { continue }
            guard let close = page[next...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            return close + 1
        }
        return nil
    }

    private static func matches(_ tag: [UInt8], in page: [UInt8], at index: Int) -> Bool {
        for offset in 0..<tag.count {
            var byte = page[index + offset]
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != tag[offset] { return false }
        }
        return true
    }
}
