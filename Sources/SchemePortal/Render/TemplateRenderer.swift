/// Renders compiled templates into one buffer, as swift-mustache 2.1.1 renders them: the same lookups
/// up the stack of objects, the same truthiness (an empty string or a 0 is true; `false`, a missing name
/// and an empty list are not), the same partial indentation and block overrides.
///
/// A template from `Layouts/` must never crash or hang a build, so a render stops (keeping what it made)
/// when partials and sections nest deeper than `maximumDepth` (a partial that includes itself), or when it
/// takes more steps or makes more bytes than the page's data could need (sections inside sections over
/// the same list, a partial included twice by a partial included twice…).
struct TemplateRenderer {
    enum Outcome {
        case rendered([UInt8])
        case stopped([UInt8], reason: String)
        /// The data or the template needs what only swift-mustache does (`{{list}}` prints Swift's own
        /// description of an array): render the page with it instead.
        case unsupported
    }

    static let maximumDepth = 100

    let templates: [String: CompiledTemplate]
    private var output: TemplateOutput
    private var stack: [TemplateValue]
    private var depth = 0
    private var steps = 0
    private let maximumSteps: Int
    private let maximumBytes: Int
    private var stopped: String?
    private var unsupported = false

    /// Where a list of nodes renders (swift-mustache's MustacheContext, less the stack).
    struct Frame {
        /// Inside a list: `first()`, `last()`, `index()`… (none inside an object pushed by a section).
        var sequence: (index: Int, last: Bool)?
        var indentation: [UInt8] = []
        var overrides: [String: [TemplateStep]] = [:]
        var escapes = true
    }

    static func render(_ name: String, in templates: [String: CompiledTemplate], context: Any) -> Outcome? {
        guard let template = templates[name] else { return nil }
        guard let (value, count, textBytes) = TemplateValue.make(context) else { return .unsupported }
        var renderer = TemplateRenderer(templates: templates, root: value, values: count, textBytes: textBytes)
        var frame = Frame()
        renderer.render(template.steps, &frame)
        if let reason = renderer.stopped { return .stopped(renderer.output.finished, reason: reason) }
        return renderer.unsupported ? .unsupported : .rendered(renderer.output.finished)
    }

    private init(templates: [String: CompiledTemplate], root: TemplateValue, values: Int, textBytes: Int) {
        self.templates = templates
        stack = [root]
        // Generous for any page (the largest directory takes a few thousand steps per hundred people),
        // and proportional to the data, so a template can loop over everything, but not over it all again
        // inside each item.
        maximumSteps = 1_000_000 + 32 * values
        maximumBytes = 16 << 20 + 4 * textBytes
        output = TemplateOutput(capacity: 16 * 1024 + textBytes)
    }

    /// The frame is passed in and out rather than copied (a copy of its lists for every node and every
    /// item of every list was most of the renderer's time); what a list of nodes changes in it, it restores.
    private mutating func render(_ nodes: [TemplateStep], _ frame: inout Frame) {
        let escapes = frame.escapes
        defer { frame.escapes = escapes }
        let start = output.bytes.count
        // The steps are visited without retaining each (`_withUnsafeGuaranteedRef`, on purpose): the array holds
        // them for as long as this runs, and both cores visiting the same steps took turns at their counts.
        nodes.withUnsafeBufferPointer { nodes in
            for index in nodes.indices {
                guard stopped == nil else { return }
                steps += 1
                if steps > maximumSteps { return stop("it took more than \(maximumSteps) steps (sections inside sections over the same list?)") }
                if output.bytes.count > maximumBytes { return stop("it made more than \(maximumBytes >> 20) MB") }
                Unmanaged.passUnretained(nodes[index])._withUnsafeGuaranteedRef { step in
                    guard !frame.indentation.isEmpty else { return render(step, &frame) }
                    let before = output.bytes.count
                    let endsLine = output.endsLine(since: start)
                    render(step, &frame)
                    if endsLine, output.bytes.count > before {
                        output.bytes.insert(contentsOf: frame.indentation, at: before)
                    }
                }
            }
        }
    }

    private mutating func stop(_ reason: String) {
        if stopped == nil { stopped = reason }
    }

