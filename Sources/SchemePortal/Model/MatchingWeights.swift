/// How much each soft preference counts when `portal match` chooses between pairs the hard rules allow
/// (`rules: matching:` in scheme.md). Every weight is points; a pair's score is the sum of what applies.
/// The defaults are what the five seed schemes ask for: people's own choices first, then what one side
/// seeks and the other offers, then the scheme's stated preferences (other department, similar field).
public struct MatchingWeights: Sendable, Equatable {
    /// Points per place of a ranked preference: with three choices, a first choice is worth 3 × this, a
    /// second 2 ×, a third 1 ×; counted for each of the two people who ranks the other.
    public static let defaultPreferences = 10
    /// Points for each area one partner seeks that the other offers, in either direction.
    public static let defaultExpertise = 4
    /// Points for partners from different organisations, when the scheme has `prefer_cross_department: true`.
    public static let defaultCrossDepartment = 6
    /// Points for partners who share an area (offered or sought), when the scheme has `prefer_similar_expertise: true`.
    public static let defaultSimilarFields = 6

    public var preferences: Int?
    public var expertise: Int?
    public var crossDepartment: Int?
    public var similarFields: Int?
    public var location: SourceLocation?

    public init(preferences: Int? = nil, expertise: Int? = nil, crossDepartment: Int? = nil, similarFields: Int? = nil) {
        self.preferences = preferences
        self.expertise = expertise
        self.crossDepartment = crossDepartment
        self.similarFields = similarFields
    }

    /// The weights a scheme's matching uses: those written, else the defaults; a preference the scheme does
    /// not state (`prefer_cross_department`, `prefer_similar_expertise`) counts only when given a weight here.
    public func effective(for rules: SchemeRules) -> Effective {
        Effective(preferences: preferences ?? Self.defaultPreferences,
                  expertise: expertise ?? Self.defaultExpertise,
                  crossDepartment: crossDepartment ?? (rules.preferCrossDepartment ? Self.defaultCrossDepartment : 0),
                  similarFields: similarFields ?? (rules.preferSimilarExpertise ? Self.defaultSimilarFields : 0))
    }

    public struct Effective: Sendable, Equatable {
        public var preferences: Int
        public var expertise: Int
        public var crossDepartment: Int
        public var similarFields: Int
    }
}
