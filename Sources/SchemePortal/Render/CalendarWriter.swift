/// Writes iCalendar text (RFC 5545): content lines ending in CRLF, folded at 75 octets without ever
/// splitting a UTF-8 sequence (or, where it can, a character), TEXT values escaped. It knows nothing of
/// key dates: `CalendarFiles` decides what goes in; this decides how it is written.
struct ICalendarWriter {
    /// The longest line RFC 5545 allows, in octets, not counting the CRLF.
    static let lineLimit = 75

    private(set) var lines: [String] = []

    init() {}

    mutating func begin(_ component: String) { lines.append("BEGIN:\(component)") }

    mutating func end(_ component: String) { lines.append("END:\(component)") }

    /// A property whose value is already in its iCalendar form (a date, a number, a URI).
    mutating func property(_ name: String, _ parameters: [(String, String)] = [], raw value: String) {
        var line = name
        for (key, parameterValue) in parameters { line += ";\(key)=\(Self.parameter(parameterValue))" }
        lines.append("\(line):\(Self.removingControls(value))")
    }

    /// A property of type TEXT: backslash, semicolon, comma and line breaks escaped.
    mutating func text(_ name: String, _ value: String) {
        property(name, raw: Self.escape(value))
    }

    /// The whole object: every line folded, each ending in CRLF (the last one too).
    var output: String {
        lines.map(Self.fold).map { $0 + "\r\n" }.joined()
    }

    // MARK: Escaping

    /// RFC 5545 §3.3.11: `\` → `\\`, `;` → `\;`, `,` → `\,`, any line break → `\n`. Other control
    /// characters are not allowed in a value and are left out (tabs become spaces).
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\r": out.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if !previousWasCR { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\u{2028}", "\u{2029}": out.append(contentsOf: "\\n".unicodeScalars)
            case "\t": out.append(" ")
            default: if !isControl(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// A parameter value: quoted when it holds `:`, `;` or `,`; double quotes cannot appear and are dropped.
    static func parameter(_ value: String) -> String {
        let clean = removingControls(value).filter { $0 != "\"" }
        return clean.contains(where: { ":;,".contains($0) }) ? "\"\(clean)\"" : clean
    }

    static func removingControls(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControl($0) }))
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }

    // MARK: Folding

    /// RFC 5545 §3.1: a line longer than 75 octets is broken into lines of at most 75 octets, each
    /// continuation starting with one space (which counts towards its 75). Breaks fall between
    /// characters; a single character longer than a line (a long run of combining marks) is broken
    /// between its Unicode scalars, never inside one.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > lineLimit else { return line }
        var result = ""
        var current = ""
        var currentOctets = 0
        var limit = lineLimit
        func breakLine() {
            result += current + "\r\n "
            current = ""
            currentOctets = 0
            limit = lineLimit - 1
        }
        for character in line {
            let octets = character.utf8.count
            if currentOctets + octets <= limit {
                current.append(character)
                currentOctets += octets
                continue
            }
            if octets <= lineLimit - 1 {
                breakLine()
                current.append(character)
                currentOctets = octets
                continue
            }
            for scalar in character.unicodeScalars {
                let size = String(scalar).utf8.count
                if currentOctets + size > limit { breakLine() }
                current.unicodeScalars.append(scalar)
                currentOctets += size
            }
        }
        return result + current
    }

    // MARK: Values

    /// `20230302`.
    static func date(_ day: CalendarDay) -> String {
        day.description.filter { $0 != "-" }
    }

    /// RFC 5545 §3.3.6: `-P6DT15H`, `-PT23H30M`, `PT0S`. Days are nominal (a day before is the same wall
    /// time the day before, whatever the clocks do), hours and minutes exact.
    static func duration(minutes: Int) -> String {
        guard minutes != 0 else { return "PT0S" }
        let size = abs(minutes)
        let days = size / 1440, hours = size % 1440 / 60, rest = size % 60
        var text = minutes < 0 ? "-P" : "P"
        if days > 0 { text += "\(days)D" }
        if hours > 0 || rest > 0 { text += "T" }
        if hours > 0 { text += "\(hours)H" }
        if rest > 0 { text += "\(rest)M" }
        return text
    }

    /// `20221219T120000`, with `Z` for UTC.
    static func dateTime(_ day: CalendarDay, _ time: TimeOfDay, utc: Bool) -> String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date(day))T\(pad(time.hour))\(pad(time.minute))00\(utc ? "Z" : "")"
    }
}

