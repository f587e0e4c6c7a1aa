/// Cyrillic and Greek letters that look exactly like Latin ones. Pasted from another document or typed
/// on another keyboard layout, “Оverview” with a Cyrillic О reads the same on screen, but search, screen
/// readers and addresses treat it as another word: its address would silently lose the letter.
public enum LookAlikeLetters {
    /// One look-alike letter in a word that is otherwise written in Latin letters.
    public struct Finding: Hashable, Sendable {
        /// The letter as written (“О”), the script it is from, and the Latin letter it looks like.
        public var letter: String
        public var script: String
        public var latin: String
        /// The word it is in, as written (“Оverview”).
        public var word: String
        /// 0-based offsets of the letter, in Unicode scalars, in the text searched and in its word.
        public var offset: Int
        public var offsetInWord: Int

        /// “the ‘О’ in ‘Оverview’ is a Cyrillic letter that looks like a Latin ‘O’”.
        public var message: String {
            "the ‘\(letter)’ in ‘\(word)’ is a \(script) letter that looks like a Latin ‘\(latin)’"
        }

        public static let hint = "retype it on an English keyboard: search, screen readers and the directory's filters would treat it as a different letter"
    }

    static let latinFor: [Unicode.Scalar: Character] = [
        // Cyrillic
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "Х": "X", "У": "Y", "Ү": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I",
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
        // Greek
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
        "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v",
    ]

    /// Look-alike letters in words that also hold Latin letters (“Оverview”), and in words made only of
    /// look-alikes in otherwise Latin text (“Key dates for СОР”). Text written in Cyrillic or Greek
    /// (“Введение”) is left alone.
    public static func find(in text: String) -> [Finding] {
        // Looked for in every person's name and filter values: most have none, and are passed over without a copy.
        guard text.unicodeScalars.contains(where: { !$0.isASCII && latinFor[$0] != nil }) else { return [] }
        let scalars = Array(text.unicodeScalars)
        let hasLatin = scalars.contains(where: isLatin)
        let foreignOnlyLookAlikes = !scalars.contains { isForeign($0) && latinFor[$0] == nil }
        var findings: [Finding] = []
        var start = 0
        while start < scalars.count {
            guard isWordPart(scalars[start]) else { start += 1; continue }
            var end = start
            while end < scalars.count, isWordPart(scalars[end]) { end += 1 }
            let word = scalars[start..<end]
            let lookAlikes = word.indices.filter { latinFor[scalars[$0]] != nil }
            let mixed = word.contains(where: isLatin)
            let allLookAlike = !lookAlikes.isEmpty && word.allSatisfy { latinFor[$0] != nil || $0.properties.generalCategory == .nonspacingMark }
            if !lookAlikes.isEmpty, mixed || (allLookAlike && hasLatin && foreignOnlyLookAlikes) {
                let written = String(String.UnicodeScalarView(word))
                for index in lookAlikes {
                    let scalar = scalars[index]
                    findings.append(Finding(letter: String(scalar), script: isGreek(scalar) ? "Greek" : "Cyrillic",
                                            latin: String(latinFor[scalar] ?? "?"), word: written, offset: index,
                                            offsetInWord: index - start))
                }
            }
            start = end
        }
        return findings
    }

    /// The text with each look-alike `find` reports replaced by its Latin letter, so an address keeps
    /// the letter the reader sees (“overview”, not “verview”).
    public static func latinised(_ text: String) -> String {
        let findings = find(in: text)
        guard !findings.isEmpty else { return text }
        var scalars = Array(text.unicodeScalars)
        for finding in findings {
            if let latin = latinFor[scalars[finding.offset]]?.unicodeScalars.first { scalars[finding.offset] = latin }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The 1-based column of the finding's letter on a source line: where its word is first written at
    /// or after column `start` (markup such as `*` may stand between the words, so the word is looked
    /// for, not the whole text). nil when the word is not on the line.
    public static func column(of finding: Finding, on line: String, from start: Int) -> Int? {
        column(of: finding, on: Array(line.unicodeScalars), from: start)
    }

    /// As above, for a line already split into its scalars (a text with many findings splits it once).
    public static func column(of finding: Finding, on lineScalars: [Unicode.Scalar], from start: Int) -> Int? {
        let word = Array(finding.word.unicodeScalars)
        let lower = max(start - 1, 0)
        guard !word.isEmpty, lineScalars.count - word.count >= lower else { return nil }
        for offset in lower...(lineScalars.count - word.count)
        where lineScalars[offset..<offset + word.count].elementsEqual(word) {
            return offset + finding.offsetInWord + 1
        }
        return nil
    }

    static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }

    static func isGreek(_ scalar: Unicode.Scalar) -> Bool {
        (0x370...0x3FF).contains(scalar.value) || (0x1F00...0x1FFF).contains(scalar.value)
    }

    /// Cyrillic or Greek letters.
    static func isForeign(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isAlphabetic else { return false }
        return isGreek(scalar) || (0x400...0x52F).contains(scalar.value) || (0x1C80...0x1C8F).contains(scalar.value)
            || (0x2DE0...0x2DFF).contains(scalar.value) || (0xA640...0xA69F).contains(scalar.value)
    }
}
