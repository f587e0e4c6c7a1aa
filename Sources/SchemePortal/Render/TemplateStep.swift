/// A compiled template as `TemplateRenderer` walks it: the same tree as `TemplateNode`s, each node an object
/// of its own. Walking the enum copied every node it met, and a copy retains each of its payloads (a
/// section's name parts, transforms and body): about a twentieth of a 10,000-person build went on those
/// copies and their releases. Passing an object along retains at most once, and reading its fields not at all.
final class TemplateStep: Sendable {
    enum Kind: Sendable {
        case text, variable, section, partial, block, contentType
    }

    let kind: Kind
    /// `.partial` and `.block`: the indentation.
    let indentation: [UInt8]
    /// `.variable` and `.section`: the name looked up.
    let name: TemplateName?
    /// `.text`: the bytes, in memory the step owns, so that writing them out retains nothing. Every page
    /// writes every text step of its templates, from both cores at once, and retaining one array that both
    /// share (so that the cores take turns at its count) was about 2% of a 10,000-person build. Written once,
    /// here, and only read after, so the cores may share it.
    nonisolated(unsafe) let text: UnsafeBufferPointer<UInt8>
    /// `.partial` and `.block`: the template or block named.
    let label: String
    /// `.section`: its body. `.block`: the default.
    let body: [TemplateStep]
    /// `.partial`: the blocks it overrides.
    let overrides: [String: [TemplateStep]]
    /// `.variable`: escaped. `.section`: inverted. `.contentType`: escapes from here on.
    let flag: Bool

    private init(_ kind: Kind, text: [UInt8] = [], indentation: [UInt8] = [], name: TemplateName? = nil, label: String = "",
                 body: [TemplateStep] = [], overrides: [String: [TemplateStep]] = [:], flag: Bool = false) {
        self.kind = kind
        self.indentation = indentation
        self.name = name
        self.label = label
        self.body = body
        self.overrides = overrides
        self.flag = flag
        if text.isEmpty {
            self.text = UnsafeBufferPointer(start: nil, count: 0)
        } else {
            let owned = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.count)
            _ = owned.initialize(from: text)
            self.text = UnsafeBufferPointer(owned)
        }
    }

    deinit {
        text.deallocate()
    }

    static func make(_ nodes: [TemplateNode]) -> [TemplateStep] {
        nodes.map { node in
            switch node {
            case .text(let bytes):
                return TemplateStep(.text, text: bytes)
            case .variable(let name, let escaped):
                return TemplateStep(.variable, name: name, flag: escaped)
            case .section(let name, let body, let inverted):
                return TemplateStep(.section, name: name, body: make(body), flag: inverted)
            case .partial(let name, let indentation, let overrides):
                return TemplateStep(.partial, indentation: indentation, label: name, overrides: overrides.mapValues(make))
            case .block(let name, let defaultNodes, let indentation):
                return TemplateStep(.block, indentation: indentation, label: name, body: make(defaultNodes))
            case .contentType(let escapes):
                return TemplateStep(.contentType, flag: escapes)
            }
        }
    }
}