/// Key dates as iCalendar text: the VCALENDAR, the Europe/London VTIMEZONE, one VEVENT per event.
extension KeyDateCalendar {
    func calendar(name: String, events: [CalendarEvent]) -> String {
        var w = ICalendarWriter()
        w.begin("VCALENDAR")
        w.property("VERSION", raw: "2.0")
        w.property("PRODID", raw: Self.productID)
        w.property("CALSCALE", raw: "GREGORIAN")
        w.property("METHOD", raw: "PUBLISH")
        w.text("X-WR-CALNAME", name)
        if events.contains(where: { $0.start.isLondon || $0.end.isLondon }) { Self.writeTimeZone(&w) }
        let stamp = ICalendarWriter.dateTime(today, TimeOfDay(hour: 0, minute: 0), utc: true)
        for event in events {
            w.begin("VEVENT")
            w.property("UID", raw: event.uid)
            w.property("DTSTAMP", raw: stamp)
            Self.write("DTSTART", event.start, to: &w)
            Self.write("DTEND", event.end, to: &w)
            w.text("SUMMARY", event.summary)
            w.text("DESCRIPTION", event.description)
            if let url = event.url { w.property("URL", raw: url) }
            w.text("CATEGORIES", event.category)
            w.property("TRANSP", raw: event.transparent ? "TRANSPARENT" : "OPAQUE")
            if let location = event.location { w.text("LOCATION", location) }
            for alarm in event.alarms {
                w.begin("VALARM")
                w.property("ACTION", raw: "DISPLAY")
                w.property("TRIGGER", raw: ICalendarWriter.duration(minutes: alarm.minutesFromStart))
                w.text("DESCRIPTION", alarm.description)
                w.end("VALARM")
            }
            w.end("VEVENT")
        }
        w.end("VCALENDAR")
        return w.output
    }

    static func write(_ name: String, _ time: CalendarTime, to w: inout ICalendarWriter) {
        switch time {
        case .day(let d): w.property(name, [("VALUE", "DATE")], raw: ICalendarWriter.date(d))
        case .london(let d, let t): w.property(name, [("TZID", "Europe/London")], raw: ICalendarWriter.dateTime(d, t, utc: false))
        case .utc(let d, let t): w.property(name, raw: ICalendarWriter.dateTime(d, t, utc: true))
        }
    }

    /// Europe/London as the UK has kept it since 1996: BST from 01:00 GMT on the last Sunday of March,
    /// GMT from 01:00 GMT (02:00 BST) on the last Sunday of October.
    static func writeTimeZone(_ w: inout ICalendarWriter) {
        w.begin("VTIMEZONE")
        w.property("TZID", raw: "Europe/London")
        writeTransition(&w, "DAYLIGHT", from: "+0000", to: "+0100", name: "BST", month: 3, localHour: 1)
        writeTransition(&w, "STANDARD", from: "+0100", to: "+0000", name: "GMT", month: 10, localHour: 2)
        w.end("VTIMEZONE")
    }

    /// One yearly change of the clocks, on the last Sunday of `month`, at `localHour` by the old offset.
    private static func writeTransition(_ w: inout ICalendarWriter, _ kind: String, from: String, to: String,
                                        name: String, month: Int, localHour: Int) {
        w.begin(kind)
        w.property("TZOFFSETFROM", raw: from)
        w.property("TZOFFSETTO", raw: to)
        w.property("TZNAME", raw: name)
        let first = CalendarMath.lastSunday(ofMonth: month, year: 1996)
        w.property("DTSTART", raw: ICalendarWriter.dateTime(first, TimeOfDay(hour: localHour, minute: 0), utc: false))
        w.property("RRULE", raw: "FREQ=YEARLY;BYMONTH=\(month);BYDAY=-1SU")
        w.end(kind)
    }
}
