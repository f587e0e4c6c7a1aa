import CYaml
import Yams

/// Composes a YAML text into Yams's nodes straight from libyaml's events, for the common case: block and flow
/// collections and scalars, without anchors, aliases, explicit tags, duplicate keys, complex keys or a second
/// document. Anything else, and every syntax error, is left to Yams (`compose` returns `.fallBack`), so what is
/// reported about a text is what Yams finds, as before. At 10,000 people, reading their files was half of
/// `portal check`, and Yams's composing (per-node tag objects, duplicate keys found by hashing whole nodes)
/// most of that; libyaml's own parsing is the smaller part.
///
/// The nodes are those Yams would make: the same strings, scalar styles and marks; tags already resolved as
/// Yams's basic resolver resolves them (`str`, `seq`, `map`); collection styles `.any`, as Yams leaves them.
enum YAMLComposer {
    enum Outcome {
        /// The document's root; nil for a text with no document (empty, or only comments).
        case composed(Node?)
        case fallBack
    }

    static func compose(_ text: String) -> Outcome {
        guard Mark.canBeMade else { return .fallBack }
        if let root = YAMLSimpleReader.read(text) { return .composed(root) }
        return composeFromEvents(text)
    }

    /// libyaml's events composed into nodes; what `YAMLSimpleReader` reads gives the same nodes.
    static func composeFromEvents(_ text: String) -> Outcome {
        guard Mark.canBeMade else { return .fallBack }
        var text = text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .fallBack }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var composer = Composition()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return .fallBack }
                defer { yaml_event_delete(&event) }
                switch composer.take(event) {
                case .more: continue
                case .done: return .composed(composer.root)
                case .fallBack: return .fallBack
                }
            }
        }
    }

    /// The collections open at this point of the text, innermost last.
    private struct Composition {
        enum Step { case more, done, fallBack }

        /// One open collection, changed in place: rebuilding an enum's payload for every node (and copying the
        /// pairs of a mapping as tuples, through their metadata) was most of the composer's own work.
        private struct Open {
            let isMapping: Bool
            let mark: Mark
            /// A sequence's items, or a mapping's values.
            var items: [Node] = []
            /// A mapping's keys, and their text for finding one given twice.
            var keys: [Node] = []
            var names: [String] = []
            /// For a long mapping, its keys' text hashed.
            var nameSet: Set<String> = []
        }

        private var open: [Open] = []
        private(set) var root: Node?
        private var documents = 0
        // Resolved already, so reading a tag never changes it (Yams resolves `.implicit` tags when read).
        private let strTag: Tag, seqTag: Tag, mapTag: Tag

        init() {
            let constructor = YAMLDocument.constructor()
            (strTag, seqTag, mapTag) = (Tag(.str, .basic, constructor), Tag(.seq, .basic, constructor), Tag(.map, .basic, constructor))
        }

        mutating func take(_ event: yaml_event_t) -> Step {
            let mark = Mark.made(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                return .more
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                return documents == 1 ? .more : .fallBack
            case YAML_STREAM_END_EVENT:
                return open.isEmpty ? .done : .fallBack
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil, scalar.tag == nil || scalar.quoted_implicit == 1,
                      let style = Node.Scalar.Style(rawValue: numericCast(scalar.style.rawValue)) else { return .fallBack }
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                return add(.scalar(Node.Scalar(value, strTag, style, mark)), name: value)
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                guard start.anchor == nil, start.implicit != 0 else { return .fallBack }
                open.append(Open(isMapping: false, mark: mark))
                return .more
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                guard start.anchor == nil, start.implicit != 0 else { return .fallBack }
                open.append(Open(isMapping: true, mark: mark))
                return .more
            case YAML_SEQUENCE_END_EVENT:
                guard let last = open.popLast(), !last.isMapping else { return .fallBack }
                return add(.sequence(Node.Sequence(last.items, seqTag, .any, last.mark)), name: nil)
            case YAML_MAPPING_END_EVENT:
                guard let last = open.popLast(), last.isMapping, last.keys.count == last.items.count else { return .fallBack }
                let pairs = Array(zip(last.keys, last.items))
                return add(.mapping(Node.Mapping(pairs, mapTag, .any, last.mark)), name: nil)
            default:
                // An alias, or an event this libyaml has and Yams does not.
                return .fallBack
            }
        }

        private static let keysCompared = 16

        /// `name` is a scalar's text (nil for a collection), should it be a key.
        private mutating func add(_ node: Node, name: String?) -> Step {
            guard !open.isEmpty else {
                root = node
                return .more
            }
            let last = open.count - 1
            guard open[last].isMapping, open[last].keys.count == open[last].items.count else {
                open[last].items.append(node)
                return .more
            }
            // A key that is a collection, or one given twice: Yams composes it and says what is wrong.
            guard let name else { return .fallBack }
            // A person's mapping has a dozen keys, which compare faster than they hash; a set only for long ones.
            if open[last].names.count < Self.keysCompared {
                guard !open[last].names.contains(name) else { return .fallBack }
            } else {
                if open[last].nameSet.isEmpty { open[last].nameSet = Set(open[last].names) }
                guard open[last].nameSet.insert(name).inserted else { return .fallBack }
            }
            open[last].names.append(name)
            open[last].keys.append(node)
            return .more
        }
    }
}

extension Mark {
    /// Yams gives `Mark` no public initialiser, and its nodes' marks are what every message's place comes from.
    /// A `Mark` is its two `Int`s, line then column; `canBeMade` checks that once (reading a made mark back
    /// through Yams's own properties), and the composer leaves everything to Yams when it does not hold.
    static func made(line: Int, column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }

    static let canBeMade: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size,
              MemoryLayout<Mark>.alignment == MemoryLayout<(Int, Int)>.alignment else { return false }
        let mark = made(line: 3, column: 7)
        return mark.line == 3 && mark.column == 7
    }()
}
