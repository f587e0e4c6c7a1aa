import Foundation

/// "Did you mean …?" for misspelt keys and values.
public enum Suggestion {
    /// The closest candidate within a small edit distance, or nil when nothing is close enough to help.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        guard !target.isEmpty, target.count <= 64 else { return nil }
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(target, Array(candidate.lowercased()))
            let allowed = max(1, min(3, candidate.count / 3))
            if distance <= allowed, distance < (best?.1 ?? .max) {
                best = (candidate, distance)
            }
        }
        if best == nil, target.count >= 3 {
            // An abbreviation of a longer name ("bio" for "biography").
            best = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) }.min { ($0.count, $0) < ($1.count, $1) }.map { ($0, 0) }
        }
        if best == nil {
            // A key written with spaces or hyphens instead of underscores is a common slip.
            let folded = word.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
            best = candidates.first { $0 == folded }.map { ($0, 0) }
        }
        return best?.0
    }

    public static func didYouMean(_ word: String, in candidates: [String]) -> String? {
        closest(to: word, in: candidates).map { "did you mean ‘\($0)’?" }
    }

    /// Damerau–Levenshtein (optimal string alignment) distance, so a swapped pair of letters counts once.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }
}
