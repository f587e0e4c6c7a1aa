/// What the templates receive about a scheme's key dates together, beyond each date's own object
/// (KeyDateView): timeline order, calendar links, stable anchors, and the data `assets/key-dates.js`
/// needs to re-mark past, next and the status when the page is read.
extension SitePaths {
    public static let keyDatesScript = "assets/key-dates.js"
}

extension SiteRenderer {
    var calendar: KeyDateCalendar {
        KeyDateCalendar(settings: portal.settings, baseURL: baseURL, today: options.today)
    }

    /// The scheme's key dates in timeline order, each with its anchor and its single-event calendar link;
    /// a date already past on the build's day offers none (its file is still written, for links to it).
    func keyDateViews(_ scheme: Scheme, from path: String) -> [KeyDateView] {
        let next = scheme.nextKeyDate(on: options.today)
        let identities = calendar.identities(scheme)
        return scheme.timelineOrder.map { i in
            let date = scheme.keyDates[i]
            let dated = !date.when.isVague
            var view = KeyDateView(keyDate: date, scheme: scheme, today: options.today,
                                   isNext: next.map { $0.location == date.location && $0.intake == date.intake } ?? false,
                                   identity: dated ? identities[i] : nil)
            if dated, view.state != "past" {
                view.calendarURL = SitePaths.relative(from: path, to: SitePaths.keyDateCalendar(scheme.slug, identities[i].fileID))
            }
            return view
        }
    }

    /// The `webcal:` address that subscribes a calendar program to the calendar file at `path`, so it
    /// fetches the dates again as they change; nil when the portal's address (`base_url`) is unknown,
    /// since a subscription needs an address the program can reach.
    func subscription(to path: String) -> String? {
        baseURL.flatMap { LinkAddress.calendarSubscription($0 + path) }
    }

    /// Keys added to every `scheme` object (docs/templates.md): `subscribeUrl`, `upcomingDates`, and for a
    /// derived status `statusDerived`, `statusPhases` (the days it changes on), `statusOpens`, `statusCloses`,
    /// `statusFirst`, `statusLast`; and `calendarUrl`, which depends on the page (`schemeSummary`).
    func keyDateFacts(_ scheme: Scheme) -> [String: Any] {
        let dated = scheme.keyDates.filter { !$0.when.isVague }
        var summary: [String: Any] = [:]
        summary["subscribeUrl"] = Self.calendarFile(of: scheme).flatMap(subscription) ?? ""
        // The build's next key date and every one after it; key-dates.js shows the first not yet over.
        summary["upcomingDates"] = scheme.upcomingKeyDates(on: options.today).enumerated().map { index, date -> [String: Any] in
            var context = KeyDateView(keyDate: date, scheme: scheme, today: options.today, isNext: index == 0).context
            context["hidden"] = index > 0
            return context
        }
        let phases = scheme.status == nil ? scheme.statusPhases : nil
        summary["statusDerived"] = phases != nil
        // What key-dates.js looks the reader's day up in: "upcoming 2024-03-04 open 2024-12-03 running …".
        summary["statusPhases"] = phases.map { phases in
            ([phases.initial.rawValue] + phases.changes.flatMap { [$0.from.description, $0.status.rawValue] }).joined(separator: " ")
        } ?? ""
        let opens = dated.filter { $0.kind == .opens }.map(\.when.earliestDay).min()
        let closes = dated.filter { $0.kind == .deadline }.map(\.when.latestDay).max()
        summary["statusOpens"] = opens?.description ?? ""
        summary["statusCloses"] = closes?.description ?? ""
        summary["statusFirst"] = dated.map(\.when.earliestDay).min()?.description ?? ""
        summary["statusLast"] = dated.map(\.when.latestDay).max()?.description ?? ""
        return summary
    }

    /// Whether any scheme has a dated key date, so that the portal's calendar file exists.
    static func hasPortalCalendar(_ portal: PublishedPortal) -> Bool {
        portal.schemes.contains { calendarFile(of: $0) != nil }
    }

    /// The scheme's calendar file, which exists when the scheme has a dated key date (one with a day).
    static func calendarFile(of scheme: Scheme) -> String? {
        scheme.keyDates.contains { !$0.when.isVague } ? SitePaths.schemeCalendar(scheme.slug) : nil
    }

    /// Relative link to the whole portal's calendar, or "" when no scheme has a dated key date.
    func portalCalendarLink(from path: String, root: String?) -> String {
        Self.hasPortalCalendar(portal) ? link(from: path, to: SitePaths.portalCalendar, root: root) : ""
    }
}

/// The key-dates page of a scheme with intakes: the next intake's dates first, then the later intakes',
/// the pattern every intake follows as a table, and the intakes already over, folded away.
extension SiteRenderer {
    /// Keys for `key-dates.mustache`: `intakes` and `pastIntakes` (each `name`, `id`, `isNext`, `dates`),
    /// `intakePattern` (`label`, `text`, `kindLabel`, `sideName`) and `hasIntakes`.
    func intakeContext(_ scheme: Scheme, views: [KeyDateView]) -> [String: Any] {
        guard !scheme.intakes.isEmpty else { return ["hasIntakes": false, "intakes": [], "pastIntakes": [], "intakePattern": []] }
        let order = scheme.intakesInPageOrder(on: options.today)
        func entry(_ intake: Intake, isNext: Bool) -> [String: Any] {
            let dates = views.filter { $0.keyDate.intake == intake.name && !$0.keyDate.when.isVague }.map { view -> [String: Any] in
                var view = view
                view.namesIntake = false
                return view.context
            }
            return ["name": intake.name, "id": "intake-" + KeyDateCalendar.shortSlug(intake.name), "isNext": isNext, "dates": dates]
        }
        return [
            "hasIntakes": true,
            "intakes": order.current.enumerated().map { entry($0.element, isNext: $0.offset == 0) },
            "pastIntakes": order.past.map { entry($0, isNext: false) },
            "intakePattern": scheme.intakeDates.map { date -> [String: Any] in
                ["label": date.label, "text": date.text, "kindLabel": DateFormatting.kindLabel(date.kind),
                 "sideName": date.side.flatMap(scheme.side(id:))?.plural ?? ""]
            },
        ]
    }
}
