import Foundation

/// The whole site: settings from the portal file plus every scheme and page, as loaded and validated.
public struct Portal: Sendable {
    public var settings: PortalSettings
    public var schemes: [Scheme]
    /// Stand-alone pages such as the accessibility statement (`Content/pages/*.md`).
    public var pages: [ContentPage]
    /// Everyone in the participant data, published or not.
    public var people: [Participant]
    /// What the load found but could not read, so that messages that only follow from that are folded
    /// into the message that says why.
    public var unread = UnreadContent()

    public init(settings: PortalSettings, schemes: [Scheme], pages: [ContentPage], people: [Participant] = []) {
        self.settings = settings
        self.schemes = schemes
        self.pages = pages
        self.people = people
    }

    public func scheme(slug: String) -> Scheme? { schemes.first { $0.slug == slug } }
}

public struct PortalSettings: Sendable {
    public var title: String
    public var organisation: String
    public var description: String?
    /// Absolute URL the site will be published at; used only where an absolute URL is required.
    public var baseURL: WebAddress?
    /// IANA zone for times written without a zone. Only Europe/London is supported for now.
    public var timeZone: String
    /// BCP 47 language tag for `<html lang>`.
    public var language: String
    public var gradeLadders: [GradeLadder]
    /// Where participants report accessibility problems; shown on the accessibility statement.
    public var contactEmail: String?
    public var footer: String?
    public var vocabularies: Vocabularies
    /// Whether people pages may be indexed by search engines and listed in the sitemap.
    public var indexProfiles: Bool
    /// How many people a directory page lists before the list goes on to another page (`people.page_size`).
    public var directoryPageSize = 100
    /// Caps on file and field sizes (`limits:`).
    public var limits = Limits()
    public var location: SourceLocation
    /// Where `time_zone` and `contact_email` are written, for the rules that judge them.
    public var timeZonePlace: SourcePlace?
    public var contactEmailPlace: SourcePlace?

    public init(title: String, organisation: String, description: String? = nil, baseURL: WebAddress? = nil,
                timeZone: String = "Europe/London", language: String = "en-GB",
                gradeLadders: [GradeLadder] = [], contactEmail: String? = nil, footer: String? = nil,
                vocabularies: Vocabularies = Vocabularies(), indexProfiles: Bool = false, location: SourceLocation) {
        self.title = title
        self.organisation = organisation
        self.description = description
        self.baseURL = baseURL
        self.timeZone = timeZone
        self.language = language
        self.gradeLadders = gradeLadders
        self.contactEmail = contactEmail
        self.footer = footer
        self.vocabularies = vocabularies
        self.indexProfiles = indexProfiles
        self.location = location
    }

    public func ladder(id: String) -> GradeLadder? { gradeLadders.first { $0.id == id } }

    /// An absolute http(s) address with a host, as `base_url` and `--base-url` need.
    public static func isValidBaseURL(_ text: String) -> Bool {
        guard LinkAddress.classify(text) == .web, text.contains("://") else { return false }
        return URL(string: text)?.host.map { !$0.isEmpty } ?? false
    }
}

/// Ordered grades, most junior first ("AA, AO, EO, HEO, SEO, Grade 7, Grade 6, SCS1, SCS2").
public struct GradeLadder: Hashable, Sendable {
    public struct Grade: Hashable, Sendable {
        public var name: String
        /// Other ways staff write the same grade ("Deputy Director" for SCS1).
        public var aliases: [String]
        /// Where the name and each alias are written, in that order, when known (for the duplicate rule).
        public var locations: [SourceLocation] = []

        public init(name: String, aliases: [String] = []) {
            self.name = name
            self.aliases = aliases
        }
    }

    public var id: String
    public var name: String
    public var grades: [Grade]
    public var location: SourceLocation
    /// Where the ladder's `id` is written, for the duplicate rule.
    public var idPlace: SourcePlace?

    public init(id: String, name: String, grades: [Grade], location: SourceLocation) {
        self.id = id
        self.name = name
        self.grades = grades
        self.location = location
    }

    /// Position on the ladder (0 = most junior), matching names and aliases without regard to case.
    public func rank(of grade: String) -> Int? {
        let wanted = grade.lowercased()
        return grades.firstIndex { g in
            g.name.lowercased() == wanted || g.aliases.contains { $0.lowercased() == wanted }
        }
    }

    /// `rank(of:)` for every name and alias at once, by lower-cased name (the first grade a name belongs to),
    /// for looking up many people's grades on one ladder.
    func ranksByLowercasedName() -> [String: Int] {
        var ranks: [String: Int] = [:]
        for (rank, grade) in grades.enumerated() {
            for name in [grade.name] + grade.aliases where ranks[name.lowercased()] == nil { ranks[name.lowercased()] = rank }
        }
        return ranks
    }
}
