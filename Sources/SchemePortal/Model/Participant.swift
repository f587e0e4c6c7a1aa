/// A person in one or more schemes, as written in the participant data: everything staff know, most of
/// which must never be published. Pages never see this type; they see the published person that the
/// privacy gate (Publish/) makes from it according to consent.
public struct Participant: Sendable {
    /// Fields a person may consent to publishing. Anything else (expressions of interest, `sensitive`)
    /// cannot be published at all.
    public enum Field: String, CaseIterable, Sendable {
        case name
        case email
        case jobTitle = "job_title"
        case grade
        case organisation
        case profession
        case expertiseOffered = "expertise_offered"
        case expertiseSought = "expertise_sought"
        case biography
        case partners
    }

    public var id: String
    public var name: String
    public var email: String?
    public var jobTitle: String?
    public var grade: LocatedText?
    public var organisation: LocatedText?
    public var profession: LocatedText?
    public var expertiseOffered: [LocatedText]
    public var expertiseSought: [LocatedText]
    public var biography: MarkdownText?
    public var consent: Set<Field>
    /// Kept for rules and reports only: protected characteristics and the like.
    public var sensitive: [String: [String]]
    public var memberships: [Membership]
    public var location: SourceLocation
    /// Where each field's value is written (for `name` and `job_title`, which carry no place of their own).
    public var fieldLocations: [Field: SourceLocation] = [:]
    /// Where `id` and `email` are written (the key's value, before any quote), for the rules that judge them.
    public var idPlace: SourcePlace?
    /// Where the name's first character is written, for messages about a letter in it. A place without
    /// its quoted line: the line is read again only for the rare message (every person is loaded).
    public var nameStart: SourceLocation?
    public var emailPlace: SourcePlace?

    public init(id: String, name: String, email: String? = nil, jobTitle: String? = nil, grade: LocatedText? = nil,
                organisation: LocatedText? = nil, profession: LocatedText? = nil, expertiseOffered: [LocatedText] = [],
                expertiseSought: [LocatedText] = [], biography: MarkdownText? = nil, consent: Set<Field> = [],
                sensitive: [String: [String]] = [:], memberships: [Membership] = [], location: SourceLocation) {
        self.id = id
        self.name = name
        self.email = email
        self.jobTitle = jobTitle
        self.grade = grade
        self.organisation = organisation
        self.profession = profession
        self.expertiseOffered = expertiseOffered
        self.expertiseSought = expertiseSought
        self.biography = biography
        self.consent = consent
        self.sensitive = sensitive
        self.memberships = memberships
        self.location = location
    }

    public func membership(in scheme: String) -> Membership? { memberships.first { $0.scheme == scheme } }
}

/// A person's part in one scheme.
public struct Membership: Sendable {
    public var scheme: String
    public var side: String
    public var capacity: Int?
    public var preferences: [PersonReference]
    public var conflicts: [PersonReference]
    public var partners: [PersonReference]
    /// The one person this person asks to be paired with (`requested_partner`, "I am joining with my mentor"),
    /// checked as a preference is, and kept by matching as a requirement rather than a wish.
    public var requestedPartner: PersonReference?
    /// Sensitive: the reasons given when applying. Used for the word limit, never published.
    public var expressionOfInterest: MarkdownText?
    /// Where the side is written; messages about the membership as a whole point here.
    public var location: SourceLocation
    /// Where the scheme is named (the `side` line in a scheme's own people.yaml).
    public var schemeLocation: SourceLocation
    public var capacityLocation: SourceLocation?

    /// How many partners the person may have: their `capacity`, or one. A scheme's `mentor_capacity` caps
    /// it and is never a default (a person who agreed to more says so in their record).
    public var places: Int { capacity ?? 1 }

    public init(scheme: String, side: String, capacity: Int? = nil, preferences: [PersonReference] = [],
                conflicts: [PersonReference] = [], partners: [PersonReference] = [],
                expressionOfInterest: MarkdownText? = nil, location: SourceLocation,
                schemeLocation: SourceLocation? = nil, capacityLocation: SourceLocation? = nil) {
        self.scheme = scheme
        self.side = side
        self.capacity = capacity
        self.preferences = preferences
        self.conflicts = conflicts
        self.partners = partners
        self.requestedPartner = nil
        self.expressionOfInterest = expressionOfInterest
        self.location = location
        self.schemeLocation = schemeLocation ?? location
        self.capacityLocation = capacityLocation
    }
}

/// Another person's id as written, with where, so an unknown id is reported at the right place.
public struct PersonReference: Hashable, Sendable {
    public var id: String
    public var location: SourceLocation
    /// A partner's pairing status (`{id: …, status: proposed}`); an id alone is an accepted pair.
    public var status: PairStatus?
    /// What a conflict of interest is (`{id: …, kind: line manager}`), for messages and the coordinator.
    public var kind: String?

    public init(id: String, location: SourceLocation, status: PairStatus? = nil, kind: String? = nil) {
        self.id = id
        self.location = location
        self.status = status
        self.kind = kind
    }

    /// An accepted or proposed pairing: one that takes a place of each partner's capacity and must meet the rules.
    public var isActivePairing: Bool {
        pairStatus.isActive
    }

    /// The status as it counts: an id written alone is an accepted pairing.
    public var pairStatus: PairStatus {
        status ?? .accepted
    }
}

/// Where a pairing stands. A partner written as an id alone is `accepted`, as before statuses existed.
public enum PairStatus: String, CaseIterable, Sendable {
    /// Put forward (by a coordinator, or `portal match`), not yet agreed: counted and checked, never published.
    case proposed
    /// Agreed by both: counted, checked, and published where both consent.
    case accepted
    /// Turned down: neither counted nor checked; both may be paired again.
    case declined
    /// Over: kept for the record, neither counted nor checked.
    case ended

    public var isActive: Bool { self == .proposed || self == .accepted }
}

/// A value with where it was written.
public struct LocatedText: Hashable, Sendable {
    public var value: String
    public var location: SourceLocation

    public init(_ value: String, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
