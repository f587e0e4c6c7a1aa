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

        /// A name shown as something it is not matched by: a page's address, matched by its title.
        public init(shown: String, writtenAs spellings: [String]) {
            self.shown = shown
            self.spellings = spellings
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
        guard let best = best(typed, among: names) else { return [] }
        // A word that is part of many names says too little to choose between them.
        if best.kind == .part, best.names.count > 3 { return [] }
        return Array(best.names.prefix(3))
    }

    /// Every name matched in the best way any is, for callers that choose among them by other means.
    static func best(_ typed: String, among names: [Name]) -> (kind: Kind, names: [String])? {
        best(typed, amongFolded: names.map { ($0.shown, $0.spellings.map(Folded.init)) })
    }

    /// The same, over names folded once by a caller that asks about many values.
    static func best(_ typed: String, amongFolded names: [(shown: String, spellings: [Folded])]) -> (kind: Kind, names: [String])? {
        let wanted = Folded(typed)
        guard !wanted.squeezed.isEmpty, wanted.squeezed.count <= 200 else { return nil }
        var best: (kind: Kind, distance: Int)?
        var found: [String] = []
        for name in names {
            var own: (kind: Kind, distance: Int)?
            for spelling in name.spellings {
                guard let match = match(wanted, spelling) else { continue }
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
        return best.map { ($0.kind, found) }
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
        // Equal texts have equal letters, and a part has no letter the whole lacks: comparing the letters
        // first passes over most pairs at the cost of a few instructions.
        if a.letters == b.letters, a.squeezed == b.squeezed { return (.written, 0) }
        if a.stemLetters == b.stemLetters, !a.stems.isEmpty, a.stems == b.stems || a.sortedStems == b.sortedStems { return (.words, 0) }
        if a.initialsMatch(b) || b.initialsMatch(a) { return (.words, 1) }
        if let distance = slip(a.spaced, b.spaced, a.letters ^ b.letters) { return (.spelling, distance) }
        // A slip among the words that carry the meaning, with a small word left out (‘sceme runs’).
        if a.stems.count > 1 || b.stems.count > 1, a.joinedStems.count > 3,
           let distance = slip(a.joinedStems, b.joinedStems, a.stemLetters ^ b.stemLetters) {
            return (.spelling, distance)
        }
        let aInB = a.stemLetters & ~b.stemLetters == 0, bInA = b.stemLetters & ~a.stemLetters == 0
        if aInB || bInA, !a.stemSet.isEmpty, !b.stemSet.isEmpty,
           (aInB && a.stemSet.isSubset(of: b.stemSet)) || (bInA && b.stemSet.isSubset(of: a.stemSet)),
           a.stemSet.intersection(b.stemSet).contains(where: { $0.count >= 3 }) {
            return (.part, abs(a.stemSet.count - b.stemSet.count))
        }
        return nil
    }

    /// The letters changed between two texts, if no more than one in four of the longer (none in three
    /// letters or fewer). Letters in one and not the other need an edit each, two to a substitution: most
    /// pairs are told apart by that count alone, before any distance is worked out.
    private static func slip(_ a: [Character], _ b: [Character], _ differentLetters: UInt64) -> Int? {
        let longer = max(a.count, b.count)
        let allowed = longer <= 3 ? 0 : min(3, max(1, longer / 4))
        guard allowed > 0, abs(a.count - b.count) <= allowed, (differentLetters.nonzeroBitCount + 1) / 2 <= allowed else { return nil }
        let distance = Suggestion.editDistance(a, b)
        return distance <= allowed ? distance : nil
    }

    /// A value as words: lower case, no accents, punctuation as spaces (a full stop or apostrophe as
    /// nothing, so ‘D.f.E.’ is ‘dfe’ and ‘Women's’ is ‘womens’), ‘&’ as ‘and’. Made once per value, since a
    /// value is compared with every name.
    final class Folded {
        let squeezed: String
        let words: [String]
        let spaced: [Character]
        /// Each word but the small ones (‘of’, ‘and’ …), in a common form: ‘Policies’ and ‘policy’ alike.
        let stems: [String]
        let sortedStems: [String]
        let stemSet: Set<String>
        let joinedStems: [Character]
        /// Which letters and digits occur, a bit each.
        let letters: UInt64
        let stemLetters: UInt64
        /// The first letters of every word, and of every word but the small ones.
        let initials: (all: String, big: String)

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
            let spacedText = words.joined(separator: " ")
            spaced = Array(spacedText)
            squeezed = words.joined()
            stems = words.filter { !Self.small.contains($0) }.map(Self.stem)
            sortedStems = stems.sorted()
            stemSet = Set(stems)
            let stemText = stems.joined(separator: " ")
            joinedStems = Array(stemText)
            letters = Self.mask(spacedText)
            stemLetters = Self.mask(stemText)
            initials = (String(words.compactMap(\.first)), String(words.filter { !Self.small.contains($0) }.compactMap(\.first)))
        }

        private static func mask(_ text: String) -> UInt64 {
            var mask: UInt64 = 0
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 97...122: mask |= 1 << UInt64(scalar.value - 97)
                case 48...57: mask |= 1 << UInt64(scalar.value - 48 + 26)
                case 32: continue
                default: mask |= 1 << UInt64(36 + scalar.value % 27)
                }
            }
            return mask
        }

        static let small: Set<String> = ["a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "at", "by"]

        /// ‘DfE’ for ‘Department for Education’, ‘HMT’ for ‘His Majesty's Treasury’.
        func initialsMatch(_ other: Folded) -> Bool {
            guard words.count == 1, other.words.count >= 2, (2...8).contains(spaced.count) else { return false }
            return squeezed == other.initials.all || squeezed == other.initials.big
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
