import Foundation

/// The words a search matches: the build cuts page text into terms by this rule, and `search.js` cuts a
/// query by the same one (`normalize('NFD')`, marks dropped, lower case, runs of letters and digits), so a
/// word found on a page is found by typing it, with or without its accents.
enum SearchTerms {
    /// Terms are 2 to 30 UTF-16 code units long (JavaScript's `length`): a single letter matches too much
    /// to be worth storing, and a longer run is a pasted identifier, not a word anyone types.
    static let shortest = 2
    static let longest = 30

    /// The terms of `text`, in order.
    static func all(in text: String) -> [String] {
        var terms = Collected()
        eachTerm(in: text, into: &terms)
        return terms.strings
    }

    private struct Collected: SearchTermSink {
        var strings: [String] = []
        mutating func add(_ term: UnsafeBufferPointer<UInt8>) { strings.append(String(decoding: term, as: UTF8.self)) }
    }

    /// Hands the UTF-8 bytes of each term of `text` to `sink`, in order, making no string for an ASCII text.
    /// A sink, not a closure: a closure over the index's counts retained and released them for every word.
    static func eachTerm<Sink: SearchTermSink>(in text: String, into sink: inout Sink) {
        var text = text
        let ascii = text.withUTF8 { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            eachASCII(bytes, into: &sink)
            return true
        }
        if !ascii {
            eachUnicode(text) { term in
                var term = term
                term.withUTF8 { sink.add($0) }
            }
        }
    }

    /// Most page text is ASCII, where a letter or digit is one byte and lower case is one addition.
    private static func eachASCII<Sink: SearchTermSink>(_ text: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest) { word in
            var length = 0
            var tooLong = false
            for byte in text {
                let lower: UInt8
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): lower = byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): lower = byte + 32
                default:
                    if length >= shortest && !tooLong { sink.add(UnsafeBufferPointer(rebasing: word[0..<length])) }
                    length = 0
                    tooLong = false
                    continue
                }
                if length < longest { word[length] = lower; length += 1 } else { tooLong = true }
            }
            if length >= shortest && !tooLong { sink.add(UnsafeBufferPointer(rebasing: word[0..<length])) }
        }
    }

    private static func eachUnicode(_ text: String, _ found: (String) -> Void) {
        var word = String.UnicodeScalarView()
        var length = 0
        func flush() {
            if length >= shortest && length <= longest { found(String(word)) }
            word = String.UnicodeScalarView()
            length = 0
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    // A final sigma is σ, which is what JavaScript makes of a capital Σ in the middle of a word.
                    word.append(lower == "\u{03C2}" ? "\u{03C3}" : lower)
                    length += lower.utf16.count
                }
            default:
                flush()
            }
        }
        flush()
    }

    /// The order of terms in the index's shards: UTF-16 code units, as JavaScript compares strings.
    static func precedes(_ first: String, _ second: String) -> Bool {
        first.utf16.lexicographicallyPrecedes(second.utf16)
    }
}

/// What takes the terms `SearchTerms` finds, one at a time.
protocol SearchTermSink {
    mutating func add(_ term: UnsafeBufferPointer<UInt8>)
}
