/// The private HTML report (`portal match --report PATH`): the terminal report laid out for a committee
/// meeting, with every candidate's verdict for each person and the lines to paste. It holds personal data
/// the portal never publishes (conflicts, declined pairs, preferences), so it is written only where the
/// coordinator says, outside the site folder, is linked from nothing, and asks search engines to keep out.
extension MatchReport {
    /// The first line of every report, by which a later run knows a file it may replace.
    public static let pageMark = "<!DOCTYPE html><!-- portal match report -->"

    public var page: String {
        let e = HTMLText.escape
        let title = "Matching proposal: \(proposal.pool.scheme.title)"
        var html = [Self.pageMark, "<html lang=\"en-GB\">", "<head>", "<meta charset=\"utf-8\">",
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                    "<meta name=\"robots\" content=\"noindex, nofollow\">",
                    "<title>\(e(title)) (private)</title>", "<style>\(Self.style)</style>", "</head>", "<body>", "<main>",
                    "<h1>\(e(title))</h1>",
                    "<p class=\"private\"><strong>Private:</strong> this report holds personal data that the portal never publishes "
                        + "(preferences, conflicts of interest, declined pairings). Keep it with the scheme's records; do not publish it or put it in the site's folder.</p>"]
        html.append("<ul>")
        html += summary.dropFirst().map { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            return "<li>\(e(text.prefix(1).uppercased() + text.dropFirst()))</li>"
        }
        html.append("</ul>")
        html.append("<h2>Proposed pairs</h2>")
        if proposal.pairs.isEmpty {
            html.append("<p>No new pairs: nobody with a place free can be paired within the rules.</p>")
        } else {
            // A wide table scrolls inside its own box on a phone, which the keyboard can reach.
            html.append("<div class=\"scroll\" role=\"region\" aria-label=\"Proposed pairs\" tabindex=\"0\">")
            html.append("<table><caption>\(Counted.words(pairCount, "proposed pair")), total score \(totalScore)</caption>")
            html.append("<thead><tr><th scope=\"col\">\(e(proposal.pool.sides[0].name))</th><th scope=\"col\">\(e(proposal.pool.sides[1].name))</th>"
                        + "<th scope=\"col\">Score</th><th scope=\"col\">Why</th></tr></thead><tbody>")
            for pair in proposal.pairs {
                let why = pairLines(pair).dropFirst().map { "<li>\(e(String($0.drop(while: { $0 == " " || $0 == "-" }))))</li>" }.joined()
                html.append("<tr><td>\(e(name(pair.first)))</td><td>\(e(name(pair.second)))</td><td>\(pair.score)</td><td><ul>\(why)</ul></td></tr>")
            }
            html.append("</tbody></table></div>")
        }
        let unmatched = proposal.unmatched
        html.append("<h2>Left without a partner</h2>")
        if unmatched.isEmpty { html.append("<p>Nobody: everyone has a partner in the data or in this proposal.</p>") }
        for member in unmatched {
            html.append("<h3>\(e(name(member)))</h3>")
            html.append("<p>\(e(unmatchedReason(member)))</p>")
            html += candidateTable(member)
        }
        html.append("<h2>Lines to paste into the data</h2>")
        html.append("<p>Each block is one person's <code>partners</code> line; put it into their record at the place named, indented like its <code>side</code> line. Then run <code>portal check</code>.</p>")
        html.append("<pre>\(e(snippet))</pre>")
        html += ["</main>", "</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// "Ffion Carne (ffion-carne)".
    private func name(_ member: Int) -> String {
        let person = proposal.pool.members[member]
        return "\(person.person.name) (\(person.id))"
    }

    private func candidateTable(_ member: Int) -> [String] {
        let e = HTMLText.escape
        let other = proposal.pool.sides[1 - proposal.pool.members[member].side]
        var html = ["<div class=\"scroll\" role=\"region\" aria-label=\"Each \(e(other.name.lowercased())) for \(e(proposal.pool.members[member].id))\" tabindex=\"0\">",
                    "<table><caption>Each \(e(other.name.lowercased())) for \(e(proposal.pool.members[member].id))</caption>",
                    "<thead><tr><th scope=\"col\">\(e(other.name))</th><th scope=\"col\">What the rules and the proposal say</th></tr></thead><tbody>"]
        for (candidate, verdict) in proposal.verdicts(for: member) {
            html.append("<tr><td>\(e(name(candidate)))</td><td>\(e(proposal.words(verdict, for: member)))</td></tr>")
        }
        html.append("</tbody></table></div>")
        return html
    }

    private static let style = """
        body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}main{max-width:72rem;margin:0 auto;padding:1rem}\
        .private{border-left:.4rem solid #a4282c;padding:.5rem 1rem;background:#fdf2f2}table{border-collapse:collapse;width:100%;margin:1rem 0}\
        caption{text-align:left;font-weight:600}.scroll{overflow-x:auto}.scroll:focus{outline:3px solid #1d70b8}th,td{border:1px solid #6b6b6b;padding:.4rem;text-align:left;vertical-align:top}\
        td ul{margin:0;padding-left:1.2rem}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem;overflow-wrap:anywhere}
        """
}
