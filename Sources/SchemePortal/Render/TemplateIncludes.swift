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

    /// A way templates can include each other in a loop (`partials/a → partials/b → partials/a`) through
    /// at least one template not in `trusted`, or nil when none can. A template whose names cannot be read
    /// statically may include anything, itself too. The portal's renderer stops a loop that does not end;
    /// swift-mustache would run until the process ran out of stack, so it never renders templates that
    /// can loop (`Templates.rendering`). The built-in theme is trusted: its one loop (`partials/toc`, a
    /// contents list inside a contents list) ends with the data the portal gives it.
    static func loop(_ sources: [String: String], trusted: Set<String> = []) -> String? {
        let all = sources.keys.sorted()
        var direct: [String: [String]] = [:]
        for (name, text) in sources { direct[name] = references(in: text).map { $0.sorted() } ?? all }
        var state: [String: Bool] = [:] // false: on the path being walked; true: done
        var path: [String] = []
        func walk(_ name: String) -> String? {
            if let done = state[name] {
                guard !done, let start = path.firstIndex(of: name) else { return nil }
                let cycle = Array(path[start...])
                return cycle.allSatisfy(trusted.contains) ? nil : (cycle + [name]).joined(separator: " → ")
            }
            state[name] = false
            path.append(name)
            for next in direct[name] ?? [] where sources[next] != nil {
                if let found = walk(next) { return found }
            }
            path.removeLast()
            state[name] = true
            return nil
        }
        for name in all { if let found = walk(name) { return found } }
        return nil
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
