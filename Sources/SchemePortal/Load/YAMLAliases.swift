import Yams

/// The aliases (`*name`) of a YAML document, and where each is written (found only when asked for).
///
/// Yams hands back, for an alias, the very node its anchor (`&name`) marks, with the anchor's line and
/// column and no trace of the alias. So an alias is recognised as the second sighting of an anchored
/// node while walking the document in order (an anchor always comes before its aliases), and where it
/// is written is asked of libyaml itself: with the anchors taken out of the text, libyaml stops at the
/// first alias and says where it is; that alias becomes `~`, and so on to the next.
struct YAMLAliases {
    /// A node of the tree as written: anchored nodes keep their mark through every alias.
    struct NodeKey: Hashable {
        var line: Int
        var column: Int
        var kind: Int

        init?(_ node: Node) {
            guard let mark = node.mark else { return nil }
            line = mark.line
            column = mark.column
            switch node {
            case .scalar: kind = 0
            case .sequence: kind = 1
            case .mapping: kind = 2
            case .alias: kind = 3
            }
        }
    }

    /// A place in the tree: the item `index` of a list, or the value of the pair `index` of a mapping.
    struct Slot: Hashable {
        var parent: NodeKey
        var index: Int
    }

    struct Use {
        var anchor: String
        /// The keys from the top of the document down to the alias, and down to its anchor.
        var keys: [String]
        var anchorKeys: [String]
        var slot: Slot
        /// The key the alias is the value of, when it is one (`biography: *notes`).
        var key: NodeKey?
    }

    /// The aliases in document order.
    private(set) var uses: [Use] = []
    private var bySlot: [Slot: Int] = [:]
    private var anchors: [NodeKey: (name: String, keys: [String])] = [:]
    private let lines: [[Unicode.Scalar]]
    /// How many aliases libyaml may be asked to locate. Each asks for a parse of the whole document, so a
    /// large one with many aliases is located only so far.
    private var budget = 0
    /// Where the first aliases are written, as far as they have been asked for (nil: libyaml's mark did
    /// not land on this very alias, so it is not trusted).
    private var marks: [Mark?] = []
    /// The text being located in: anchors blanked, the aliases located so far made `~`. Kept between
    /// requests, so each alias costs one parse however often it is asked for.
    private var remaining: [[Unicode.Scalar]]?
    /// libyaml found no further alias (or one where no alias is written): nothing more can be located.
    private var exhausted = false
    /// How many times the document has been parsed again to locate aliases: none until one is asked for.
    private(set) var parses = 0

    init(root: Node?, yaml: String) {
        // Without `&` there are no anchors, so nothing to find (and no copy of the text to keep).
        guard let root, yaml.containsByte(UInt8(ascii: "&")) else {
            lines = []
            return
        }
        lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        walk(root, keys: [], slot: nil)
        budget = min(uses.count, 500, max(2, 10_000_000 / max(yaml.utf8.count, 1)))
    }

    private mutating func walk(_ node: Node, keys: [String], slot: Slot?, key owner: NodeKey? = nil) {
        guard let key = NodeKey(node) else { return }
        if let name = anchorName(at: key) {
            if let anchor = anchors[key] {
                // Seen before: this is an alias. Its insides were walked where the anchor is. (Aliases as keys
                // never get here: `YAMLDocument` refuses them before parsing.)
                if let slot {
                    bySlot[slot] = uses.count
                    uses.append(Use(anchor: name, keys: keys, anchorKeys: anchor.keys, slot: slot, key: owner))
                }
                return
            }
            anchors[key] = (name, keys)
        }
        switch node {
        case .mapping(let mapping):
            for (index, pair) in mapping.enumerated() {
                walk(pair.key, keys: keys, slot: nil)
                walk(pair.value, keys: keys + [pair.key.scalar?.string ?? ""], slot: Slot(parent: key, index: index),
                     key: NodeKey(pair.key))
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                walk(item, keys: keys, slot: Slot(parent: key, index: index))
            }
        case .scalar, .alias:
            break
        }
    }

    /// Where the alias that is item `index` of `list` (or the value of pair `index` of a mapping) is written,
    /// if it is one and libyaml can say within the budget.
    mutating func mark(in parent: Node, at index: Int) -> Mark? {
        guard let key = NodeKey(parent), let found = bySlot[Slot(parent: key, index: index)] else { return nil }
        return mark(of: found)
    }

    /// The name of the anchor a node starts with (`&name`, perhaps after a tag such as `!!str`).
    private func anchorName(at key: NodeKey) -> String? {
        guard key.line >= 1, key.line <= lines.count else { return nil }
        let line = lines[key.line - 1]
        var index = key.column - 1
        guard index >= 0, index < line.count else { return nil }
        if line[index] == "!" {
            while index < line.count, line[index] != " " { index += 1 }
            while index < line.count, line[index] == " " { index += 1 }
        }
        guard index < line.count, line[index] == "&" else { return nil }
        let name = line[(index + 1)...].prefix { Self.isAnchorCharacter($0) }
        return name.isEmpty ? nil : String(String.UnicodeScalarView(name))
    }

