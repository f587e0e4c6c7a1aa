import Foundation

/// What a scheme's summary (the `scheme` object of every page of a scheme, docs/templates.md) holds
/// whichever page shows it, made once per render: its status, its next and upcoming dates, the list of
/// its pages. At thousands of people a scheme's directory is hundreds of pages, and making these again
/// for each (the status phases search the dates' words) was a twentieth of a build.
///
/// Shared by the render workers of one `SiteRenderer`, behind a lock, as `PageFrames` is; the facts depend
/// only on the scheme, the publication and the build's day, so which worker makes them first never changes a page.
final class SchemeSummaries: @unchecked Sendable {
    struct Facts {
        /// The summary's keys that do not depend on the page.
        let constant: [String: Any]
        /// The scheme's pages, for the `pages` list (each page links to them from where it is).
        let entries: [SiteRenderer.SchemePageEntry]
        /// The scheme's calendar file, when it has a dated key date (so that the file exists).
        let calendar: String?
        /// What the shortlist script needs of the scheme (`shortlistSettings`), for its directory and its members' profiles.
        let shortlist: PreparedValue
    }

    private let lock = NSLock()
    private var facts: [String: Facts] = [:]

    /// The facts of the scheme `slug`, made by `make` the first time they are asked for.
    func facts(_ slug: String, make: () -> Facts) -> Facts {
        lock.lock()
        let found = facts[slug]
        lock.unlock()
        if let found { return found }
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let first = facts[slug] { return first }
        facts[slug] = made
        return made
    }
}

extension SiteRenderer {
    func schemeFacts(of scheme: Scheme) -> SchemeSummaries.Facts {
        schemeSummaries.facts(scheme.slug) { schemeFacts(scheme) }
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

    private func schemeFacts(_ scheme: Scheme) -> SchemeSummaries.Facts {
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
        for (key, value) in constant where value is [String: Any] || value is [[String: Any]] || value is [String] {
            constant[key] = PreparedValue(value)
        }
        let dated = scheme.keyDates.contains { !$0.when.isVague }
        return SchemeSummaries.Facts(constant: constant, entries: pageList(scheme),
                                     calendar: dated ? SitePaths.schemeCalendar(scheme.slug) : nil,
                                     shortlist: PreparedValue(shortlistSettings(scheme)))
    }
}
