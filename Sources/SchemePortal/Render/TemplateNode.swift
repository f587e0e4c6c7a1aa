/// A Mustache template compiled once, when the templates load (`TemplateParser`), into the tree
/// `TemplateRenderer` walks for every page. The tree is what swift-mustache 2.1.1 makes of the same
/// text, token for token, so that both render the same bytes; names are split into their dotted parts
/// and transforms resolved here, so that rendering never parses a name.
struct CompiledTemplate: Sendable {
    let nodes: [TemplateNode]
    /// The same tree as the renderer walks it.
    let steps: [TemplateStep]

    init(nodes: [TemplateNode]) {
        self.nodes = nodes
        steps = TemplateStep.make(nodes)
    }
}

enum TemplateNode: Sendable {
    /// Literal text, already UTF-8, so a page copies it without transcoding.
    case text([UInt8])
    /// `{{name}}` (escaped) and `{{{name}}}` / `{{&name}}` (not).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or with `inverted` `{{^name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{> name}}`, and `{{< name}}…{{/name}}` with the blocks it overrides. `indentation` is the
    /// whitespace before a partial that stands alone on its line, put before each of its later lines.
    case partial(String, indentation: [UInt8], overrides: [String: [TemplateNode]])
    /// `{{$name}}default{{/name}}`: the override a child template gave, or the default.
    case block(String, defaultNodes: [TemplateNode], indentation: [UInt8])
    /// `{{% CONTENT_TYPE: TEXT}}` (no escaping from here on) or `HTML`.
    case contentType(escapes: Bool)
}

/// A name as swift-mustache resolves it: `.` or an empty name is the current object, a leading `.`
/// looks only in the current object, `index()` (no name, a transform) asks the list being looped
/// over, and any other name is looked for from the innermost object outwards.
struct TemplateName: Sendable, Equatable {
    enum Root: Sendable, Equatable {
        case current
        case anchored
        case stack
        case sequence
    }

    let root: Root
    let parts: [String]
    /// In the order they apply: `lowercased(first(names))` is `[.first, .lowercased]`.
    let transforms: [TemplateTransform]

    init(_ name: String, transforms written: [String]) {
        transforms = written.reversed().map(TemplateTransform.init)
        if name == "." {
            root = .current
            parts = []
        } else if name.isEmpty, !written.isEmpty {
            root = .sequence
            parts = []
        } else {
            let split = name.split(separator: ".").map(String.init)
            parts = split
            root = name.first == "." ? .anchored : (split.isEmpty ? .current : .stack)
        }
    }
}

/// Every transform swift-mustache knows; what each does depends on the value it meets (TemplateValue).
enum TemplateTransform: Sendable, Equatable {
    case empty, capitalized, lowercased, uppercased, reversed
    case first, last, count, sorted, enumerated
    case equalzero, plusone, minusone, even, odd, index
    /// A name no value knows: the lookup then finds nothing, as in swift-mustache.
    case unknown

    init(_ name: String) {
        switch name {
        case "empty": self = .empty
        case "capitalized": self = .capitalized
        case "lowercased": self = .lowercased
        case "uppercased": self = .uppercased
        case "reversed": self = .reversed
        case "first": self = .first
        case "last": self = .last
        case "count": self = .count
        case "sorted": self = .sorted
        case "enumerated": self = .enumerated
        case "equalzero": self = .equalzero
        case "plusone": self = .plusone
        case "minusone": self = .minusone
        case "even": self = .even
        case "odd": self = .odd
        case "index": self = .index
        default: self = .unknown
        }
    }
}
