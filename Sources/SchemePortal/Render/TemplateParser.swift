/// Compiles a template's text into a `CompiledTemplate`, once, when the templates load.
///
/// swift-mustache 2.1.1 still parses every template too (its messages locate mistakes), and a page must
/// come out the same whichever engine renders it, so this follows its parser's rules exactly, quirks
/// included: which tags stand alone on their line (and so take the line's whitespace and line end with
/// them), that whitespace before a comment or a `{{=…=}}` tag is kept for the text after it, that trailing
/// blanks at the very end of a template are dropped, and that it reads Characters (grapheme clusters),
/// not bytes. A template it cannot follow is `unsupported`, and then swift-mustache renders it.
struct TemplateParser {
    enum Outcome {
        case compiled(CompiledTemplate)
        /// It parses, but uses something only swift-mustache renders (a dynamic `{{>*name}}`).
        case unsupported(String)
        /// swift-mustache refuses it too, and says where.
        case malformed
        /// Sections, blocks or parents nested deeper than `maximumDepth`: refused before swift-mustache's
        /// recursive parser could run out of stack on it.
        case tooDeep
    }

    /// No real template nests sections a tenth as deep; a hostile one could nest them a million deep.
    static let maximumDepth = 100

    static func compile(_ text: String) -> Outcome {
        var parser = TemplateParser(Array(text))
        do {
            let parsed = try parser.nodes(in: Scope(), depth: 0)
            if let unsupported = parser.unsupported { return .unsupported(unsupported) }
            return .compiled(CompiledTemplate(nodes: parsed.nodes))
        } catch Failure.tooDeep {
            return .tooDeep
        } catch {
            return .malformed
        }
    }

    enum Failure: Error { case malformed, tooDeep }

    /// What the parser knows at a point of the text (swift-mustache's ParserState).
    struct Scope {
        var section: (name: String, transforms: [String])?
        var newLine = true
        /// Inside `{{< parent}}…{{/parent}}`, and directly in it (where `{{$block}}` defines an override).
        var inParent = false
        var atParentTop = false
        /// In a block override, the first line's indentation, taken off every later line.
        var overrideIndent: Int?
        var open = Array("{{")
        var close = Array("}}")

        func entering(section name: String, transforms: [String], newLine standalone: Bool) -> Scope {
            var scope = self
            scope.section = (name, transforms)
            scope.atParentTop = false
            if !standalone { scope.newLine = false }
            return scope
        }

        func enteringParent(_ name: String) -> Scope {
            var scope = self
            scope.section = (name, [])
            scope.newLine = true
            scope.inParent = true
            scope.atParentTop = true
            return scope
        }
    }

    let chars: [Character]
    var at = 0
    /// Why the template is unsupported; parsing goes on, so that a too-deep template is still refused.
    var unsupported: String?

    init(_ chars: [Character]) {
        self.chars = chars
    }

    var current: Character { at < chars.count ? chars[at] : "\0" }

