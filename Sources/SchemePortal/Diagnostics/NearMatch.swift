import Foundation

/// Which listed name a written value most likely means, by meaning before spelling. Spelling alone
/// suggests what merely looks alike (‘during’ is two letters from ‘spring’); people more often write the
/// right words in another form (‘Policies’, ‘finance engagement’, ‘DfE.’, ‘Climate’) than misspell them.
public enum NearMatch {
    /// A name that may be suggested, and every way of writing it (the name itself, its synonyms).
    public struct Name: Sendable {
        public var shown: String
        public var spellings: [String]

        public init(_ shown: String, spellings: [String] = []) {
            self.shown = shown
            self.spellings = [shown] + spellings
        }
    }

    /// How a match was found, best first; only the best kind found is offered.
    enum Kind: Int, Comparable {
        /// The same once case, accents, spaces and punctuation are set aside.
        case written
        /// The same words in another form or order, or the initials of the name.
        case words
        /// A slip of a letter or two, allowed less the shorter the word.
        case spelling
        /// One holds all the other's words: ‘Climate’ and ‘Climate adaptation’.
        case part

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    /// The names `typed` most likely means (at most three, best first), or none when nothing is close
    /// enough to be worth saying.
    public static func meant(_ typed: String, among names: [Name]) -> [String] {
        let wanted = Folded(typed)
        guard !wanted.squeezed.isEmpty, wanted.squeezed.count <= 200 else { return [] }
        var best: (kind: Kind, distance: Int)?
        var found: [String] = []
        for name in names {
            var own: (kind: Kind, distance: Int)?
            for spelling in name.spellings {
                guard let match = match(wanted, Folded(spelling)) else { continue }
                if own == nil || (match.kind, match.distance) < (own!.kind, own!.distance) { own = match }
            }
            guard let own else { continue }
            if best == nil || (own.kind, own.distance) < (best!.kind, best!.distance) {
                best = own
                found = [name.shown]
            } else if (own.kind, own.distance) == (best!.kind, best!.distance), !found.contains(name.shown) {
                found.append(name.shown)
            }
        }
        // A word that is part of many names says too little to choose between them.
        if best?.kind == .part, found.count > 3 { return [] }
        return Array(found.prefix(3))
    }

    /// `did you mean ‘A’?` or `did you mean ‘A’ or ‘B’?`, or nil.
    public static func didYouMean(_ typed: String, among names: [Name]) -> String? {
        let meant = meant(typed, among: names)
        guard !meant.isEmpty else { return nil }
        return "did you mean " + Self.alternatives(meant.map { "‘\($0)’" }) + "?"
    }

    public static func didYouMean(_ typed: String, in words: [String]) -> String? {
        didYouMean(typed, among: words.map { Name($0) })
    }

    /// ‘A’, ‘A or B’, ‘A, B or C’.
    public static func alternatives(_ items: [String], joinedBy word: String = "or") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + items[items.count - 1]
    }

    /// Up to `limit` of `names` quoted, and how many more there are: for a hint when nothing is near.
    public static func some(of names: [String], limit: Int = 5) -> String {
        // "(and 1 more)" is longer than the one name it stands for.
        let shown = names.prefix(names.count <= limit + 2 ? names.count : limit).map { "‘\($0)’" }
        let more = names.count - shown.count
        return shown.joined(separator: ", ") + (more > 0 ? " (and \(more) more)" : "")
    }

    static func match(_ a: Folded, _ b: Folded) -> (kind: Kind, distance: Int)? {
        if a.squeezed == b.squeezed { return (.written, 0) }
        if !a.stems.isEmpty, a.stems == b.stems || a.stems.sorted() == b.stems.sorted() { return (.words, 0) }
        if a.initialsMatch(b) || b.initialsMatch(a) { return (.words, 1) }
        let longer = max(a.spaced.count, b.spaced.count)
        let allowed = longer <= 3 ? 0 : min(3, max(1, longer / 4))
        if allowed > 0, abs(a.spaced.count - b.spaced.count) <= allowed {
            let distance = Suggestion.editDistance(Array(a.spaced), Array(b.spaced))
            if distance <= allowed { return (.spelling, distance) }
        }
        let mine = Set(a.stems), theirs = Set(b.stems)
        if !mine.isEmpty, !theirs.isEmpty, mine.isSubset(of: theirs) || theirs.isSubset(of: mine),
           mine.intersection(theirs).contains(where: { $0.count >= 3 }) {
            return (.part, abs(mine.count - theirs.count))
        }
        return nil
    }

    /// A value as words: lower case, no accents, punctuation as spaces (a full stop or apostrophe as
    /// nothing, so ‘D.f.E.’ is ‘dfe’ and ‘Women's’ is ‘womens’), ‘&’ as ‘and’.
    struct Folded {
        let spaced: String
        let squeezed: String
        let words: [String]
        /// Each word but the small ones (‘of’, ‘and’ …), in a common form: ‘Policies’ and ‘policy’ alike.
        let stems: [String]

        init(_ text: String) {
            let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .replacingOccurrences(of: "&", with: " and ")
            var cleaned = ""
            for character in plain {
                if character.isLetter || character.isNumber { cleaned.append(character) }
                else if character == "." || character == "'" || character == "’" { continue }
                else { cleaned.append(" ") }
            }
            words = cleaned.split(separator: " ").map(String.init)
            spaced = words.joined(separator: " ")
            squeezed = words.joined()
            stems = words.filter { !Self.small.contains($0) }.map(Self.stem)
        }

        static let small: Set<String> = ["a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "at", "by"]

        /// ‘DfE’ for ‘Department for Education’, ‘HMT’ for ‘His Majesty's Treasury’.
        func initialsMatch(_ other: Folded) -> Bool {
            guard words.count == 1, (2...8).contains(squeezed.count), other.words.count >= 2 else { return false }
            let all = String(other.words.compactMap(\.first))
            let big = String(other.words.filter { !Self.small.contains($0) }.compactMap(\.first))
            return squeezed == all || squeezed == big
        }

        /// A rough English stem: enough to make plurals, ‘-ing’ and ‘-ed’ forms and ‘-ize’ spellings agree,
        /// never so much that different words meet.
        static func stem(_ word: String) -> String {
            var w = word.replacingOccurrences(of: "iz", with: "is")
            if w.count > 4, w.hasSuffix("ies") { w = String(w.dropLast(3)) + "y" }
            else if w.hasSuffix("sses") { w = String(w.dropLast(2)) }
            else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { w.removeLast() }
            if w.count > 5, w.hasSuffix("ing") { w = String(w.dropLast(3)) }
            else if w.count > 4, w.hasSuffix("ed") { w = String(w.dropLast(2)) }
            if w.count > 3, w.hasSuffix("e") { w.removeLast() }
            let tail = Array(w.suffix(2))
            if w.count > 3, tail.count == 2, tail[0] == tail[1], !"aeiouls".contains(tail[0]) { w.removeLast() }
            return w
        }
    }
}
