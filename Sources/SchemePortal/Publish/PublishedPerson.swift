/// What may appear about a person on a page, in a search index or anywhere else in `Output/`. Only
/// `Publication` makes one, field by field, from what the person consented to.
public struct PublishedPerson: Sendable, Equatable {
    private struct Values: Sendable, Equatable {
        var id: String
        var name: String = ""
        var email: String?
        var jobTitle: String?
        var grade: String?
        var organisation: String?
        var profession: String?
        var expertiseOffered: [String] = []
        var expertiseSought: [String] = []
        var biography: MarkdownText?
        var memberships: [PublishedMembership]
        var fields: [Participant.Field] = []
        var sources: [String] = []
    }

    /// The fields, in one box that copies share until one of them changes it.
    private var storage: CopyOnWrite<Values>

    public internal(set) var id: String {
        get { storage.value.id }
        _modify { yield &storage.value.id }
    }
    public internal(set) var name: String {
        get { storage.value.name }
        _modify { yield &storage.value.name }
    }
    public internal(set) var email: String? {
        get { storage.value.email }
        _modify { yield &storage.value.email }
    }
    public internal(set) var jobTitle: String? {
        get { storage.value.jobTitle }
        _modify { yield &storage.value.jobTitle }
    }
    public internal(set) var grade: String? {
        get { storage.value.grade }
        _modify { yield &storage.value.grade }
    }
    public internal(set) var organisation: String? {
        get { storage.value.organisation }
        _modify { yield &storage.value.organisation }
    }
    public internal(set) var profession: String? {
        get { storage.value.profession }
        _modify { yield &storage.value.profession }
    }
    public internal(set) var expertiseOffered: [String] {
        get { storage.value.expertiseOffered }
        _modify { yield &storage.value.expertiseOffered }
    }
    public internal(set) var expertiseSought: [String] {
        get { storage.value.expertiseSought }
        _modify { yield &storage.value.expertiseSought }
    }
    public internal(set) var biography: MarkdownText? {
        get { storage.value.biography }
        _modify { yield &storage.value.biography }
    }
    public internal(set) var memberships: [PublishedMembership] {
        get { storage.value.memberships }
        _modify { yield &storage.value.memberships }
    }
    /// The fields that put something on the pages, in the order `consent` lists them in the format.
    public internal(set) var fields: [Participant.Field] {
        get { storage.value.fields }
        _modify { yield &storage.value.fields }
    }
    /// The content files this view was made from (paths as messages show them), for the inputs of the
    /// pages that show the person. Where a file is, is not personal data.
    public internal(set) var sources: [String] {
        get { storage.value.sources }
        _modify { yield &storage.value.sources }
    }

    init(id: String, memberships: [PublishedMembership]) {
        storage = CopyOnWrite(Values(id: id, memberships: memberships))
    }

    public static func == (left: PublishedPerson, right: PublishedPerson) -> Bool {
        left.storage.shares(with: right.storage) || left.storage.value == right.storage.value
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

extension PublishedPerson: CustomReflectable {
    /// The fields, as if they were the person's own (tests walk published values by reflection).
    public var customMirror: Mirror { Mirror(reflecting: storage.value) }
}
