import Yams

extension YAMLDocument {
    /// Reads one mapping with `read`, then reports the keys `read` did not ask for. A node that is not a
    /// mapping is an error at the node; every problem goes into `diagnostics`, and nil means nothing usable.
    func readMapping<T>(_ node: Node, owner: String, fallback: SourceLocation, diagnostics: inout [Diagnostic],
                        _ read: (inout YAMLFields) -> T?) -> T? {
        guard var fields = YAMLFields(node, in: self, owner: owner, diagnostics: &diagnostics, fallback: fallback) else { return nil }
        let value = read(&fields)
        fields.reportUnknownKeys()
        diagnostics += fields.diagnostics
        return value
    }

    /// Reads a list whose items are mappings (or, with `text`, single values too): each item as
    /// `readMapping` does, leaving out the ones that give nothing usable.
    func readMappings<T>(_ nodes: [Node], owner: String, fallback: SourceLocation, diagnostics: inout [Diagnostic],
                         text: ((Node.Scalar, Node) -> T?)? = nil, _ read: (inout YAMLFields) -> T?) -> [T] {
        var result: [T] = []
        for node in nodes {
            if let text, let scalar = node.scalar {
                if let value = text(scalar, node) { result.append(value) }
            } else if let value = readMapping(node, owner: owner, fallback: fallback, diagnostics: &diagnostics, read) {
                result.append(value)
            }
        }
        return result
    }
}

extension YAMLFields {
    /// The list under `key`, each item a mapping read by `read` (see `YAMLDocument.readMappings`).
    mutating func mappingList<T>(_ key: String, required: Bool = false, owner: String,
                                 text: ((Node.Scalar, Node) -> T?)? = nil, _ read: (inout YAMLFields) -> T?) -> [T] {
        mappings(list(key, required: required) ?? [], owner: owner, text: text, read)
    }

    /// Items of a list already taken from this mapping, read as `mappingList` reads them.
    mutating func mappings<T>(_ nodes: [Node], owner: String, text: ((Node.Scalar, Node) -> T?)? = nil,
                              _ read: (inout YAMLFields) -> T?) -> [T] {
        var local: [Diagnostic] = []
        let result = document.readMappings(nodes, owner: owner, fallback: location, diagnostics: &local, text: text, read)
        append(local)
        return result
    }

    /// The mapping under `key`, read by `read`, its unknown keys reported.
    mutating func mapping<T>(_ key: String, owner: String, _ read: (inout YAMLFields) -> T?) -> T? {
        guard let node = node(key) else { return nil }
        var local: [Diagnostic] = []
        let result = document.readMapping(node, owner: owner, fallback: location, diagnostics: &local, read)
        append(local)
        return result
    }
}

extension YAMLFields {
    /// Where the value of `key` is written, with its line, as a message about the value would show it.
    func valuePlace(_ key: String) -> SourcePlace? {
        guard let index = keys.firstIndex(of: key) else { return nil }
        let location = document.location(of: pairs[index].value) ?? document.file.location(line: document.firstLine, column: 1)
        return SourcePlace(location, sourceLine: document.file.line(location.line))
    }
}