    /// libyaml's anchors are ASCII letters, digits, `-` and `_`.
    private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
    }

    // MARK: Where aliases are written

    /// Where alias `index` of `uses` is written, when libyaml can say within the budget. Only error messages
    /// need this, so it is found when asked for: the aliases before it are located on the way, each once.
    mutating func mark(of index: Int) -> Mark? {
        while marks.count <= index, marks.count < budget, !exhausted { locateNext() }
        return index < marks.count ? marks[index] : nil
    }

    /// Locates the next alias in document order: every anchor is blanked, so a parse stops at the first alias
    /// not yet located, which is then made `~`.
    private mutating func locateNext() {
        var text = remaining ?? blankingAnchors()
        // Held only here while it changes, so that changing it copies nothing.
        remaining = nil
        defer { remaining = text }
        parses += 1
        let yaml = text.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
        do {
            _ = try Yams.compose(yaml: yaml, YAMLDocument.resolver, YAMLDocument.constructor(), .utf8)
            exhausted = true
        } catch let YamlError.composer(_, problem, mark, _) where problem.contains("undefined alias") {
            guard mark.line >= 1, mark.line <= text.count, mark.column >= 1, mark.column <= text[mark.line - 1].count,
                  text[mark.line - 1][mark.column - 1] == "*" else {
                exhausted = true
                return
            }
            // A mark that does not land on this very alias is not used, rather than trusted.
            let landed = Self.find("*", uses[marks.count].anchor, in: lines[mark.line - 1], from: mark.column - 1) == mark.column - 1
            marks.append(landed ? mark : nil)
            var column = mark.column - 1
            text[mark.line - 1][column] = "~"
            column += 1
            while column < text[mark.line - 1].count, Self.isAnchorCharacter(text[mark.line - 1][column]) {
                text[mark.line - 1][column] = " "
                column += 1
            }
        } catch {
            exhausted = true
        }
    }

    /// The text with every `&name` made spaces, so that each alias is undefined.
    private func blankingAnchors() -> [[Unicode.Scalar]] {
        var text = lines
        for (key, anchor) in anchors {
            guard key.line <= text.count,
                  let column = Self.find("&", anchor.name, in: text[key.line - 1], from: key.column - 1) else { continue }
            for offset in 0...anchor.name.unicodeScalars.count { text[key.line - 1][column + offset] = " " }
        }
        return text
    }

    /// Where `&name` or `*name` starts on a line, at or after `start`, as a whole name.
    private static func find(_ sigil: Unicode.Scalar, _ name: String, in line: [Unicode.Scalar], from start: Int) -> Int? {
        let wanted = [sigil] + Array(name.unicodeScalars)
        var index = max(start, 0)
        while index + wanted.count <= line.count {
            if Array(line[index..<(index + wanted.count)]) == wanted,
               index + wanted.count == line.count || !isAnchorCharacter(line[index + wanted.count]) {
                return index
            }
            index += 1
        }
        return nil
    }

    // MARK: Taking values out

    /// The tree with the aliases in the given slots replaced; an alias of an anchor whose value changed
    /// gets the changed value, so nothing taken out comes back through another alias.
    func replacing(_ replacements: [Slot: Node], in root: Node) -> Node {
        var rebuilt: [NodeKey: Node] = [:]
        return rebuild(root, replacements: replacements, rebuilt: &rebuilt)
    }

    private func rebuild(_ node: Node, replacements: [Slot: Node], rebuilt: inout [NodeKey: Node]) -> Node {
        guard let key = NodeKey(node) else { return node }
        let anchored = anchorName(at: key) != nil
        if anchored, let done = rebuilt[key] { return done }
        var result = node
        switch node {
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            for (index, pair) in mapping.enumerated() {
                let value = replacements[Slot(parent: key, index: index)] ?? rebuild(pair.value, replacements: replacements, rebuilt: &rebuilt)
                pairs.append((rebuild(pair.key, replacements: replacements, rebuilt: &rebuilt), value))
            }
            result = .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            var items: [Node] = []
            for (index, item) in sequence.enumerated() {
                items.append(replacements[Slot(parent: key, index: index)] ?? rebuild(item, replacements: replacements, rebuilt: &rebuilt))
            }
            result = .sequence(Node.Sequence(items, sequence.tag, sequence.style, sequence.mark))
        case .scalar, .alias:
            break
        }
        if anchored { rebuilt[key] = result }
        return result
    }
}
