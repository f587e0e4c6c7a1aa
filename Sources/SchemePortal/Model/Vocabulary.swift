/// A controlled list of values (areas of expertise, organisations, professions) with synonyms, so the
/// directory's filters never split one subject into three spellings.
public struct Vocabulary: Sendable {
    public struct Term: Sendable {
        public var name: String
        public var synonyms: [String]
        /// Where the term is written, for the duplicate rule.
        public var location: SourceLocation?

        public init(name: String, synonyms: [String] = [], location: SourceLocation? = nil) {
            self.name = name
            self.synonyms = synonyms
            self.location = location
        }
    }

    public var terms: [Term]

    public init(terms: [Term]) {
        self.terms = terms
    }

    /// The canonical name for a value written as a name or synonym, ignoring case; nil if not listed.
    public func canonical(_ value: String) -> String? {
        let wanted = value.lowercased()
        return terms.first { $0.name.lowercased() == wanted || $0.synonyms.contains { $0.lowercased() == wanted } }?.name
    }

    public var allSpellings: [String] { terms.flatMap { [$0.name] + $0.synonyms } }
}

/// The portal's vocabularies; a missing one means any value is accepted.
public struct Vocabularies: Sendable {
    public var expertise: Vocabulary?
    public var organisations: Vocabulary?
    public var professions: Vocabulary?

    public init(expertise: Vocabulary? = nil, organisations: Vocabulary? = nil, professions: Vocabulary? = nil) {
        self.expertise = expertise
        self.organisations = organisations
        self.professions = professions
    }
}
