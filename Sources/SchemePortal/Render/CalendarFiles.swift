/// When a calendar event starts or ends: a whole day, a UK wall-clock time, or a UTC instant.
enum CalendarTime: Hashable, Sendable {
    /// `VALUE=DATE`: an all-day event.
    case day(CalendarDay)
    /// `TZID=Europe/London`: UK time, BST or GMT as the date has it.
    case london(CalendarDay, TimeOfDay)
    /// A UTC instant (`…Z`): a time written with a zone that is not UK time on that date, or `UTC`.
    case utc(CalendarDay, TimeOfDay)

    /// The value `key-dates.js` reads: `2022-12-19` for a day, `2022-12-19T12:00:00Z` for an instant.
    var isoValue: String {
        switch self {
        case .day(let d): return d.description
        case .london(let d, let t):
            let (day, time) = CalendarTime.shift(d, t, minutes: CalendarMath.isBritishSummerTime(on: d, at: t) ? -60 : 0)
            return "\(day.description)T\(DateFormatting.clock(time)):00Z"
        case .utc(let d, let t): return "\(d.description)T\(DateFormatting.clock(t)):00Z"
        }
    }

    func adding(minutes: Int) -> CalendarTime {
        switch self {
        case .day(let d): return .day(CalendarMath.adding(days: minutes / 1440, to: d))
        case .london(let d, let t): let (day, time) = Self.shift(d, t, minutes: minutes); return .london(day, time)
        case .utc(let d, let t): let (day, time) = Self.shift(d, t, minutes: minutes); return .utc(day, time)
        }
    }

    static func shift(_ day: CalendarDay, _ time: TimeOfDay, minutes: Int) -> (CalendarDay, TimeOfDay) {
        let total = time.hour * 60 + time.minute + minutes
        let days = total >= 0 ? total / 1440 : -((-total + 1439) / 1440)
        let rest = total - days * 1440
        return (CalendarMath.adding(days: days, to: day), TimeOfDay(hour: rest / 60, minute: rest % 60))
    }

    /// The instant a time written beside a date names. A zone that agrees with UK clocks on that date (or
    /// none) stays UK time; one that does not (12:00 BST in December, which the date rules warn about) is
    /// taken at its word and written in UTC, so the event lands where the text says.
    static func of(_ point: DatePoint) -> CalendarTime {
        guard let time = point.time else { return .day(point.day) }
        let summer = CalendarMath.isBritishSummerTime(on: point.day, at: time)
        switch point.zone {
        case nil, .ukLocal?: return .london(point.day, time)
        case .bst?:
            if summer { return .london(point.day, time) }
            let (day, t) = shift(point.day, time, minutes: -60)
            return .utc(day, t)
        case .gmt?: return summer ? .utc(point.day, time) : .london(point.day, time)
        case .utc?: return .utc(point.day, time)
        }
    }
}

/// One VEVENT.
struct CalendarEvent: Hashable, Sendable {
    var uid: String
    var summary: String
    var description: String
    var url: String?
    var start: CalendarTime
    /// Exclusive for all-day events (the day after the last); for a timed deadline, the deadline itself.
    var end: CalendarTime
    var category: String
    var transparent: Bool
    /// Where it happens, as the key date's `location:` says.
    var location: String? = nil
    /// Its reminders (VALARM), in the order written: Outlook keeps only the first.
    var alarms: [CalendarAlarm] = []
}

/// A key date's names that never change when other dates are edited: the file it is published in
/// (`schemes/<slug>/key-dates/<fileID>.ics`, and `#date-<fileID>` on the page) and its calendar UID.
struct KeyDateIdentity: Hashable, Sendable {
    var fileID: String
    var uid: String
    var anchor: String { "date-\(fileID)" }
}

extension SitePaths {
    public static let portalCalendar = "calendar.ics"
    public static func schemeCalendar(_ slug: String) -> String { "schemes/\(slug)/calendar.ics" }
    public static func keyDateCalendar(_ slug: String, _ id: String) -> String { "schemes/\(slug)/key-dates/\(id).ics" }
}

