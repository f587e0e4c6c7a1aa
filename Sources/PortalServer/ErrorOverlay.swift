import SchemePortal

/// The box of messages placed at the start of every page while the content has errors: the same
/// messages the terminal shows, located and with their source line and caret, so a coordinator sees
/// what to fix without looking away from the browser. It is plain HTML, readable without JavaScript;
/// the styles are inline because a portal's own `Layouts/` may replace the theme's stylesheet.
enum ErrorOverlay {
    static let id = "portal-serve-errors"
    /// More than this many messages would bury the page; the terminal has them all.
    static let shownAtMost = 50

    /// `page` with the overlay just after its `<body>` tag (at the start when it has none).
    static func inserted(into page: [UInt8], diagnostics: [Diagnostic]) -> [UInt8] {
        let overlay = Array(html(diagnostics, headingLevel: 2, overLastGoodSite: true).utf8)
        var result = page
        result.insert(contentsOf: overlay, at: HTMLPlaces.afterOpeningBody(in: page) ?? 0)
        return result
    }

    /// What every page address shows when the content has never built without errors: there is no
    /// earlier site to show under the messages.
    static func page(_ diagnostics: [Diagnostic]) -> [UInt8] {
        Array("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>The portal has errors – portal serve</title>
            </head>
            <body style="margin:0;padding:1rem;background:#ffffff;color:#1b1f24">
            <main>
            \(html(diagnostics, headingLevel: 1, overLastGoodSite: false))</main>
            </body>
            </html>

            """.utf8)
    }

    static func html(_ diagnostics: [Diagnostic], headingLevel: Int, overLastGoodSite: Bool) -> String {
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        var counts = Counted.words(errors, "error")
        if warnings > 0 { counts += " and " + Counted.words(warnings, "warning") }
        let printer = DiagnosticPrinter()
        var items = ""
        for diagnostic in diagnostics.prefix(shownAtMost) {
            // The printer's text is the one-line message, then the source line and its caret: the
            // overlay shows the two parts apart, and the terminal's wording exactly.
            var quoted = diagnostic
            quoted.notes = []
            let full = printer.format(quoted)
            let excerpt = full.hasPrefix(diagnostic.description) ? String(full.dropFirst(diagnostic.description.count)) : ""
            let colour = diagnostic.severity == .error ? "#a4000f" : "#6b4500"
            items += "<li style=\"margin:0 0 1rem\"><p style=\"margin:0\"><code style=\"font:inherit;font-weight:bold\">"
                + HTMLText.escape("\(diagnostic.location)") + "</code>: <strong style=\"color:\(colour)\">"
                + diagnostic.severity.rawValue + ":</strong> " + HTMLText.escape(diagnostic.message) + "</p>"
            // The printer indents the excerpt by four spaces for the terminal; the box needs no indent.
            let lines = excerpt.split(separator: "\n", omittingEmptySubsequences: true).map { $0.hasPrefix("    ") ? $0.dropFirst(4) : $0 }
            if !lines.isEmpty {
                items += "<pre tabindex=\"0\" role=\"group\" aria-label=\"the line in \(HTMLText.escape(diagnostic.location.file)), with a caret under column \(diagnostic.location.column)\" "
                    + "style=\"margin:.5rem 0;padding:.5rem;overflow-x:auto;white-space:pre;background:#eef0f3;color:#1b1f24;"
                    + "font:14px/1.4 ui-monospace,Menlo,Consolas,monospace\">"
                    + lines.map { HTMLText.escape(String($0)) }.joined(separator: "\n") + "</pre>"
            }
            if let hint = diagnostic.hint {
                items += "<p style=\"margin:0\">What to do: " + HTMLText.escape(hint) + "</p>"
            }
            for note in diagnostic.notes {
                items += "<p style=\"margin:0\">Note: " + HTMLText.escape(note.description) + "</p>"
            }
            items += "</li>\n"
        }
        let more = diagnostics.count > shownAtMost
            ? "<p style=\"margin:0\">\(diagnostics.count - shownAtMost) more in the terminal where portal serve runs.</p>\n" : ""
        let level = min(max(headingLevel, 1), 6)
        let what = overLastGoodSite ? "Below is what <code>portal serve</code> last built without errors."
            : "The portal has not yet built without errors, so there is no page to show."
        return """
            <section id="\(id)" role="alert" aria-labelledby="\(id)-heading" style="display:block;box-sizing:border-box;\
            max-width:100%;margin:0;padding:1rem;border:4px solid #a4000f;background:#ffffff;color:#1b1f24;text-align:left;\
            font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;overflow-wrap:anywhere;position:relative;z-index:2147483647">
            <h\(level) id="\(id)-heading" style="margin:0 0 .5rem;font-size:1.25rem;line-height:1.3;color:#a4000f">The portal has \(counts)</h\(level)>
            <p style="margin:0 0 .5rem">\(what) Fix the \(errors == 1 ? "problem" : "problems") listed here and save: \
            this page reloads by itself.</p>
            <button type="button" onclick="document.getElementById('\(id)').hidden = true" style="margin:0 0 1rem;padding:.25rem .75rem;\
            font:inherit;background:#ffffff;color:#1b1f24;border:2px solid #1b1f24;border-radius:4px;cursor:pointer">Hide these messages</button>
            <ol style="margin:0;padding-left:1.5rem">
            \(items)</ol>
            \(more)</section>

            """
    }
}
