import Foundation
import Yams

/// Typed reads from one YAML mapping, each problem reported at the value's line and column.
/// Every key read is remembered, so `reportUnknownKeys` can flag the ones nobody asked for.
struct YAMLFields {
    let document: YAMLDocument
    /// The mapping's keys as text (nil for a key that is not text) and its pairs, in order: made once,
    /// because every read looks a key up, and walking the mapping copied every pair each time.
    let keys: [String?]
    let pairs: [(key: Node, value: Node)]
    /// What the mapping is, in the user's words ("the scheme", "a key date"), for messages.
    let owner: String
    let location: SourceLocation
    private(set) var diagnostics: [Diagnostic] = []
    /// Required keys found missing, so that a misspelling of one can take the blame (`reportUnknownKeys`).
    private var missing: Set<String> = []
    private var asked: [String] = []

    init?(_ node: Node?, in document: YAMLDocument, owner: String, diagnostics: inout [Diagnostic],
          fallback: SourceLocation, listHint: String? = nil) {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            diagnostics.append(document.wrongKind(node, "\(owner) should be a set of ‘key: value’ lines, but this is",
                hint: node.sequence != nil ? listHint ?? "write it as ‘key: value’ lines" : "write it as ‘key: value’ lines"))
            return nil
        }
        self.document = document
        self.pairs = mapping.map { ($0.key, $0.value) }
        self.keys = pairs.map { $0.key.scalar?.string }
        self.owner = owner
        self.location = document.location(of: node) ?? fallback
    }

    // MARK: Values

    mutating func node(_ key: String, required: Bool = false) -> Node? {
        if !asked.contains(key) { asked.append(key) }
        if let index = keys.firstIndex(of: key) {
            let (k, v) = pairs[index]
            if required, v.scalar?.string.isEmpty == true, v.scalar?.style == .plain {
                report(.emptyValue, .error, at: k, "‘\(key)’ has no value", hint: "write a value after ‘\(key):’")
                return nil
            }
            return v
        }
        if required {
            missing.insert(key)
            diagnostics.append(Diagnostic(.missingKey, .error, at: location, "\(owner) is missing the required key ‘\(key)’",
                                          hint: "add ‘\(key): …’", sourceLine: document.file.line(location.line)))
        }
        return nil
    }

    /// Text exactly as written: YAML's guesses (`NO` → false, `10:30` → 630, `0123` → 83) do not apply.
    /// What this file would be called as a draft: its folder for a scheme (`_pilot/`), else the file (`_matching.md`).
    static func draftName(of path: String) -> String {
        let parts = path.split(separator: "/")
        guard let name = parts.last else { return "‘_pilot.md’" }
        if name == "scheme.md", parts.count >= 2 { return "‘_\(parts[parts.count - 2])/’" }
        return "‘_\(name)’"
    }

    /// The number in what was written (`60 words` → 60), when it is one the key takes: the example then
    /// says what was meant rather than a number of our choosing.
    static func digitsWritten(_ text: String?, in range: ClosedRange<Int>) -> Int? {
        guard let text else { return nil }
        let digits = text.drop { !$0.isNumber }.prefix { $0.isASCII && $0.isNumber }
        return Int(digits).flatMap { range.contains($0) ? $0 : nil }
    }

    /// Where each item of the list under `key` is written (after a `textList` of the same key has read it).
    func itemLocations(_ key: String) -> [SourceLocation] {
        guard let index = keys.firstIndex(of: key) else { return [] }
        let value = pairs[index].value
        return (value.sequence.map(Array.init) ?? [value]).compactMap { document.location(of: $0) }
    }

    /// `example`, when given, is offered in the hint for an empty required value.
    mutating func text(_ key: String, required: Bool = false, example: @autoclosure () -> String? = nil) -> String? {
        guard let value = node(key, required: required) else { return nil }
        guard let scalar = value.scalar else {
            wrongKind(value, "‘\(key)’ should be text, but it is",
                   hint: "write the text on the same line as ‘\(key):’, in quotes if it contains ‘: ’")
            return nil
        }
        let string = scalar.string.trimmingSpaces(andLineBreaks: true)
        // `label: ""` is as empty as `label:`, quotes or not: a required value needs words.
        if string.isEmpty && (scalar.style == .plain || required) {
            if required {
                report(.emptyValue, .error, at: value, "‘\(key)’ is empty",
                       hint: "write a value after ‘\(key):’" + (example().map { ", such as “\($0)”" } ?? ""))
            }
            return nil
        }
        return string
    }

    /// An address to link to; whether it may be published is `AddressRules`' concern, not the reader's.
    mutating func address(_ key: String, required: Bool = false) -> WebAddress? {
        guard let text = text(key, required: required) else { return nil }
        let location = valueLocation(key)
        return WebAddress(text, key: key, at: location, sourceLine: document.file.line(location.line))
    }

    mutating func markdown(_ key: String, required: Bool = false) -> MarkdownText? {
        guard let value = node(key, required: required) else { return nil }
        return document.markdown(value, key: key, diagnostics: &diagnostics)
    }

    /// The range is part of the key's type: a number outside it never reaches the model, so no rule
    /// has to step round it.
    mutating func integer(_ key: String, in range: ClosedRange<Int> = 0...1_000_000) -> Int? {
        guard let value = node(key) else { return nil }
        // A minus sign is read only where the range goes below zero (`order`), so elsewhere the message stays "digits only".
        let digits = range.lowerBound < 0 && value.scalar?.string.hasPrefix("-") == true
            ? value.scalar?.string.dropFirst() : value.scalar?.string[...]
        guard let scalar = value.scalar, scalar.style == .plain, let digits,
              !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
              let number = Int(scalar.string) else {
            wrongKind(value, "‘\(key)’ should be a whole number, but it is",
                   hint: range.lowerBound < 0 ? "write digits only, with ‘-’ in front of a number below zero, e.g. ‘\(key): -3’"
                                               : "write digits only, e.g. ‘\(key): \(Self.digitsWritten(value.scalar?.string, in: range) ?? (range.lowerBound == 0 ? 3 : range.lowerBound))’")
            return nil
        }
        guard range.contains(number) else {
            report(.numberOutOfRange, .error, at: value, "‘\(key)’ is \(number), outside \(range.lowerBound)…\(range.upperBound)",
                   hint: "use a number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    /// Only `true` and `false`: YAML 1.1's `yes`, `no`, `on`, `off` are too easy to write by accident.
    mutating func boolean(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        switch value.scalar.map({ ($0.string, $0.style) }) {
        case ("true", .plain)?: return true
        case ("false", .plain)?: return false
        default:
            wrongKind(value, "‘\(key)’ should be true or false, but it is",
                   hint: "write ‘\(key): true’ or ‘\(key): false’")
            return nil
        }
    }

    /// One of a fixed set of words.
    mutating func choice<T: RawRepresentable>(_ key: String, of type: T.Type, required: Bool = false) -> T?
        where T: CaseIterable, T.RawValue == String {
        guard let value = node(key, required: required) else { return nil }
        return document.choice(value, key: key, of: type, diagnostics: &diagnostics)
    }

    /// A list; a single value is accepted as a list of one when `singleAllowed`.
    mutating func list(_ key: String, required: Bool = false, singleAllowed: Bool = false, emptyAllowed: Bool = false) -> [Node]? {
        guard let value = node(key, required: required) else { return nil }
        if let sequence = value.sequence {
            if required && !emptyAllowed && sequence.isEmpty {
                report(.emptyValue, .error, at: value, "‘\(key)’ is an empty list", hint: "add at least one item, each on its own line starting with ‘- ’")
                return nil
            }
            return Array(sequence)
        }
        if singleAllowed, value.scalar != nil { return [value] }
        wrongKind(value, "‘\(key)’ should be a list, but it is",
               hint: "write each item on its own line, starting with ‘- ’")
        return nil
    }

    mutating func textList(_ key: String, required: Bool = false, singleAllowed: Bool = true) -> [String]? {
        guard let items = list(key, required: required, singleAllowed: singleAllowed) else { return nil }
        var result: [String] = []
        for item in items {
            guard let scalar = item.scalar, !scalar.string.trimmingSpaces().isEmpty else {
                wrongKind(item, "each item of ‘\(key)’ should be text, but this is",
                       hint: "write the item as text after ‘- ’")
                continue
            }
            result.append(scalar.string.trimmingSpaces(andLineBreaks: true))
        }
        if required && result.isEmpty && items.isEmpty {
            diagnostics.append(Diagnostic(.emptyValue, .error, at: location, "‘\(key)’ is an empty list", hint: "add at least one item"))
        }
        return result
    }

    mutating func mapping(_ key: String, owner: String) -> YAMLFields? {
        guard let value = node(key) else { return nil }
        return YAMLFields(value, in: document, owner: owner, diagnostics: &diagnostics, fallback: location)
    }

    /// The mapping's pairs with text keys, without the copies renamed after a duplicate-key error.
    var entries: [(key: String, keyNode: Node, value: Node)] {
        pairs.indices.compactMap { index in
            guard let key = keys[index], !key.hasPrefix(YAMLDocument.duplicateMarker) else { return nil }
            return (key, pairs[index].key, pairs[index].value)
        }
    }

    func keyLocation(_ key: String) -> SourceLocation {
        if let index = keys.firstIndex(of: key) {
            return document.location(of: pairs[index].key) ?? location
        }
        return location
    }

    func valueLocation(_ key: String) -> SourceLocation {
        if let index = keys.firstIndex(of: key) {
            return document.location(of: pairs[index].value) ?? location
        }
        return location
    }

    // MARK: Checks

    /// Every key nobody asked for is an error: a misspelt consent flag silently ignored would be a privacy bug.
    mutating func reportUnknownKeys() {
        for (index, name) in keys.enumerated() {
            guard let name else {
                diagnostics.append(document.diagnostic(.unknownKey, .error, at: pairs[index].key, "a key of \(owner) is not text", hint: "write keys as plain words"))
                continue
            }
            if asked.contains(name) || name.hasPrefix(YAMLDocument.duplicateMarker) { continue }
            let key = pairs[index].key
            // Other generators mark drafts with a key; here a draft is a file the build does not read.
            let drafts = ["draft", "drafts", "published", "unpublished", "hidden"].contains(name.lowercased())
                ? "to keep a page or scheme out of the portal while it is a draft, start its file or folder name with ‘_’ (\(Self.draftName(of: document.file.displayPath))) instead"
                : nil
            let meant = Suggestion.closest(to: name, in: asked)
            let hint = drafts ?? meant.map { "did you mean ‘\($0)’?" }
                ?? "the keys \(owner) may have are: \(asked.map { "‘\($0)’" }.joined(separator: ", "))"
            report(drafts == nil ? .unknownKey : .draftKey, .error, at: key, "unknown key ‘\(name)’ in \(owner)", hint: hint)
            // A required key misspelt is reported missing too; the misspelling is the cause, and says so.
            if let meant, missing.contains(meant) {
                diagnostics.removeAll { $0.code == .missingKey && $0.message.hasSuffix("the required key ‘\(meant)’") }
                diagnostics[diagnostics.count - 1].notes.append(Diagnostic.Note("‘\(meant)’ is required, so it is also missing until this is spelt ‘\(meant)’"))
            }
        }
    }

    mutating func report(_ code: DiagnosticCode, _ severity: Diagnostic.Severity, at node: Node, _ message: String,
                         hint: String? = nil) {
        diagnostics.append(document.diagnostic(code, severity, at: node, message, hint: hint))
    }

    mutating func wrongKind(_ node: Node, _ expected: String, hint: String? = nil) {
        diagnostics.append(document.wrongKind(node, expected, hint: hint))
    }

    /// Says of the messages from `index` on that they make `subject` unreliable (`Diagnostic.cause`).
    mutating func markCauses(from index: Int, _ subject: Diagnostic.Subject) {
        for position in index..<diagnostics.count where diagnostics[position].severity == .error {
            diagnostics[position].cause = subject
        }
    }

    mutating func append(_ more: [Diagnostic]) { diagnostics += more }
}
