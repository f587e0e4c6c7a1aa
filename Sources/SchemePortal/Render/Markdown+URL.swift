import Foundation

/// Link destinations the portal refuses or warns about. Which addresses are allowed at all is decided by
/// `LinkAddress`, the one rule for every address in the content; this only adds what is Markdown's own.
enum MarkdownURL {
    /// The scheme of a destination the portal must not link to (`javascript`, `data`, … or `//`), however disguised.
    static func refusedScheme(of destination: String) -> String? {
        if case .refused(let scheme) = LinkAddress.classify(destination) { return scheme }
        return nil
    }

    static func goesNowhere(_ destination: String) -> Bool {
        let trimmed = destination.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || trimmed == "#"
    }
}
