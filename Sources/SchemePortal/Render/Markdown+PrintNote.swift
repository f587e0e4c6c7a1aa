import Foundation

/// What a link says on paper, where it cannot be followed: another site's address, or which page (or
/// chapter) of the portal it leads to. The note is a span after the link, hidden on screen (the `hidden`
/// attribute, so it stays hidden even under a stylesheet that knows nothing of it) and shown by the
/// stylesheet's print rules. A link whose words are already its address gets no note, so an e-mail
/// address is never printed twice.
enum MarkdownPrintNote {
    static func note(for destination: String, text: String, seeAlso: (String, String) -> String?) -> String? {
        let written = destination.trimmingCharacters(in: .whitespaces)
        let shown = text.trimmingCharacters(in: .whitespaces)
        switch LinkAddress.classify(written) {
        case .web:
            return showsAddress(shown, written) ? nil : written
        case .email:
            let address = String(written.dropFirst("mailto:".count).prefix { $0 != "?" })
            return showsAddress(shown, written) || showsAddress(shown, address) ? nil : address
        case .page, .anchor:
            return seeAlso(written, shown).map { "see " + $0 }
        case .refused:
            return nil
        }
    }

    static func html(_ note: String) -> String {
        "<span class=\"print-note\" hidden> (\(MarkdownHTML.escaped(note)))</span>"
    }

    /// Whether a link's words already name what it leads to ("the toolkit" for Toolkit, "GROW model"
    /// for ‘GROW model’): the note would only repeat them.
    static func names(_ text: String, _ title: String) -> Bool {
        func bare(_ value: String) -> String {
            var words = value.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            if words.first == "the" { words.removeFirst() }
            return words.joined(separator: " ")
        }
        return bare(text) == bare(title)
    }

    /// `www.example.org` shows `http://www.example.org/` well enough; letter case does not count.
    private static func showsAddress(_ text: String, _ address: String) -> Bool {
        func bare(_ value: String) -> String {
            var value = value.lowercased()
            for prefix in ["https://", "http://", "mailto:"] where value.hasPrefix(prefix) { value.removeFirst(prefix.count) }
            if value.hasPrefix("www.") { value.removeFirst(4) }
            while value.hasSuffix("/") { value.removeLast() }
            return value
        }
        return !text.isEmpty && bare(text) == bare(address)
    }
}
