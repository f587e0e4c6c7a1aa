/// The possessive and the plural of a name that content gives ("Analysis Functions", "Coach"), made in
/// one place so that pages never read "Analysis Functions’s dates" or "Coachs".
public enum NameForms {
    /// "OPEN Peer Mentoring’s", but "Analysis Functions’": a name ending in s takes the apostrophe alone,
    /// since most that do are plurals. The apostrophe is the typographic one the templates use.
    public static func possessive(_ name: String) -> String {
        let trimmed = name.trimmingSpaces()
        guard let last = trimmed.last else { return trimmed }
        return last == "s" || last == "S" ? trimmed + "’" : trimmed + "’s"
    }

    /// A side's plural when the content gives none: "Mentee" → "Mentees", "Coach" → "Coaches",
    /// "Buddy" → "Buddies", "Person" → "People". Only the last word changes ("Junior partner" →
    /// "Junior partners"); a name already plural, or that cannot be told, is better written with `plural:`.
    public static func plural(_ name: String) -> String {
        let trimmed = name.trimmingSpaces()
        guard let lastLetter = trimmed.last, lastLetter.isLetter else { return trimmed }
        let wordStart = trimmed.lastIndex(where: { !$0.isLetter }).map { trimmed.index(after: $0) } ?? trimmed.startIndex
        let head = trimmed[..<wordStart]
        let word = String(trimmed[wordStart...])
        let lower = word.lowercased()
        if let irregular = irregularPlurals[lower] {
            return head + matchingCase(irregular, of: word)
        }
        // Initials ("MP", "SCS") take a small s: "MPs", "SCSs".
        if word.count > 1, word == word.uppercased() { return head + word + "s" }
        if ["s", "x", "z", "ch", "sh"].contains(where: { lower.hasSuffix($0) }) { return head + word + "es" }
        if lower.count > 1, lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return head + word.dropLast() + "ies"
        }
        return head + word + "s"
    }

    /// Words whose plural no rule gives, and those that stay as they are.
    static let irregularPlurals: [String: String] = [
        "person": "people", "man": "men", "woman": "women", "child": "children",
        "staff": "staff", "alumnus": "alumni", "alumna": "alumnae",
    ]

    /// `plural` written as `word` is: capitalised or not.
    private static func matchingCase(_ plural: String, of word: String) -> String {
        guard let first = word.first, first.isUppercase else { return plural }
        return plural.prefix(1).uppercased() + plural.dropFirst()
    }
}