/// Turns key dates into calendar events and files: pure, model in, text out. Vague dates are left out.
struct KeyDateCalendar: Sendable {
    let settings: PortalSettings
    /// Ends in "/", or nil when the portal's address is unknown.
    let baseURL: String?
    /// DTSTAMP: the build's reference day at midnight UTC, so two builds on the same day are identical.
    let today: CalendarDay

    static let productID = "-//SchemePortal//Key dates//EN"

    // MARK: Identity

    /// Each key date's identity, by its place in `scheme.keyDates`. The UID hashes the scheme's address,
    /// the date's kind, side and label (case and spacing ignored), so it survives rebuilds, date changes
    /// and edits to every other date; two dates with the same label, kind and side are told apart by
    /// their order.
    func identities(_ scheme: Scheme) -> [KeyDateIdentity] {
        var seenKeys: [String: Int] = [:]
        var usedFiles = UniqueName.Taken()
        return scheme.keyDates.map { keyDate in
            let label = keyDate.label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var key = [scheme.slug, keyDate.kind.rawValue, keyDate.side ?? "", label].joined(separator: "\u{1F}")
            // An intake's dates share their labels with every other intake's: the intake tells them apart.
            if let intake = keyDate.intake { key += "\u{1F}intake\u{1F}\(intake.lowercased())" }
            let occurrence = (seenKeys[key] ?? 0) + 1
            seenKeys[key] = occurrence
            if occurrence > 1 { key += "\u{1F}\(occurrence)" }
            var base = Self.shortSlug(keyDate.label)
            if let side = keyDate.side { base += "-\(side)" }
            if let intake = keyDate.intake { base += "-\(Self.shortSlug(intake))" }
            // A label such as "Con" must not make `con.ics`, which cannot exist on Windows.
            let fileID = UniqueName.make(base, taken: &usedFiles, allowed: { !ReservedFileName.isReserved($0) })
            return KeyDateIdentity(fileID: fileID, uid: "\(FNV1a.hex(key))@\(host)")
        }
    }

    /// "Application deadline (July 2027 intake)": an intake's date says which intake it is.
    static func labelWithIntake(_ keyDate: KeyDate) -> String {
        keyDate.intake.map { "\(keyDate.label) (\($0) intake)" } ?? keyDate.label
    }

    /// The label as an address, cut at a word to at most 48 characters.
    static func shortSlug(_ label: String) -> String {
        var slug = Slug.make(from: label)
        if slug.isEmpty { return "key-date" }
        while slug.count > 48, let cut = slug.lastIndex(of: "-") { slug = String(slug[..<cut]) }
        return slug.count > 48 ? String(slug.prefix(48)) : slug
    }

    /// The right-hand side of every UID: the portal's host when its address is known.
    var host: String {
        if let baseURL, let range = baseURL.range(of: "://") {
            let rest = baseURL[range.upperBound...]
            let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
            if !host.isEmpty { return host.lowercased() }
        }
        return "schemeportal.invalid"
    }

    // MARK: Events

    /// How long a timed deadline or opening lasts in a calendar: long enough to be seen there (an event
    /// of no length is easily missed), short enough not to block the day. A deadline's half-hour ends at
    /// the deadline; an opening's starts when it opens.
    static let momentMinutes = 30

    /// The span a key date covers, or nil for a vague date. All-day ends are exclusive: a range ends the
    /// day after its last day, a week commencing seven days on, months on the first of the next month
    /// (or the day after the day they end on). A timed deadline is the half-hour up to it, a timed
    /// opening the half-hour from it; any other single time lasts an hour.
    static func span(_ keyDate: KeyDate) -> (start: CalendarTime, end: CalendarTime)? {
        switch keyDate.when {
        case .point(let p):
            let start = CalendarTime.of(p)
            guard p.time != nil else { return (start, .day(CalendarMath.adding(days: 1, to: p.day))) }
            switch keyDate.kind {
            case .deadline: return (start.adding(minutes: -momentMinutes), start)
            case .opens: return (start, start.adding(minutes: momentMinutes))
            default: return (start, start.adding(minutes: 60))
            }
        case .range(let a, let b):
            if a.time != nil, b.time != nil { return (CalendarTime.of(a), CalendarTime.of(b)) }
            return (.day(a.day), .day(CalendarMath.adding(days: 1, to: b.day)))
        case .weekCommencing(let p):
            return (.day(p.day), .day(CalendarMath.adding(days: 7, to: p.day)))
        case .months(let from, let through), .academicYear(_, let from, let through):
            return (.day(from), .day(CalendarMath.adding(days: 1, to: through)))
        case .relative(_, let resolved?) where !resolved.isVague:
            // At the day it comes to, as if written so.
            var counted = keyDate
            counted.when = resolved
            return span(counted)
        // Vague, open-ended and "usually" dates are no commitment to a day; nor is a date counted from one.
        case .vague, .ongoing, .usually, .relative:
            return nil
        }
    }

