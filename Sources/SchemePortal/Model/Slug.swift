import Foundation

/// Addresses made from names: lowercase ASCII letters, digits and single hyphens.
public enum Slug {
    public static func make(from text: String) -> String {
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

    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug == make(from: slug)
    }
}
