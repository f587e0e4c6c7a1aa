/// One thing an output file was made from. The dev server rebuilds a file when one of its inputs
/// changes, so a page must list everything its bytes depend on: a missing input means a stale page,
/// an extra one only a needless rebuild.
public enum PageInput: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A content file, by the path messages show (`Content/schemes/pilot/scheme.md`).
    case file(String)
    /// What the privacy gate publishes about one person, by id.
    case person(String)
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
        switch self {
        case .file(let path): return "file \(path)"
        case .person(let id): return "person \(id)"
        case .members(let scheme): return "members \(scheme ?? "(everyone)")"
        case .template(let name): return "template \(name)"
        case .asset(let path): return "asset \(path)"
        case .settings: return "settings"
        case .navigation: return "navigation"
        case .today: return "today"
        }
    }

    public static func < (lhs: PageInput, rhs: PageInput) -> Bool { lhs.description < rhs.description }
}

/// Everything one output file was made from, as a set: the order pages record in does not matter.
public struct PageInputs: Hashable, Sendable {
    public private(set) var items: Set<PageInput>

    public init(_ items: [PageInput] = []) {
        self.items = Set(items)
    }

    public mutating func insert(_ input: PageInput) {
        items.insert(input)
    }

    public mutating func formUnion(_ other: PageInputs) {
        items.formUnion(other.items)
    }

    public func contains(_ input: PageInput) -> Bool { items.contains(input) }

    /// In a stable order, for printing and comparing.
    public var sorted: [PageInput] { items.sorted() }

    /// The content files among the inputs.
    public var files: [String] {
        sorted.compactMap { if case .file(let path) = $0 { return path } else { return nil } }
    }
}
