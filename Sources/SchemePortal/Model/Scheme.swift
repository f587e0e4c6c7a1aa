/// One mentoring scheme, as defined by `Content/schemes/<slug>/scheme.md` and its folders.
public struct Scheme: Sendable {
    public var slug: String
    public var title: String
    /// Short name for navigation and the home page ("OPEN Peer Mentoring").
    public var shortTitle: String?
    public var organisers: [String]
    public var cohort: String?
    /// The status stated in the content; when absent it is derived from the key dates.
    public var status: SchemeStatus?
    public var summary: MarkdownText?
    public var models: [MentoringModel]
    public var sides: [Side]
    public var objectives: [MarkdownText]
    public var timeCommitment: MarkdownText?
    /// Every concrete key date: the ordinary ones, then each intake's (`KeyDate.intake`).
    public var keyDates: [KeyDate]
    /// The scheme's intakes, in the order written, and the pattern their dates follow (`intake_dates`).
    public var intakes: [Intake] = []
    public var intakeDates: [IntakeDate] = []
    public var contacts: [Contact]
    public var rules: SchemeRules
    public var links: [ExternalLink]
    /// Body text before the first `##` heading: the overview's introduction.
    public var introduction: MarkdownText?
    /// Body sections, one per `##` heading, each published as its own page.
    public var sections: [SchemeSection]
    public var handbook: [ContentPage]
    public var toolkit: [ContentPage]
    /// `false` leaves the scheme's people directory, and its people's memberships, out of the portal.
    public var directory: Bool = true
    public var location: SourceLocation
    /// Where `title:`'s value is, for messages about the title.
    public var titlePlace: SourcePlace?
    /// Headings that get no page: their text makes no address, or an earlier section has the address.
    /// They stay out of `sections`, so nothing renders or checks them; the rules report each.
    public var unpublishedSections: [SchemeSection] = []
    /// How many sides `sides:` lists, including any that could not be read, and where the list is.
    public var sidesWritten: Int = 0
    public var sidesLocation: SourceLocation?

    public init(slug: String, title: String, shortTitle: String? = nil, organisers: [String] = [],
                cohort: String? = nil, status: SchemeStatus? = nil, summary: MarkdownText? = nil,
                models: [MentoringModel] = [], sides: [Side] = [], objectives: [MarkdownText] = [],
                timeCommitment: MarkdownText? = nil, keyDates: [KeyDate] = [], contacts: [Contact] = [],
                rules: SchemeRules = SchemeRules(), links: [ExternalLink] = [], introduction: MarkdownText? = nil,
                sections: [SchemeSection] = [], handbook: [ContentPage] = [], toolkit: [ContentPage] = [],
                location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.shortTitle = shortTitle
        self.organisers = organisers
        self.cohort = cohort
        self.status = status
        self.summary = summary
        self.models = models
        self.sides = sides
        self.objectives = objectives
        self.timeCommitment = timeCommitment
        self.keyDates = keyDates
        self.contacts = contacts
        self.rules = rules
        self.links = links
        self.introduction = introduction
        self.sections = sections
        self.handbook = handbook
        self.toolkit = toolkit
        self.location = location
    }

    public func side(id: String) -> Side? { sides.first { $0.id == id } }
}

/// Where a scheme stands, stated in its `status` or derived from its key dates (`Scheme+Status`).
public enum SchemeStatus: String, CaseIterable, Sendable {
    /// Applications are not open yet.
    case upcoming
    /// Between the opening and the deadline.
    case open
    /// Applications are taken at any time.
    case rolling
    /// The programme is under way (between its period's start and end).
    case running
    /// Not taking applications and not running: between the deadline and the programme's start, or after it all.
    case closed

    public var label: String {
        switch self {
        case .upcoming: return "Upcoming"
        case .open: return "Open for applications"
        case .rolling: return "Open all year"
        case .running: return "Running"
        case .closed: return "Closed"
        }
    }
}

public enum MentoringModel: String, CaseIterable, Sendable {
    case oneToOne = "one-to-one"
    case peer
    case mutual
    case reverse
    case sharedMentor = "shared-mentor"
    case peerCircle = "peer-circle"

    public var label: String {
        switch self {
        case .oneToOne: return "One-to-one mentoring"
        case .peer: return "Peer mentoring"
        case .mutual: return "Mutual mentoring"
        case .reverse: return "Reverse mentoring"
        case .sharedMentor: return "Shared mentor"
        case .peerCircle: return "Peer circle"
        }
    }
}

/// One of the two sides of a scheme: researcher / policy professional, junior / senior partner, mentor / mentee.
public struct Side: Sendable {
    public var id: String
    public var name: String
    public var plural: String
    public var description: MarkdownText?
    public var eligibility: MarkdownText?
    public var howToApply: MarkdownText?
    public var location: SourceLocation
    /// Where the side's `id` is written, for the rules that judge it.
    public var idPlace: SourcePlace?

    public init(id: String, name: String, plural: String, description: MarkdownText? = nil,
                eligibility: MarkdownText? = nil, howToApply: MarkdownText? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.plural = plural
        self.description = description
        self.eligibility = eligibility
        self.howToApply = howToApply
        self.location = location
    }
}

public struct Contact: Sendable {
    public var role: String
    public var email: String?
    public var phone: String?
    public var url: WebAddress?
    /// The side this contact serves, if only one.
    public var side: String?
    public var location: SourceLocation
    /// Where `email` is written, for the rule that judges it.
    public var emailPlace: SourcePlace?

    public init(role: String, email: String? = nil, phone: String? = nil, url: WebAddress? = nil,
                side: String? = nil, location: SourceLocation) {
        self.role = role
        self.email = email
        self.phone = phone
        self.url = url
        self.side = side
        self.location = location
    }
}

public struct ExternalLink: Sendable {
    public var title: String
    public var url: WebAddress
    public var description: String?
    public var location: SourceLocation

    public init(title: String, url: WebAddress, description: String? = nil, location: SourceLocation) {
        self.title = title
        self.url = url
        self.description = description
        self.location = location
    }
}

/// A `##` section of a scheme's body, published at `schemes/<slug>/<section slug>/`.
public struct SchemeSection: Sendable {
    public var slug: String
    public var title: String
    public var body: MarkdownText
    public var location: SourceLocation
    /// The heading's line as written, so messages about the heading can show it and point into it.
    public var sourceLine: String?

    public init(slug: String, title: String, body: MarkdownText, location: SourceLocation, sourceLine: String? = nil) {
        self.slug = slug
        self.title = title
        self.body = body
        self.location = location
        self.sourceLine = sourceLine
    }
}

/// A handbook page, toolkit page or stand-alone page: Markdown with a little front matter.
public struct ContentPage: Sendable {
    public var slug: String
    public var title: String
    public var summary: String?
    /// Shown in a box at the top of the page: where the page comes from, or what a reader should know first
    /// ("Written for this portal; not part of the scheme's own documents").
    public var notice: String?
    /// Sort key within its folder; pages without one follow, by title.
    public var order: Int?
    public var body: MarkdownText
    public var location: SourceLocation

    public init(slug: String, title: String, summary: String? = nil, notice: String? = nil, order: Int? = nil,
                body: MarkdownText, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.notice = notice
        self.order = order
        self.body = body
        self.location = location
    }
}
