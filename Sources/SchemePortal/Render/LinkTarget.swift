import Foundation

/// A link destination as written in Markdown, sorted into what the portal must check and rewrite.
enum LinkTarget: Equatable {
    /// Another page of the portal (output path) and an optional fragment.
    case page(path: String, fragment: String?)
    /// An anchor on the same page.
    case anchor(String)
    /// http(s) and mailto addresses: left as written.
    case external
    /// Climbs above the portal's root, or cannot be read.
    case invalid

    init(_ destination: String, from page: String) {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        switch LinkAddress.classify(destination) {
        case .anchor where trimmed.hasPrefix("#"):
            self = .anchor(String(trimmed.dropFirst()))
            return
        case .web, .email:
            self = .external
            return
        case .refused:
            // Never reaches a page (the renderer drops it), so there is nothing to check.
            self = .invalid
            return
        case .page, .anchor:
            break
        }
        let withoutQuery = trimmed.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? trimmed
        let pieces = withoutQuery.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = pieces.first.map(String.init) ?? ""
        let fragment = pieces.count > 1 ? String(pieces[1]) : nil
        guard let resolved = SitePaths.resolve(path.removingPercentEncoding ?? path, from: page) else {
            self = .invalid
            return
        }
        self = .page(path: resolved, fragment: fragment.flatMap { $0.isEmpty ? nil : $0 })
    }
}
