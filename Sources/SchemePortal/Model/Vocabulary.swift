/// A controlled list of values (areas of expertise, organisations, professions) with synonyms, so the
/// directory's filters never split one subject into three spellings.
public struct Vocabulary: Sendable {
    public struct Term: Sendable {
        public var name: String
        public var synonyms: [String]
        /// Where the term is written, for the duplicate rule.
        public var location: SourceLocation?
        /// Where each synonym is written, in order, when known.
        public var synonymLocations: [SourceLocation] = []

        public init(name: String, synonyms: [String] = [], location: SourceLocation? = nil) {
            self.name = name
            self.synonyms = synonyms
            self.location = location
        }
    }

    public let terms: [Term]
    /// Each spelling in lower case, with the name of the first term that has it: every area of expertise of
    /// every person is looked up, so not by reading the whole list each time.
    private let names: [String: String]

    public init(terms: [Term]) {
        self.terms = terms
        var names: [String: String] = [:]
        for term in terms {
            for spelling in [term.name] + term.synonyms where names[spelling.lowercased()] == nil {
                names[spelling.lowercased()] = term.name
            }
        }
        self.names = names
    }

    /// The canonical name for a value written as a name or synonym, ignoring case; nil if not listed.
    public func canonical(_ value: String) -> String? {
        names[value.lowercased()]
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