    private mutating func render(_ step: TemplateStep, _ frame: inout Frame) {
        switch step.kind {
        case .text:
            output.append(step.text)
        case .variable:
            switch lookUp(step.name!, frame) {
            case .text(let text)?: step.flag && frame.escapes ? output.appendEscaped(text) : output.append(text)
            case .bool(let bool)?: output.append(bool ? "true" : "false")
            case .int(let int)?: output.append(String(int))
            case .list?, .map?, .entry?: unsupported = true
            case nil: break
            }
        case .section:
            let value = lookUp(step.name!, frame)
            step.flag ? renderInverted(step.body, value, &frame) : renderSection(step.body, value, &frame)
        case .partial:
            guard let template = templates[step.label] else { return }
            var inner = Frame(indentation: step.indentation.isEmpty ? frame.indentation : frame.indentation + step.indentation,
                              overrides: frame.overrides)
            // A block the outer template overrides stays overridden in every template it inherits from.
            if !step.overrides.isEmpty { inner.overrides.merge(step.overrides) { outer, _ in outer } }
            nest { $0.render(template.steps, &inner) }
        case .block:
            var inner = Frame(indentation: step.indentation.isEmpty ? frame.indentation : frame.indentation + step.indentation,
                              overrides: frame.overrides, escapes: frame.escapes)
            nest { $0.render(frame.overrides[step.label] ?? step.body, &inner) }
        case .contentType:
            frame.escapes = step.flag
        }
    }

    private mutating func nest(_ body: (inout TemplateRenderer) -> Void) {
        guard depth < Self.maximumDepth else {
            return stop("partials and sections are nested more than \(Self.maximumDepth) deep (does a partial include itself?)")
        }
        depth += 1
        body(&self)
        depth -= 1
    }

    private mutating func renderSection(_ body: [TemplateStep], _ value: TemplateValue?, _ frame: inout Frame) {
        switch value {
        case nil, .bool(false)?:
            return
        case .bool(true)?:
            nest { $0.render(body, &frame) }
        case .list(let items, _)?:
            let sequence = frame.sequence
            defer { frame.sequence = sequence }
            for index in items.indices {
                frame.sequence = (index, index == items.count - 1)
                nest { renderer in
                    renderer.stack.append(items[index])
                    renderer.render(body, &frame)
                    renderer.stack.removeLast()
                }
                steps += 1
            }
        case let value?:
            within(value, body, &frame)
        }
    }

    private mutating func renderInverted(_ body: [TemplateStep], _ value: TemplateValue?, _ frame: inout Frame) {
        switch value {
        case nil, .bool(false)?:
            nest { $0.render(body, &frame) }
        case .list(let items, let sortable)? where items.isEmpty:
            within(.list(items, sortable: sortable), body, &frame)
        default:
            return
        }
    }

    /// The body with `value` as the innermost object, outside any list.
    private mutating func within(_ value: TemplateValue, _ body: [TemplateStep], _ frame: inout Frame) {
        let sequence = frame.sequence
        defer { frame.sequence = sequence }
        frame.sequence = nil
        nest { renderer in
            renderer.stack.append(value)
            renderer.render(body, &frame)
            renderer.stack.removeLast()
        }
    }

    /// swift-mustache's lookup: `a.b.c` finds `a` in the innermost object that has it, then `b` and `c`
    /// inside it only; then the transforms apply, and any that does not apply finds nothing.
    private mutating func lookUp(_ name: TemplateName, _ frame: Frame) -> TemplateValue? {
        var transforms = name.transforms[...]
        var value: TemplateValue?
        switch name.root {
        case .current:
            value = stack.last
        case .anchored:
            value = stack.last.flatMap { Self.walk($0, name.parts[...]) }
        case .stack:
            guard let first = name.parts.first else {
                value = stack.last
                break
            }
            var index = stack.count - 1
            while index >= 0 {
                if let child = stack[index].child(first) {
                    value = name.parts.count == 1 ? child : Self.walk(child, name.parts.dropFirst())
                    break
                }
                index -= 1
            }
        case .sequence:
            guard let (index, last) = frame.sequence, let transform = transforms.popFirst() else { return nil }
            switch transform {
            case .first: value = .bool(index == 0)
            case .last: value = .bool(last)
            case .index: value = .int(index)
            case .even: value = .bool(index & 1 == 0)
            case .odd: value = .bool(index & 1 == 1)
            default: return nil
            }
        }
        for transform in transforms {
            guard let current = value else { return nil }
            if transform == .enumerated, case .map = current {
                unsupported = true
                return nil
            }
            value = current.transformed(by: transform)
        }
        return value
    }

    private static func walk(_ value: TemplateValue, _ parts: ArraySlice<String>) -> TemplateValue? {
        var value = value
        for part in parts {
            guard let child = value.child(part) else { return nil }
            value = child
        }
        return value
    }
}
