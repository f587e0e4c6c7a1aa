/// One thing an output file was made from. The dev server rebuilds a file when one of its inputs
/// changes, so a page must list everything its bytes depend on: a missing input means a stale page,
/// an extra one only a needless rebuild.
public enum PageInput: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A content file, by the path messages show (`Content/schemes/pilot/scheme.md`).
    case file(String)
    /// What the privacy gate publishes about one person, by id.
    case person(String)
    /// What a directory shows of one person, by id: their card, their place in the facets and pairs, and
    /// their entry in the directory's search index; never their biography or e-mail address. Kept apart
    /// from `person`, so a change to a biography re-renders the profile, not every list that shows them.
    case card(String)
    /// Who is listed in a directory: a scheme's (by slug), or everyone's (nil). Kept apart from the people
    /// themselves, because a person joining or leaving changes pages that show no one's details.
    case members(scheme: String?)
    /// A template or partial, by name (`base`, `partials/footer`), wherever its source comes from.
    case template(String)
    /// A theme asset, by its output path (`assets/style.css`).
    case asset(String)
    /// `portal.yaml` and the build options that stand in for it (`--base-url`).
    case settings
    /// The frame every page carries: the schemes' titles in the menu, whether there is a people
    /// directory, whether there is a portal calendar. A scheme's title is here, not its file, so that
    /// editing a scheme's body rebuilds only that scheme's pages.
    case navigation
    /// The build's reference day (past and next key dates, derived statuses, calendar stamps).
    case today

    /// One line of `portal build --inputs`: the kind, then what it names.
    public var description: String {
        let key = sortKey
        return key.name.isEmpty ? key.kind : "\(key.kind) \(key.name)"
    }

    /// The two parts of the description, compared without building it: no kind's word is the start of
    /// another's, so this orders exactly as the descriptions do.
    private var sortKey: (kind: String, name: String) {
        switch self {
        case .file(let path): return ("file", path)
        case .person(let id): return ("person", id)
        case .card(let id): return ("card", id)
        case .members(let scheme): return ("members", scheme ?? "(everyone)")
        case .template(let name): return ("template", name)
        case .asset(let path): return ("asset", path)
        case .settings: return ("settings", "")
        case .navigation: return ("navigation", "")
        case .today: return ("today", "")
        }
    }

    public static func < (lhs: PageInput, rhs: PageInput) -> Bool { lhs.sortKey < rhs.sortKey }
}

/// Everything one output file was made from, as a set: the order pages record in does not matter.
/// Inputs that many pages share (everyone a directory shows, on each of its facet pages) are held once,
/// by reference, instead of copied into every page.
public struct PageInputs: Hashable, Sendable {
    private var own: Set<PageInput>
    private var shared: [Shared] = []

    /// A set of inputs several pages refer to.
    public final class Shared: Sendable {
        let items: Set<PageInput>
        public init(_ items: Set<PageInput>) { self.items = items }
    }

    public init(_ items: [PageInput] = []) {
        self.own = Set(items)
    }

    public mutating func insert(_ input: PageInput) {
        own.insert(input)
    }

    public mutating func formUnion(_ other: PageInputs) {
        own.formUnion(other.own)
        for group in other.shared where !shared.contains(where: { $0 === group }) { shared.append(group) }
    }

    /// Adds a shared set by reference.
    public mutating func include(_ group: Shared) {
        if !shared.contains(where: { $0 === group }) { shared.append(group) }
    }

    public func contains(_ input: PageInput) -> Bool {
        own.contains(input) || shared.contains { $0.items.contains(input) }
    }

    /// Every input, own and shared.
    public var items: Set<PageInput> {
        shared.reduce(into: own) { $0.formUnion($1.items) }
    }

    /// In a stable order, for printing and comparing.
    public var sorted: [PageInput] { items.sorted() }

    public static func == (lhs: PageInputs, rhs: PageInputs) -> Bool { lhs.items == rhs.items }
    public func hash(into hasher: inout Hasher) { hasher.combine(items) }
}
