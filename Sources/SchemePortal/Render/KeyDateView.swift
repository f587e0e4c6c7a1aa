/// One key date as a template sees it (docs/templates.md, "A key date object"): its words and
/// machine-readable forms (written by `DateFormatting`) and whether it is past or next on the build's day.
/// What a scheme's key dates add together (order, anchors, calendar links, status) is in KeyDateContext.
struct KeyDateView {
    let keyDate: KeyDate
    let scheme: Scheme
    let today: CalendarDay
    let isNext: Bool
    /// The key date's stable names (anchor, calendar file), when it has a calendar entry.
    var identity: KeyDateIdentity? = nil
    /// Relative URL of its single-event .ics file from the page shown, or nil.
    var calendarURL: String? = nil
    /// Whether the label names the key date's intake ("Application deadline (July 2027 intake)"): everywhere
    /// but under the intake's own heading.
    var namesIntake = true

    var context: [String: Any] {
        var context: [String: Any] = [
            "label": namesIntake ? KeyDateCalendar.labelWithIntake(keyDate) : keyDate.label,
            "intake": keyDate.intake ?? "",
            "text": keyDate.text,
            "display": display,
            "kind": keyDate.kind.rawValue,
            "kindLabel": kindLabel,
            "isVague": keyDate.when.isVague,
            // Open-ended ("ongoing"): nothing is left to confirm.
            "isOngoing": keyDate.when.isOngoing,
            "state": state,
            "stateLabel": stateLabel,
        ]
        // Templates test text with empty(), which needs "" rather than a missing key.
        context["isoStart"] = keyDate.when.isVague ? "" : keyDate.when.earliestDay.description
        context["datetime"] = keyDate.when.isVague ? "" : datetime
        // Ranges are two <time> elements: a datetime attribute holds one date, never "a/b".
        let ends = rangeEnds
        context["endDatetime"] = ends?.datetime ?? ""
        context["startDisplay"] = ends?.startDisplay ?? ""
        context["endDisplay"] = ends?.endDisplay ?? ""
        context["isRange"] = ends != nil
        // What key-dates.js compares with the reader's clock: the start, and the exclusive end.
        let span = KeyDateCalendar.span(keyDate)
        context["starts"] = span?.start.isoValue ?? ""
        context["ends"] = span?.end.isoValue ?? ""
        context["id"] = identity?.anchor ?? ""
        context["calendarUrl"] = calendarURL ?? ""
        context["sideName"] = keyDate.side.flatMap(scheme.side(id:))?.plural ?? ""
        context["details"] = keyDate.details ?? ""
        context["location"] = keyDate.venue ?? ""
        return context
    }

    var state: String {
        if keyDate.when.isVague { return "future" }
        if isNext { return "next" }
        return keyDate.when.latestDay < today ? "past" : "future"
    }

    var stateLabel: String {
        switch state {
        case "past": return "Past"
        case "next": return "Next"
        default: return keyDate.when.isOngoing ? "Ongoing" : keyDate.when.isVague ? "To be confirmed" : "Upcoming"
        }
    }

    var kindLabel: String { DateFormatting.kindLabel(keyDate.kind) }

    /// Value for `<time datetime>`: the date, or a range's first end (`endDatetime` holds the other).
    var datetime: String {
        switch keyDate.when {
        case .point(let p), .range(let p, _): return DateFormatting.machine(p)
        case .weekCommencing(let p): return p.day.description
        case .months(let from, _): return String(from.description.prefix(7))
        case .academicYear(_, let from, _): return from.description
        case .relative(_, .point(let p)?): return DateFormatting.machine(p)
        case .vague, .ongoing, .usually, .relative: return ""
        }
    }

    /// A range's second end, and each end in words, or nil when the date is not a range.
    var rangeEnds: (datetime: String, startDisplay: String, endDisplay: String)? {
        switch keyDate.when {
        case .range(let a, let b):
            let (start, end) = DateFormatting.rangeWords(a, b)
            return (DateFormatting.machine(b), start, end)
        case .months(let from, let through) where from.year != through.year || from.month != through.month || !through.isLastOfItsMonth:
            // Months that end on a stated day ("February to 24 August 2023") end on that day.
            let end = through.isLastOfItsMonth ? String(through.description.prefix(7)) : through.description
            return (end, from.writtenMonth, DateFormatting.monthsEnd(through))
        default:
            return nil
        }
    }

    var display: String { DateFormatting.display(keyDate.when) }
}