    func event(_ keyDate: KeyDate, in scheme: Scheme, identity: KeyDateIdentity) -> CalendarEvent? {
        guard let (start, end) = Self.span(keyDate) else { return nil }
        let kindLabel = DateFormatting.kindLabel(keyDate.kind)
        let side = keyDate.side.flatMap(scheme.side(id:)).map { " for \($0.plural)" } ?? ""
        var lines = ["\(kindLabel)\(side): \(DateFormatting.display(keyDate.when))"]
        if let details = keyDate.details, !details.isEmpty { lines.append(details) }
        lines.append(scheme.title)
        let page = baseURL.map { $0 + "schemes/\(scheme.slug)/key-dates/" }
        if let page { lines.append("Details: \(page)") }
        var timed = false
        if case .day = start {} else { timed = true }
        let summary = "\(scheme.shortTitle ?? scheme.title): \(Self.labelWithIntake(keyDate))"
        return CalendarEvent(uid: identity.uid, summary: summary,
                             description: lines.joined(separator: "\n"), url: page.map { $0 + "#\(identity.anchor)" },
                             start: start, end: end, category: kindLabel,
                             transparent: !timed || keyDate.kind == .deadline || keyDate.kind == .opens,
                             location: keyDate.venue,
                             alarms: Self.reminders(keyDate, start: start, end: end, summary: summary))
    }

    /// The scheme's events in timeline order, with the identity of each key date they come from.
    func events(_ scheme: Scheme) -> [(keyDate: KeyDate, identity: KeyDateIdentity, event: CalendarEvent)] {
        let ids = identities(scheme)
        return scheme.timelineOrder.compactMap { i in
            event(scheme.keyDates[i], in: scheme, identity: ids[i]).map { (scheme.keyDates[i], ids[i], $0) }
        }
    }

    /// Every calendar file of the portal (one for the portal, one per scheme, one per dated key date), with
    /// what each was made from: its scheme's file (every scheme's, for the
    /// portal's calendar, since any scheme may gain or lose dates), the settings (the host in each UID,
    /// the address in each event) and the reference day (each event's stamp).
    func outputs(_ portal: PublishedPortal) -> [(file: OutputFile, inputs: PageInputs)] {
        var files: [(file: OutputFile, inputs: PageInputs)] = []
        var all: [CalendarEvent] = []
        for scheme in portal.schemes {
            let events = self.events(scheme)
            // RFC 5545 §3.4: a calendar holds at least one component, so no file for a scheme without dates.
            guard !events.isEmpty else { continue }
            let inputs = PageInputs([.file(scheme.location.file), .settings, .today])
            all += events.map(\.event)
            files.append((OutputFile(path: SitePaths.schemeCalendar(scheme.slug),
                                     text: calendar(name: scheme.title, events: events.map(\.event))), inputs))
            for entry in events {
                files.append((OutputFile(path: SitePaths.keyDateCalendar(scheme.slug, entry.identity.fileID),
                                         text: calendar(name: "\(scheme.shortTitle ?? scheme.title): \(Self.labelWithIntake(entry.keyDate))",
                                                        events: [entry.event])), inputs))
            }
        }
        if !all.isEmpty {
            let inputs = PageInputs([.settings, .today] + portal.schemes.map { .file($0.location.file) })
            files.append((OutputFile(path: SitePaths.portalCalendar, text: calendar(name: settings.title, events: all)), inputs))
        }
        return files
    }
}

extension CalendarTime {
    var isLondon: Bool {
        if case .london = self { return true }
        return false
    }
}
