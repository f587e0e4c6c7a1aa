import CCmarkGFM
import Foundation

/// One parsed cmark-gfm document. It owns the parser and the tree and frees both when it goes away; nothing
/// else in the project holds a cmark pointer. Used by one thread at a time (it lives for one `render` call).
final class CMarkTree {
    private let parser: OpaquePointer
    let root: CMarkNode

    /// The extensions GitHub uses. `tagfilter` only matters for raw HTML, which safe mode drops anyway.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    /// Positions are recorded for every node whatever the options; SOURCEPOS is passed for clarity only.
    static let parseOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
    /// Safe mode (no CMARK_OPT_UNSAFE), and no SOURCEPOS so no `data-sourcepos` attributes reach the page.
    static let renderOptions = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES

    /// Registers the core extensions exactly once (Swift runs a static initialiser once, thread-safely), and
    /// serialises parsing: cmark-gfm 0.29 switches characters on and off in a process-wide table while it
    /// parses inlines (`cmark_manage_extensions_special_characters`), so two parses at once could make one
    /// miss strikethrough or autolinks. The table extension does that while reading blocks too (a table
    /// row's cells are parsed inside `cmark_parser_feed`), so the lock holds for the whole parse, not only
    /// `cmark_parser_finish`. Editing and rendering trees needs no lock.
    private static let parseLock: MarkdownParseLock = {
        cmark_gfm_core_extensions_ensure_registered()
        return MarkdownParseLock()
    }()

    init(parsing markdown: String) {
        let lock = Self.parseLock
        // Making a parser and attaching extensions touch only that parser (the registry is only read), so
        // they stay outside the lock, which the biographies of a large portal queue for.
        let parser: OpaquePointer = cmark_parser_new(Self.parseOptions)
        for name in Self.extensionNames {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var text = markdown
        let document: OpaquePointer = lock.withLock {
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress, !chars.isEmpty {
                        cmark_parser_feed(parser, base, chars.count)
                    }
                }
            }
            return cmark_parser_finish(parser)
        }
        self.parser = parser
        self.root = CMarkNode(document)
    }

    deinit {
        cmark_node_free(root.pointer)
        cmark_parser_free(parser)
    }

    func html() -> String {
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(root.pointer, Self.renderOptions, extensions) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Every node below the root, in document order (the order cmark renders them).
    func nodes() -> [CMarkNode] { root.descendants() }
}

/// A borrowed pointer to a node of a `CMarkTree`; valid while the tree lives and the node is not freed.
struct CMarkNode: Hashable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    /// A new node; it belongs to whoever it is attached to (or must be freed by the caller).
    static func make(_ type: cmark_node_type) -> CMarkNode { CMarkNode(cmark_node_new(type)) }

    /// A raw-markup node: `onEnter` before its children, `onExit` after. The only way markup we build reaches
    /// the page, since safe mode omits raw HTML.
    static func custom(block: Bool, onEnter: String, onExit: String = "") -> CMarkNode {
        let node = make(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE)
        cmark_node_set_on_enter(node.pointer, onEnter)
        cmark_node_set_on_exit(node.pointer, onExit)
        return node
    }

    static func text(_ literal: String) -> CMarkNode {
        let node = make(CMARK_NODE_TEXT)
        cmark_node_set_literal(node.pointer, literal)
        return node
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    /// The name extensions give their nodes: "table", "table_header", "table_cell", "tasklist", …
    var typeName: String { cmark_node_get_type_string(pointer).map { String(cString: $0) } ?? "" }
    var parent: CMarkNode? { cmark_node_parent(pointer).map(CMarkNode.init) }
    var firstChild: CMarkNode? { cmark_node_first_child(pointer).map(CMarkNode.init) }
    var next: CMarkNode? { cmark_node_next(pointer).map(CMarkNode.init) }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isCheckedTask: Bool { cmark_gfm_extensions_get_tasklist_item_checked(pointer) }

    var children: [CMarkNode] {
        var result: [CMarkNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// Line and byte column (both 1-based) where the node starts; inline nodes cmark did not place take
    /// their nearest placed ancestor's.
    var start: (line: Int, column: Int) {
        var node: CMarkNode? = self
        while let current = node {
            let line = Int(cmark_node_get_start_line(current.pointer))
            if line > 0 { return (line, max(Int(cmark_node_get_start_column(current.pointer)), 1)) }
            node = current.parent
        }
        return (1, 1)
    }

    /// Whether cmark placed this node itself (the autolink extension leaves some links unplaced).
    var hasOwnPosition: Bool { cmark_node_get_start_line(pointer) > 0 }

    func descendants() -> [CMarkNode] {
        var result: [CMarkNode] = []
        let iterator = cmark_iter_new(pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != pointer else { continue }
            result.append(CMarkNode(node))
        }
        return result
    }

    /// The text a reader sees: text and code, image descriptions, a space for each line break.
    var plainText: String {
        var text = ""
        for node in descendants() {
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += node.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    // MARK: Editing

    /// Puts `node` (taken from wherever it was) just before this one. False if cmark refuses.
    @discardableResult
    func insertBefore(_ node: CMarkNode) -> Bool { cmark_node_insert_before(pointer, node.pointer) != 0 }
    func insertAfter(_ node: CMarkNode) -> Bool { cmark_node_insert_after(pointer, node.pointer) != 0 }

    @discardableResult
    func append(_ child: CMarkNode) -> Bool { cmark_node_append_child(pointer, child.pointer) != 0 }

    @discardableResult
    func prepend(_ child: CMarkNode) -> Bool { cmark_node_prepend_child(pointer, child.pointer) != 0 }

    /// Moves all children to the end of `target`; those cmark will not move there are freed.
    /// The children may then outlive this node (a merged paragraph, a heading is freed after this), so they
    /// first take their own copies of their text.
    func moveChildren(to target: CMarkNode) {
        while let child = firstChild {
            child.ownText()
            if !target.append(child) { child.free() }
        }
    }

    /// cmark-gfm 0.29 parses a block's text nodes as pointers into the block's own buffer, which is freed with
    /// the block; reading a node's literal makes the node keep a copy. Without this, text moved out of a block
    /// that is then freed renders as whatever memory is there next (a fuzzing finding, docs/fuzzing.md).
    func ownText() {
        _ = cmark_node_get_literal(pointer)
        for node in descendants() { _ = cmark_node_get_literal(node.pointer) }
    }

    /// Replaces this node by its children, then frees it.
    func unwrap() {
        while let child = firstChild {
            if !insertBefore(child) { child.free() }
        }
        free()
    }

    /// Unlinks and frees the node and everything under it.
    func free() { cmark_node_free(pointer) }

    /// Stops the node rendering through its extension (the tasklist's unlabelled checkbox).
    func removeExtension() { cmark_node_set_syntax_extension(pointer, nil) }
}
