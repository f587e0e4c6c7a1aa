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

    private struct Values: Sendable {
        var id: String
        var name: String
        var email: String?
        var jobTitle: String?
        var grade: LocatedText?
        var organisation: LocatedText?
        var profession: LocatedText?
        var expertiseOffered: [LocatedText]
        var expertiseSought: [LocatedText]
        var biography: MarkdownText?
        var consent: Set<Field>
        var sensitive: [String: [String]]
        var memberships: [Membership]
        var location: SourceLocation
        var fieldLocations: [Field: SourceLocation] = [:]
        var idPlace: SourcePlace?
        var nameStart: SourceLocation?
        var emailPlace: SourcePlace?
    }

    /// The fields, in one box that copies share until one of them changes it.
    private var storage: CopyOnWrite<Values>

    public var id: String {
        get { storage.value.id }
        _modify { yield &storage.value.id }
    }
    public var name: String {
        get { storage.value.name }
        _modify { yield &storage.value.name }
    }
    public var email: String? {
        get { storage.value.email }
        _modify { yield &storage.value.email }
    }
    public var jobTitle: String? {
        get { storage.value.jobTitle }
        _modify { yield &storage.value.jobTitle }
    }
    public var grade: LocatedText? {
        get { storage.value.grade }
        _modify { yield &storage.value.grade }
    }
    public var organisation: LocatedText? {
        get { storage.value.organisation }
        _modify { yield &storage.value.organisation }
    }
    public var profession: LocatedText? {
        get { storage.value.profession }
        _modify { yield &storage.value.profession }
    }
    public var expertiseOffered: [LocatedText] {
        get { storage.value.expertiseOffered }
        _modify { yield &storage.value.expertiseOffered }
    }
    public var expertiseSought: [LocatedText] {
        get { storage.value.expertiseSought }
        _modify { yield &storage.value.expertiseSought }
    }
    public var biography: MarkdownText? {
        get { storage.value.biography }
        _modify { yield &storage.value.biography }
    }
    public var consent: Set<Field> {
        get { storage.value.consent }
        _modify { yield &storage.value.consent }
    }
    /// Kept for rules and reports only: protected characteristics and the like.
    public var sensitive: [String: [String]] {
        get { storage.value.sensitive }
        _modify { yield &storage.value.sensitive }
    }
    public var memberships: [Membership] {
        get { storage.value.memberships }
        _modify { yield &storage.value.memberships }
    }
    public var location: SourceLocation {
        get { storage.value.location }
        _modify { yield &storage.value.location }
    }
    /// Where each field's value is written (for `name` and `job_title`, which carry no place of their own).
    public var fieldLocations: [Field: SourceLocation] {
        get { storage.value.fieldLocations }
        _modify { yield &storage.value.fieldLocations }
    }
    /// Where `id` and `email` are written (the key's value, before any quote), for the rules that judge them.
    public var idPlace: SourcePlace? {
        get { storage.value.idPlace }
        _modify { yield &storage.value.idPlace }
    }
    /// Where the name's first character is written, for messages about a letter in it. A place without
    /// its quoted line: the line is read again only for the rare message (every person is loaded).
    public var nameStart: SourceLocation? {
        get { storage.value.nameStart }
        _modify { yield &storage.value.nameStart }
    }
    public var emailPlace: SourcePlace? {
        get { storage.value.emailPlace }
        _modify { yield &storage.value.emailPlace }
    }

    public init(id: String, name: String, email: String? = nil, jobTitle: String? = nil, grade: LocatedText? = nil,
                organisation: LocatedText? = nil, profession: LocatedText? = nil, expertiseOffered: [LocatedText] = [],
                expertiseSought: [LocatedText] = [], biography: MarkdownText? = nil, consent: Set<Field> = [],
                sensitive: [String: [String]] = [:], memberships: [Membership] = [], location: SourceLocation) {
        storage = CopyOnWrite(Values(id: id, name: name, email: email, jobTitle: jobTitle, grade: grade, organisation: organisation,
                                 profession: profession, expertiseOffered: expertiseOffered, expertiseSought: expertiseSought,
                                 biography: biography, consent: consent, sensitive: sensitive, memberships: memberships,
                                 location: location))
    }

    public func membership(in scheme: String) -> Membership? { memberships.first { $0.scheme == scheme } }
}

extension Participant: CustomReflectable {
    /// The fields, as if they were the person's own (tests walk the model's fields by reflection).
    public var customMirror: Mirror { Mirror(reflecting: storage.value) }
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
