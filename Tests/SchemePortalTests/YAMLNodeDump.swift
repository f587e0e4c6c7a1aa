import Yams

/// A YAML node as the readers see it, as one line to compare: kind, text, scalar style, tag and place, all
/// the way down. Shared by the tests that hold a reader to libyaml's nodes (YAMLComposerTests,
/// YAMLSimpleReaderTests).
func yamlNodeDump(_ node: Node?) -> String {
    guard let node else { return "nil" }
    let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? "@-"
    switch node {
    case .scalar(let scalar): return "s(\(scalar.string.debugDescription) \(scalar.style.rawValue) \(node.tag))\(mark)"
    case .sequence(let sequence): return "q[\(sequence.map(yamlNodeDump).joined(separator: ", "))] \(node.tag)\(mark)"
    case .mapping(let mapping):
        return "m{\(mapping.map { yamlNodeDump($0.key) + ": " + yamlNodeDump($0.value) }.joined(separator: ", "))} \(node.tag)\(mark)"
    case .alias: return "alias"
    }
}
