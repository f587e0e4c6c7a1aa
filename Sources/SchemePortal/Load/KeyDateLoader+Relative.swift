/// Dates counted from another key date ("6 months after ‘Relationships end’") come to a day only once the
/// scheme's key dates are read: this pass works each one out from the date its label names, and reports
/// a label that names no key date, or a count that comes back to itself.
extension KeyDateLoader {
    /// The key dates with every count worked out; a key date whose count cannot be worked out is left out,
    /// with its message. `unreadable` are the labels of key dates whose own date had a message already: a
    /// count from one of those is left out silently.
    static func resolveRelative(_ keyDates: [KeyDate], unreadable: Set<String>) -> (keyDates: [KeyDate], diagnostics: [Diagnostic]) {
        guard keyDates.contains(where: { relative(in: $0.when) != nil }) else { return (keyDates, []) }
        var pass = RelativePass(keyDates: keyDates, unreadable: unreadable)
        for i in keyDates.indices { _ = pass.resolve(i) }
        let kept = keyDates.indices.compactMap { i -> KeyDate? in
            guard case .done(let when) = pass.states[i] else { return nil }
            var keyDate = keyDates[i]
            keyDate.when = when
            return keyDate
        }
        return (kept, pass.diagnostics)
    }

    /// The count in a date, alone or after "usually".
    static func relative(in when: DateExpression) -> RelativeDate? {
        switch when {
        case .relative(let relative, _): return relative
        case .usually(let inner): return relative(in: inner)
        default: return nil
        }
    }

    static func replacingResolution(in when: DateExpression, with base: DateExpression) -> DateExpression {
        switch when {
        case .relative(let relative, _): return .relative(relative, resolved: relative.resolved(from: base))
        case .usually(let inner): return .usually(replacingResolution(in: inner, with: base))
        default: return when
        }
    }
}

private struct RelativePass {
    enum State { case unvisited, inProgress, done(DateExpression), failed }

    let keyDates: [KeyDate]
    let unreadable: Set<String>
    var states: [State]
    var diagnostics: [Diagnostic] = []
    /// The key dates being worked out, innermost last, to name a cycle.
    var path: [Int] = []

    init(keyDates: [KeyDate], unreadable: Set<String>) {
        self.keyDates = keyDates
        self.unreadable = unreadable
        states = keyDates.map { KeyDateLoader.relative(in: $0.when) == nil ? .done($0.when) : .unvisited }
    }

    /// The key date a label names: the one for the same side when two share the label, else the first.
    func named(_ label: String, from keyDate: KeyDate) -> Int? {
        let matches = keyDates.indices.filter { keyDates[$0].label == label }
        return matches.first { keyDates[$0].side == keyDate.side } ?? matches.first
    }

    mutating func resolve(_ i: Int) -> DateExpression? {
        switch states[i] {
        case .done(let when): return when
        case .failed: return nil
        case .inProgress:
            reportCycle(from: i)
            return nil
        case .unvisited: break
        }
        let keyDate = keyDates[i]
        guard let relative = KeyDateLoader.relative(in: keyDate.when) else { return keyDate.when }
        guard let base = named(relative.label, from: keyDate) else {
            states[i] = .failed
            if !unreadable.contains(relative.label) { reportUnknown(relative, at: keyDate) }
            return nil
        }
        states[i] = .inProgress
        path.append(i)
        let baseWhen = resolve(base)
        path.removeLast()
        guard let baseWhen, case .inProgress = states[i] else {
            states[i] = .failed
            return nil
        }
        let when = KeyDateLoader.replacingResolution(in: keyDate.when, with: baseWhen)
        states[i] = .done(when)
        return when
    }

    func place(of relative: RelativeDate, in keyDate: KeyDate) -> SourceLocation {
        SourceLocation(file: keyDate.location.file, line: keyDate.location.line,
                       column: keyDate.location.column + relative.labelOffset)
    }

    /// The labels a count could name: every other key date's, in the order written, each once.
    func labels(except excluded: Set<String>) -> [String] {
        var seen = excluded
        return keyDates.map(\.label).filter { seen.insert($0).inserted }
    }

    static func listed(_ labels: [String]) -> String {
        labels.map { "‘\($0)’" }.joined(separator: ", ")
    }

    mutating func reportUnknown(_ relative: RelativeDate, at keyDate: KeyDate) {
        let others = labels(except: [keyDate.label])
        let message = others.isEmpty
            ? "“\(relative.label)” is not the label of a key date of this scheme, and it has no other key date to count from"
            : "“\(relative.label)” is not the label of a key date of this scheme: the labels are \(Self.listed(others))"
        let meant = NearMatch.meant(relative.label, among: others.map { NearMatch.Name($0) }).first
            ?? deadline(meant: relative.label, except: keyDate.label)
        let hint = meant.map { "write the label exactly as its key date's ‘label:’ says, in quotes, as in “\(relative.countWords) ‘\($0)’”" }
            ?? (others.isEmpty ? "give the date as a day, such as “19 December 2027”, or add the key date it is counted from"
                : "write one of those labels after “\(relative.countWords)”, exactly as its ‘label:’ says, in quotes")
        diagnostics.append(Diagnostic(.dateRelativeLabel, .error, at: place(of: relative, in: keyDate), message,
                                      hint: hint, sourceLine: keyDate.sourceLine, span: max(1, relative.labelLength)))
    }

    /// Words that mean the scheme's deadline ("the closing date", "the deadline"), as web pages write them:
    /// the label of its first deadline.
    func deadline(meant written: String, except own: String) -> String? {
        let words = written.lowercased()
        guard ["clos", "deadline", "due"].contains(where: words.contains) else { return nil }
        return keyDates.first { $0.kind == .deadline && $0.label != own }?.label
    }

    /// A count that comes back to the date it started from: reported once, at the first of the cycle.
    mutating func reportCycle(from start: Int) {
        guard let at = path.firstIndex(of: start) else { return }
        let cycle = Array(path[at...])
        for i in cycle { states[i] = .failed }
        let first = keyDates[start]
        guard let relative = KeyDateLoader.relative(in: first.when) else { return }
        let names = cycle.map { keyDates[$0].label }
        let message: String
        if cycle.count == 1 {
            message = "‘\(first.label)’ is counted from itself, so it never comes to a day"
        } else {
            let chain = (names + [names[0]]).map { "‘\($0)’" }
            message = "‘\(first.label)’ is counted from a date that is counted back from it (\(chain.joined(separator: " → "))), so none of them comes to a day"
        }
        let fixed = labels(except: Set(names)).filter { label in
            keyDates.contains { $0.label == label && KeyDateLoader.relative(in: $0.when) == nil }
        }
        let hint = fixed.isEmpty
            ? "write one of them as a day, such as “19 December 2027”"
            : "count it from a key date written as a day: \(Self.listed(fixed)); or write it as a day itself"
        diagnostics.append(Diagnostic(.dateRelativeCycle, .error, at: place(of: relative, in: first), message,
                                      hint: hint, sourceLine: first.sourceLine, span: max(1, relative.labelLength)))
    }
}
