import Yams

/// An anchor (`&name`) inside `sensitive` or an expression of interest, repeated by an alias (`*name`) in
/// any other field, would copy what must never be published into a field that may be. Each such alias is
/// an error at the alias, and its value is taken out before the people are read, so that nothing relies
/// on the error stopping the build.
enum SensitiveAliases {
    /// Keys whose values are never published, whatever `consent` says.
    static let privateKeys: Set<String> = ["sensitive", "expression_of_interest"]

    /// The document's tree without the refused aliases, the errors, and where follow-on problems would
    /// point (an emptied required field, say), so that the loader can fold them into the error. Only the
    /// refused aliases are located, as far as the last of them.
    static func refuse(in document: YAMLDocument, aliases: inout YAMLAliases)
        -> (root: Node?, diagnostics: [Diagnostic], folded: Set<SourceLocation>) {
        guard let root = document.root else { return (nil, [], []) }
        let isPrivate = { (keys: [String]) in keys.contains { privateKeys.contains($0) } }
        let refused = aliases.uses.indices.filter { isPrivate(aliases.uses[$0].anchorKeys) && !isPrivate(aliases.uses[$0].keys) }
        guard !refused.isEmpty else { return (root, [], []) }
        var replacements: [YAMLAliases.Slot: Node] = [:]
        var diagnostics: [Diagnostic] = []
        var folded: Set<SourceLocation> = []
        for index in refused {
            let use = aliases.uses[index]
            let mark = aliases.mark(of: index)
            let keyLocation = use.key.map { document.file.location(line: $0.line + document.firstLine - 1, column: $0.column) }
            // Without libyaml's word, the key the alias is the value of is the nearest place known; for an item
            // of a list, the list holding it.
            let location = mark.map(document.location(of:)) ?? keyLocation
                ?? document.file.location(line: use.slot.parent.line + document.firstLine - 1, column: use.slot.parent.column)
            let source = use.anchorKeys.last { privateKeys.contains($0) } ?? "sensitive"
            diagnostics.append(Diagnostic(.sensitiveRepeated, 
                .error, at: location,
                "*\(use.anchor) repeats a value written under ‘\(source)’, which is never published",
                hint: "write out here what may be published, instead of ‘*\(use.anchor)’",
                sourceLine: document.file.line(location.line)))
            replacements[use.slot] = .scalar(Node.Scalar("", .implicit, .plain, mark))
            // Only the alias's own place and its key's are folded: the list or mapping holding it is where
            // other errors are reported (a person missing its id), which must not be lost with it.
            if let mark { folded.insert(document.location(of: mark)) }
            if let keyLocation { folded.insert(keyLocation) }
        }
        return (aliases.replacing(replacements, in: root), diagnostics, folded)
    }
}
