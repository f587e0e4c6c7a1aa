/// What to suggest for a value that is not in one of the portal's vocabularies. A person's record is often
/// typed from a form or pasted from a CV, so the words are right more often than their form: a plural, another
/// order, an abbreviation the vocabulary lists as a synonym. Spelling alone would offer ‘spring’ for ‘during’.
extension Vocabulary {
    /// By meaning, then spelling (NearMatch), suggesting the term's name even where a synonym matched;
    /// else a few of the values, so the author sees what kind of value is wanted.
    func hint(for typed: String) -> String {
        NearMatch.didYouMean(typed, among: terms.map { NearMatch.Name($0.name, spellings: $0.synonyms) })
            ?? "use one of \(NearMatch.some(of: terms.map(\.name))) from ‘vocabularies’ in portal.yaml, or add it there"
    }
}
