import Foundation
@testable import SchemePortal

/// Walks a loaded model with `Mirror`, so tests can find every field of a kind without naming them:
/// a field added to the model later is found too.
struct ModelWalk {
    /// Every `WebAddress`, with the path of properties that leads to it (`schemes[].contacts[].url`).
    private(set) var addresses: [(path: String, address: WebAddress)] = []
    /// Text that looks like an address (`https://…`, `mailto:…`) but is held in a plain `String`.
    private(set) var untypedAddresses: [(path: String, value: String)] = []
    /// For each optional or list, by path: whether any instance in the model holds a value.
    private(set) var filled: [String: Bool] = [:]

    init(_ value: Any) {
        walk(value, path: "")
    }

    /// Optionals and lists that are empty everywhere in the model.
    var emptyEverywhere: [String] { filled.filter { !$0.value }.map(\.key).sorted() }

    private mutating func walk(_ value: Any, path: String) {
        let mirror = Mirror(reflecting: value)
        // Before any `as?`: a cast from `Any` looks through an optional, so it would hide whether one is set.
        if mirror.displayStyle == .optional {
            filled[path] = (filled[path] ?? false) || !mirror.children.isEmpty
            for child in mirror.children { walk(child.value, path: path) }
            return
        }
        if let address = value as? WebAddress {
            addresses.append((path, address))
            return
        }
        // Markdown's links are judged by the renderer as it meets them; places and dates hold no addresses.
        if value is MarkdownText || value is SourceLocation || value is DateExpression { return }
        if let text = value as? String {
            let lowered = text.lowercased()
            if lowered.contains("://") || lowered.hasPrefix("mailto:") || lowered.hasPrefix("www.") {
                untypedAddresses.append((path, text))
            }
            return
        }
        switch mirror.displayStyle {
        case .collection, .set:
            filled[path] = (filled[path] ?? false) || !mirror.children.isEmpty
            for child in mirror.children { walk(child.value, path: path + "[]") }
        case .dictionary:
            filled[path] = (filled[path] ?? false) || !mirror.children.isEmpty
            for child in mirror.children {
                for (index, part) in Mirror(reflecting: child.value).children.enumerated() {
                    walk(part.value, path: path + (index == 0 ? "[key]" : "[value]"))
                }
            }
        default:
            for child in mirror.children {
                walk(child.value, path: path.isEmpty ? (child.label ?? "?") : path + "." + (child.label ?? "?"))
            }
        }
    }
}
