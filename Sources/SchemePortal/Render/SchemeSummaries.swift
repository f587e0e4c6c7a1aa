import Foundation

/// What a scheme's summary (the `scheme` object of every page of a scheme, docs/templates.md) holds
/// whichever page shows it, made once per render: its status, its next and upcoming dates, the list of
/// its pages. At thousands of people a scheme's directory is hundreds of pages, and making these again
/// for each (the status phases search the dates' words) was a twentieth of a build.
///
/// Shared by the render workers of one `SiteRenderer` (`OncePerKey`). The facts depend on the scheme and on
/// what is fixed for the render (the publication, the build's day, the portal's address), never on the page.
final class SchemeSummaries: Sendable {
    struct Facts {
        /// The summary's keys that do not depend on the page.
        let constant: [String: Any]
        /// The scheme's pages, for the `pages` list (each page links to them from where it is).
        let entries: [SiteRenderer.SchemePageEntry]
        /// The scheme's calendar file, when it has one (`SiteRenderer.calendarFile`).
        let calendar: String?
        /// What the shortlist script needs of the scheme (`shortlistSettings`), for its directory and its members' profiles.
        let shortlist: PreparedValue
    }

    private let facts = OncePerKey<Facts>()

    /// The facts of the scheme `slug`, made by `make` the first time they are asked for.
    func facts(_ slug: String, make: () -> Facts) -> Facts {
        facts.value(slug, make: make)
    }
}

extension SiteRenderer {
    func schemeFacts(of scheme: Scheme) -> SchemeSummaries.Facts {
        schemeSummaries.facts(scheme.slug) { makeSchemeFacts(scheme) }
    }

    /// The scheme's summary as the page at `path` sees it: the facts every page shares, and the links from here.
    func schemeSummary(_ scheme: Scheme, from path: String) -> [String: Any] {
        let facts = schemeFacts(of: scheme)
        var summary = facts.constant
        summary["url"] = SitePaths.relative(from: path, to: SitePaths.scheme(scheme.slug))
        summary["pages"] = facts.entries.map { entry -> [String: Any] in
            ["title": entry.title, "url": SitePaths.relative(from: path, to: entry.path), "current": entry.path == path]
        }
        summary["calendarUrl"] = facts.calendar.map { SitePaths.relative(from: path, to: $0) } ?? ""
        return summary
    }

    private func makeSchemeFacts(_ scheme: Scheme) -> SchemeSummaries.Facts {
        let status = scheme.status(on: options.today)
        var constant: [String: Any] = [
            "title": scheme.title,
            "shortTitle": scheme.shortTitle ?? scheme.title,
            "shortTitlePossessive": NameForms.possessive(scheme.shortTitle ?? scheme.title),
            "statusLabel": status?.label ?? "",
            "statusClass": status?.rawValue ?? "",
            "organisers": scheme.organisers,
            "models": scheme.models.map(\.label),
        ]
        constant["cohort"] = scheme.cohort ?? ""
        constant["printName"] = HTMLText.cssString(scheme.title)
        if let next = scheme.nextKeyDate(on: options.today) {
            constant["nextDate"] = KeyDateView(keyDate: next, scheme: scheme, today: options.today, isNext: true).context
        }
        constant.merge(keyDateFacts(scheme)) { _, new in new }
        // Its lists and objects made into template data once, not again for each page that shows them.
        for key in ["organisers", "models", "nextDate", "upcomingDates"] {
            if let value = constant[key] { constant[key] = PreparedValue(value) }
        }
        return SchemeSummaries.Facts(constant: constant, entries: pageList(scheme), calendar: Self.calendarFile(of: scheme),
                                     shortlist: PreparedValue(shortlistSettings(scheme)))
    }
}
