#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding ASCII markers (tags, keys) in text by its UTF-8 bytes. Foundation's `contains` and `range(of:)`
/// on Linux convert the whole string to UTF-16 for every call, which at thousands of pages was a large
/// part of the build; these compare bytes, so they suit markers, not text where Unicode equivalence matters.
extension String {
    /// Whether the byte occurs in the text: `memchr` over the text's UTF-8 where it is stored contiguously
    /// (a native string always is), which is many times faster than walking the bytes one by one.
    func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }

    /// Whether the UTF-8 bytes of `marker` occur in the text.
    func containsBytes(_ marker: String) -> Bool {
        byteRange(of: marker) != nil
    }

    /// The first place the UTF-8 bytes of `marker` occur, as indices of the text. `marker` should start and end
    /// on whole characters (an ASCII marker always does), so that the indices fall on character boundaries.
    func byteRange(of marker: String) -> Range<String.Index>? {
        guard !marker.isEmpty else { return nil }
        var text = self
        var needle = marker
        let offset: Int? = text.withUTF8 { haystack in
            needle.withUTF8 { pattern in UTF8Search.firstOffset(of: pattern, in: haystack) }
        }
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: marker.utf8.count)
    }
}

enum UTF8Search {
    /// Where `pattern` first occurs in `haystack`, as an offset. memchr finds each candidate first byte and
    /// memcmp compares the rest, many bytes at a time (Glibc's memmem is not visible to Swift); a byte-by-byte
    /// loop was a tenth of rendering Markdown.
    static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !pattern.isEmpty, haystack.count >= pattern.count, let base = haystack.baseAddress, let wanted = pattern.baseAddress else { return nil }
        let last = haystack.count - pattern.count
        var index = 0
        while index <= last {
            guard let found = memchr(base + index, Int32(pattern[0]), last - index + 1) else { return nil }
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if memcmp(base + index, wanted, pattern.count) == 0 { return index }
            index += 1
        }
        return nil
    }

    /// The same for an ASCII marker, within `start..<end` of `haystack`, as an offset in the whole of it.
    static func firstOffset(of marker: StaticString, in haystack: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end else { return nil }
        let pattern = UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)
        return firstOffset(of: pattern, in: UnsafeBufferPointer(rebasing: haystack[start..<end])).map { $0 + start }
    }
}
