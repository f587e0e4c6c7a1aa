/// What may appear about a person on a page, in a search index or anywhere else in `Output/`. Only
/// `Publication` makes one, field by field, from what the person consented to.
public struct PublishedPerson: Sendable, Equatable {
    public internal(set) var id: String
    public internal(set) var name: String = ""
    public internal(set) var email: String?
    public internal(set) var jobTitle: String?
    public internal(set) var grade: String?
    public internal(set) var organisation: String?
    public internal(set) var profession: String?
    public internal(set) var expertiseOffered: [String] = []
    public internal(set) var expertiseSought: [String] = []
    public internal(set) var biography: MarkdownText?
    public internal(set) var memberships: [PublishedMembership]
    /// The fields that put something on the pages, in the order `consent` lists them in the format.
    public internal(set) var fields: [Participant.Field] = []
    /// The content files this view was made from (paths as messages show them), for the inputs of the
    /// pages that show the person. Where a file is, is not personal data.
    public internal(set) var sources: [String] = []

    init(id: String, memberships: [PublishedMembership]) {
        self.id = id
        self.memberships = memberships
    }

    public func membership(in scheme: String) -> PublishedMembership? { memberships.first { $0.scheme == scheme } }

    /// Field names as staff write them in `consent`, for the privacy report: what the gate published.
    public var publishedFields: [String] { fields.map(\.rawValue) }
}

public struct PublishedMembership: Sendable, Equatable {
    public var scheme: String
    public var side: String
    /// Partner ids, only where both people consented to showing the pairing.
    public var partners: [String]
}
