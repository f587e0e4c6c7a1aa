/// What to suggest for a grade that is not on a ladder. Grades are numbered more often than not (UE01 to
/// UE10, Grade 5 to Grade 9), and the grade meant is the neighbour by number, not by spelling: ‘UE11’ is
/// one above ‘UE10’, though ‘UE01’ differs from it by fewer letters.
extension GradeLadder {
    /// The hint for `typed`: by number on the ladder where its grades are numbered alike, else by spelling,
    /// else the ladder's grades.
    func hint(for typed: String) -> String {
        if let numbered = numberedHint(for: typed) { return numbered }
        return Suggestion.didYouMean(typed, in: grades.flatMap { [$0.name] + $0.aliases })
            ?? "use one of \(grades.map(\.name).joined(separator: ", "))"
    }

    private func numberedHint(for typed: String) -> String? {
        guard let wanted = Self.split(typed) else { return nil }
        let alike = grades.compactMap { grade -> (name: String, number: Int)? in
            guard let own = Self.split(grade.name), own.stem == wanted.stem else { return nil }
            return (grade.name, own.number)
        }
        // Nearest by number, whichever way the ladder counts (the Civil Service's Grade 6 is above Grade 7).
        guard alike.count >= 2 else { return nil }
        let nearest = alike.min { (abs($0.number - wanted.number), $0.number) < (abs($1.number - wanted.number), $1.number) }
        return nearest.map { "did you mean ‘\($0.name)’?" }
    }

    /// ‘UE 11’ → (‘ue’, 11); ‘Grade 7’ → (‘grade’, 7); nil without a number at the end.
    private static func split(_ grade: String) -> (stem: String, number: Int)? {
        let digits = grade.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let number = Int(String(digits.reversed())) else { return nil }
        let stem = grade.dropLast(digits.count).lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
        return (stem, number)
    }
}
