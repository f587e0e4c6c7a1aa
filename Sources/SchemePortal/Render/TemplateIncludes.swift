/// Which templates a page's rendering can use: its own, the parents it inherits from (`{{< base}}`)
/// and the partials it includes (`{{> partials/footer}}`), followed through each of those in turn.
/// swift-mustache does not say which partials a render used, so this reads the sources once, when the
/// templates load, and errs on the side of more: every partial named anywhere in a template (even in a
/// section that may not render, or in a comment), and every template at all where a name cannot be read
/// statically (a dynamic `{{>*name}}`, or delimiters changed with `{{=<% %>=}}`).
enum TemplateIncludes {
    /// Each template's name mapped to the names it can reach, itself included.
    static func reach(_ sources: [String: String]) -> [String: Set<String>] {
        let all = Set(sources.keys)
        var direct: [String: Set<String>] = [:]
        for (name, text) in sources { direct[name] = references(in: text) ?? all }
        var result: [String: Set<String>] = [:]
        for name in sources.keys {
            var seen: Set<String> = [name]
            var pending = [name]
            while let next = pending.popLast() {
                for included in direct[next] ?? [] where seen.insert(included).inserted { pending.append(included) }
            }
            result[name] = seen
        }
        return result
    }

    /// The names of the partials and parents a template names, or nil when they cannot be read statically.
    static func references(in text: String) -> Set<String>? {
        guard !text.contains("{{=") else { return nil }
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let kind = rest.first, kind == ">" || kind == "<" else { continue }
            let name = rest.dropFirst().drop { $0.isWhitespace }
            if name.first == "*" { return nil }
            let end = name.firstIndex { $0.isWhitespace || $0 == "}" } ?? name.endIndex
            if end > name.startIndex { names.insert(String(name[..<end])) }
        }
        return names
    }
}
