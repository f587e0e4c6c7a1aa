import Foundation

/// Addresses made from names: lowercase ASCII letters, digits and single hyphens.
public enum Slug {
    public static func make(from text: String) -> String {
        // Most names and ids are plain ASCII, which neither look-alike letters nor decomposition change: made
        // over the bytes (every person's id and facet value passes here).
        text.utf8.allSatisfy({ $0 < 0x80 }) ? makeFromASCII(text) : makeFromScalars(text)
    }

    /// The rule for any text; `makeFromASCII` gives the same for ASCII (SlugTests compares them).
    static func makeFromScalars(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        // A Cyrillic or Greek look-alike in a Latin word ("Оverview") keeps the letter it looks like, rather
        // than dropping out of the address; the rules warn about it where it was written.
        for scalar in LookAlikeLetters.latinised(text).decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let c = Character(scalar)
            if c.isASCII, c.isLetter || c.isNumber {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(contentsOf: c.lowercased())
            } else if c == "'" || c == "’" {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    static func makeFromASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingHyphen, !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                bytes.append(byte | (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 0x20 : 0))
            case UInt8(ascii: "'"):
                continue
            default:
                pendingHyphen = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug == make(from: slug)
    }
}
