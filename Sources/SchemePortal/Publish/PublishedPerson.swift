/// What may appear about a person on a page, in a search index or anywhere else in `Output/`. Only
/// `Publication` makes one, field by field, from what the person consented to.
public struct PublishedPerson: Sendable, Equatable {
    // Held in one box that copies share until one changes (copy on write): every directory, facet list and
    // scheme's members copy people, and a copy retained each of a dozen fields.
    private final class Storage: @unchecked Sendable {
        // Changed only through `makeUnique`, so never while another copy of the person can see it.
        var values: Values
        init(_ values: Values) { self.values = values }
    }

    private struct Values: Equatable {
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

    private var storage: Storage

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.values) }
    }

    public internal(set) var id: String {
        get { storage.values.id }
        _modify { makeUnique(); yield &storage.values.id }
    }
    public internal(set) var name: String {
        get { storage.values.name }
        _modify { makeUnique(); yield &storage.values.name }
    }
    public internal(set) var email: String? {
        get { storage.values.email }
        _modify { makeUnique(); yield &storage.values.email }
    }
    public internal(set) var jobTitle: String? {
        get { storage.values.jobTitle }
        _modify { makeUnique(); yield &storage.values.jobTitle }
    }
    public internal(set) var grade: String? {
        get { storage.values.grade }
        _modify { makeUnique(); yield &storage.values.grade }
    }
    public internal(set) var organisation: String? {
        get { storage.values.organisation }
        _modify { makeUnique(); yield &storage.values.organisation }
    }
    public internal(set) var profession: String? {
        get { storage.values.profession }
        _modify { makeUnique(); yield &storage.values.profession }
    }
    public internal(set) var expertiseOffered: [String] {
        get { storage.values.expertiseOffered }
        _modify { makeUnique(); yield &storage.values.expertiseOffered }
    }
    public internal(set) var expertiseSought: [String] {
        get { storage.values.expertiseSought }
        _modify { makeUnique(); yield &storage.values.expertiseSought }
    }
    public internal(set) var biography: MarkdownText? {
        get { storage.values.biography }
        _modify { makeUnique(); yield &storage.values.biography }
    }
    public internal(set) var memberships: [PublishedMembership] {
        get { storage.values.memberships }
        _modify { makeUnique(); yield &storage.values.memberships }
    }
    /// The fields that put something on the pages, in the order `consent` lists them in the format.
    public internal(set) var fields: [Participant.Field] {
        get { storage.values.fields }
        _modify { makeUnique(); yield &storage.values.fields }
    }
    /// The content files this view was made from (paths as messages show them), for the inputs of the
    /// pages that show the person. Where a file is, is not personal data.
    public internal(set) var sources: [String] {
        get { storage.values.sources }
        _modify { makeUnique(); yield &storage.values.sources }
    }

    init(id: String, memberships: [PublishedMembership]) {
        storage = Storage(Values(id: id, memberships: memberships))
    }

    public static func == (left: PublishedPerson, right: PublishedPerson) -> Bool {
        left.storage === right.storage || left.storage.values == right.storage.values
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
    public var customMirror: Mirror { Mirror(reflecting: storage.values) }
}