    /// The nodes up to the end of the text or of the section `scope` is in, and the overrides defined
    /// directly in a `{{< parent}}`.
    mutating func nodes(in start: Scope, depth: Int) throws -> (nodes: [TemplateNode], overrides: [String: [TemplateNode]]) {
        guard depth <= Self.maximumDepth else { throw Failure.tooDeep }
        var scope = start
        var nodes: [TemplateNode] = []
        var overrides: [String: [TemplateNode]] = [:]
        // Whitespace at the start of the line, held back until it is known whether a tag stands alone.
        var pending = ""
        while at < chars.count {
            if scope.newLine {
                let blanks = readBlanks()
                if scope.inParent, !scope.atParentTop {
                    if let indent = scope.overrideIndent {
                        pending = String(blanks.dropFirst(indent))
                    } else {
                        scope.overrideIndent = blanks.count
                    }
                } else {
                    pending = blanks
                }
            }
            let text = try readText(scope)
            if current.isNewline {
                nodes.append(.text(Array((pending + text + String(current)).utf8)))
                scope.newLine = true
                at += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array((pending + text).utf8)))
                pending = ""
                scope.newLine = false
            }
            guard at < chars.count else { break }
            var standalone = false
            /// Emits the held-back whitespace as text, for a tag that does not stand alone.
            func flush() {
                if !pending.isEmpty { nodes.append(.text(Array(pending.utf8))) }
                pending = ""
            }
            switch current {
            case "#", "^":
                let inverted = current == "^"
                at += 1
                let (name, transforms) = try readName(scope)
                if isStandalone(scope) { standalone = true } else { flush() }
                let body = try self.nodes(in: scope.entering(section: name, transforms: transforms, newLine: standalone), depth: depth + 1)
                nodes.append(.section(TemplateName(name, transforms: transforms), body.nodes, inverted: inverted))
            case "/":
                at += 1
                let (name, transforms) = try readName(scope)
                guard let section = scope.section, name == section.name, transforms == section.transforms else {
                    throw Failure.malformed
                }
                if !isStandalone(scope) { flush() }
                return (nodes, overrides)
            case "!":
                at += 1
                try skipComment(scope)
                standalone = isStandalone(scope)
            case "{":
                flush()
                at += 1
                let (name, transforms) = try readName(scope)
                guard at < chars.count else { throw Failure.malformed }
                guard current == "}" else { throw Failure.malformed }
                at += 1
                nodes.append(.variable(TemplateName(name, transforms: transforms), escaped: false))
            case "&":
                flush()
                at += 1
                let (name, transforms) = try readName(scope)
                nodes.append(.variable(TemplateName(name, transforms: transforms), escaped: false))
            case ">":
                at += 1
                skipWhitespace()
                if current == "*" {
                    at += 1
                    unsupported = "a partial named by a value ({{>*name}})"
                }
                let name = try readPartialName(scope)
                if !pending.isEmpty { nodes.append(.text(Array(pending.utf8))) }
                standalone = isStandalone(scope)
                nodes.append(.partial(name, indentation: standalone ? Array(pending.utf8) : [], overrides: [:]))
                pending = ""
            case "<":
                at += 1
                skipWhitespace()
                let name = try readPartialName(scope)
                if name.first == "*" { unsupported = "a parent named by a value ({{<*name}})" }
                if !pending.isEmpty { nodes.append(.text(Array(pending.utf8))) }
                standalone = isStandalone(scope)
                let body = try self.nodes(in: scope.enteringParent(name), depth: depth + 1)
                for node in body.nodes {
                    guard case .text = node else { throw Failure.malformed }
                }
                nodes.append(.partial(name, indentation: Array(pending.utf8), overrides: body.overrides))
                pending = ""
            case "$":
                at += 1
                let (name, transforms) = try readName(scope)
                guard transforms.isEmpty else { throw Failure.malformed }
                if scope.atParentTop {
                    standalone = isStandalone(scope)
                    let body = try self.nodes(in: scope.entering(section: name, transforms: [], newLine: standalone), depth: depth + 1)
                    overrides[name] = body.nodes
                } else {
                    if !pending.isEmpty { nodes.append(.text(Array(pending.utf8))) }
                    standalone = isStandalone(scope)
                    let body = try self.nodes(in: scope.entering(section: name, transforms: [], newLine: standalone), depth: depth + 1)
                    nodes.append(.block(name, defaultNodes: body.nodes, indentation: Array(pending.utf8)))
                    pending = ""
                }
            case "=":
                at += 1
                try setDelimiters(&scope)
                standalone = isStandalone(scope)
            case "%":
                at += 1
                nodes.append(.contentType(escapes: try readContentType(scope)))
                standalone = isStandalone(scope)
            default:
                flush()
                let (name, transforms) = try readName(scope)
                nodes.append(.variable(TemplateName(name, transforms: transforms), escaped: true))
            }
            scope.newLine = standalone
        }
        guard scope.section == nil else { throw Failure.malformed }
        return (nodes, overrides)
    }
}
