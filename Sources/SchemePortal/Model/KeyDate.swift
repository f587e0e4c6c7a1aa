/// A row of a scheme's key-dates table.
public struct KeyDate: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// Applications or the call open.
        case opens
        /// Applications, preferences or any other submission close.
        case deadline
        /// A meeting, session or event.
        case event
        /// A period during which something happens (matching, the programme itself).
        case period
        /// Anything else worth showing on the timeline.
        case milestone
    }

    public var label: String
    /// The date exactly as written in the content, shown to readers for vague dates.
    public var text: String
    public var when: DateExpression
    public var kind: Kind
    public var side: String?
    /// Where `side:`'s value is, when written.
    public var sideLocation: SourceLocation?
    public var details: String?
    /// Where it happens ("Online", "Oxford"), written `location:`; shown on the page and put in calendars.
    /// (`location` is where the date is written in the content, for messages.)
    public var venue: String?
    /// Where the date text starts (the value of `date:`), so grammar and rule messages point into it.
    public var location: SourceLocation
    public var sourceLine: String?
    /// The intake this date belongs to (its name), for a date of the scheme's `intake_dates` placed in
    /// one intake's years, or an intake's start; nil for an ordinary key date.
    public var intake: String?
    /// `confirm:` on the date: a date `portal rollover` moved on, which staff must check before the
    /// warning it gives goes away (its text, and where the value is).
    public var toConfirm: (text: String, location: SourceLocation)?

    public init(label: String, text: String, when: DateExpression, kind: Kind = .milestone,
                side: String? = nil, details: String? = nil, location: SourceLocation, sourceLine: String? = nil) {
        self.label = label
        self.text = text
        self.when = when
        self.kind = kind
        self.side = side
        self.details = details
        self.location = location
        self.sourceLine = sourceLine
    }
}

/// Numbers the participant-data rules check; every one optional, since schemes differ.
public struct SchemeRules: Sendable {
    public var biographyWordLimit: Int?
    public var expressionOfInterestWordLimit: Int?
    public var maxPreferences: Int?
    public var mentorCapacity: Int?
    public var minGradeGap: Int?
    public var maxGradeGap: Int?
    public var gradeLadder: String?
    /// The side graded above the other (`senior_side`), when the scheme names it; `Scheme.seniorSide` also
    /// recognises a mentor and a mentee, or a senior and a junior side.
    public var seniorSide: String?
    public var seniorSideLocation: SourceLocation?
    /// Where the rules are written, for messages about them: the `grade_ladder` value, the first grade gap.
    public var gradeLadderLocation: SourceLocation?
    public var gradeGapLocation: SourceLocation?
    /// Eligible grades per side id, as names on the ladder ("Grade 7" or higher → lowest: "Grade 7").
    public var eligibleGrades: [String: GradeBounds]
    public var preferCrossDepartment: Bool
    /// Partners ideally share an area of expertise (offered or sought): "broadly similar fields".
    public var preferSimilarExpertise = false
    /// How `portal match` weighs the soft preferences (`matching:`).
    public var matching = MatchingWeights()

    public init(biographyWordLimit: Int? = nil, expressionOfInterestWordLimit: Int? = nil,
                maxPreferences: Int? = nil, mentorCapacity: Int? = nil, minGradeGap: Int? = nil,
                maxGradeGap: Int? = nil, gradeLadder: String? = nil, eligibleGrades: [String: GradeBounds] = [:],
                preferCrossDepartment: Bool = false) {
        self.biographyWordLimit = biographyWordLimit
        self.expressionOfInterestWordLimit = expressionOfInterestWordLimit
        self.maxPreferences = maxPreferences
        self.mentorCapacity = mentorCapacity
        self.minGradeGap = minGradeGap
        self.maxGradeGap = maxGradeGap
        self.gradeLadder = gradeLadder
        self.eligibleGrades = eligibleGrades
        self.preferCrossDepartment = preferCrossDepartment
    }
}

public struct GradeBounds: Hashable, Sendable {
    public var lowest: String?
    public var highest: String?
    public var location: SourceLocation
    /// Where `lowest:`'s and `highest:`'s values are, when written.
    public var lowestLocation: SourceLocation?
    public var highestLocation: SourceLocation?
    /// `ideally: true`: the bounds are what the scheme prefers ("ideally Grade 9 or above"), so a grade outside
    /// them is a warning, not an error, and the person still takes part.
    public var ideally = false

    public init(lowest: String? = nil, highest: String? = nil, location: SourceLocation) {
        self.lowest = lowest
        self.highest = highest
        self.location = location
    }

    /// The bound a grade's place on the ladder falls below, and the one it falls above: both nil when it is
    /// within them, and both given when reversed bounds leave no place between. A bound not on the ladder bounds
    /// nothing (it is reported where it is written).
    public func outside(_ rank: Int, on ladder: GradeLadder) -> (below: String?, above: String?) {
        (lowest.flatMap { bound in ladder.rank(of: bound).flatMap { rank < $0 ? bound : nil } },
         highest.flatMap { bound in ladder.rank(of: bound).flatMap { rank > $0 ? bound : nil } })
    }
}
