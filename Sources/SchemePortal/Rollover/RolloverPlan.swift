import Foundation

/// Everything the next cohort's scheme folder will hold, and what staff must review, worked out before
/// anything is written: the edited `scheme.md`, an empty `people.yaml`, and the scheme's other files copied
/// as they are. People never pass from one cohort to the next: they apply, and consent, again.
public struct RolloverPlan: Sendable {
    /// A file of the new folder, by its path inside it.
    public struct File: Sendable {
        public var path: String
        public var bytes: Data
    }

    /// A date written in running text, which may need changing by hand.
    public struct ProseDate: Sendable, Equatable {
        public var path: String
        public var line: Int
        public var column: Int
        public var written: String
    }

    public var oldSlug: String
    public var newSlug: String
    public var oldCohort: String?
    public var cohort: String
    public var shift: DateShift
    public var files: [File]
    /// The copied files other than `scheme.md` and `people.yaml`, by path inside the folder.
    public var copied: [String]
    /// Files of the old folder the loader does not read (drafts, spreadsheets), by path inside it: not copied.
    public var leftBehind: [String] = []
    /// Shortcuts (symbolic links) in the old folder, which are not followed: not copied.
    public var shortcuts: [String] = []
    var dates: [SchemeFileRollover.DateChange]
    /// Dates in the copied pages, left as they were.
    public var proseDates: [ProseDate]
    /// Dates in the scheme's own text, moved with its key dates.
    var movedProse: [SchemeFileRollover.ProseChange]
    /// The new scheme's title, when it was changed: two schemes may not share one.
    public var newTitle: String?
    /// Whether someone in `Content/people/` is a member of the old scheme.
    public var peopleFilesNameOldScheme = false
    public var people: Int
    public var title: String
    /// A `status:` the scheme states, as written, and its line: last cohort's status is seldom this one's.
    public var statedStatus: (text: String, line: Int)?
    public var contacts: [String]
    /// Intakes, by name and the line of their `name:`, whose names write a year: the old one, most likely.
    public var intakeNames: [(name: String, line: Int)]
    public var links: [String]

    /// `scheme` (from `schemeSource`, the text of its `scheme.md`) rolled over to `cohort` as `newSlug`;
    /// `others` are the folder's other files (path inside the folder, bytes), `people.yaml` among them.
    init(scheme: Scheme, schemeSource: String, others: [(path: String, bytes: Data)], cohort: String, newSlug: String, people: Int) {
        oldSlug = scheme.slug
        self.newSlug = newSlug
        oldCohort = scheme.cohort
        self.cohort = cohort
        shift = Self.shift(from: scheme.cohort, to: cohort)
        let edited = SchemeFileRollover(scheme: scheme, source: schemeSource, cohort: cohort, shift: shift)
        dates = edited.changes
        self.people = people
        title = scheme.title
        let kept = others.filter { $0.path != "people.yaml" && $0.path != "scheme.md" }
        copied = kept.map(\.path)
        files = [File(path: "scheme.md", bytes: Data(edited.text.utf8)),
                 File(path: "people.yaml", bytes: Data(Self.peopleFile(cohort: cohort, oldCohort: scheme.cohort, oldSlug: scheme.slug).utf8))]
            + kept.map { File(path: $0.path, bytes: $0.bytes) }
        movedProse = edited.prose
        newTitle = edited.title
        var prose: [ProseDate] = []
        for file in kept where file.path.hasSuffix(".md") {
            prose += Self.proseDates(in: String(decoding: file.bytes, as: UTF8.self), path: file.path, skipping: [])
        }
        proseDates = prose
        let newLines = SchemeFileRollover.lines(edited.text)
        statedStatus = scheme.status == nil ? nil : newLines.firstIndex { $0.hasPrefix("status:") }.map {
            (newLines[$0].trimmingSpaces(andLineBreaks: true), $0 + 1)
        }
        contacts = scheme.contacts.map { contact in
            "\(contact.role): " + ([contact.email, contact.phone, contact.url?.text].compactMap { $0 }.joined(separator: ", "))
        }
        intakeNames = scheme.intakes.filter { $0.name.contains(where: \.isNumber) }.compactMap { intake in
            newLines.firstIndex { line in
                let trimmed = line.trimmingSpaces(andLineBreaks: true)
                return (trimmed.hasPrefix("- name:") || trimmed.hasPrefix("name:")) && trimmed.contains(intake.name)
            }.map { (intake.name, $0 + 1) }
        }
        links = scheme.links.map { "\($0.title): \($0.url.text)" }
    }

    public var moved: Int { dates.filter { $0.outcome == .moved }.count }

    /// Whether the old cohort names a year, so the gap between the cohorts is known (else dates move one year).
    public var gapKnown: Bool { oldCohort.map { !DateExamples.years(in: $0).isEmpty } ?? false }

    /// How many years the dates move: from the old cohort's first year to the new one's, when both name
    /// one and it is ahead (a scheme that skipped a year moves two), else one.
    static func shift(from old: String?, to new: String) -> DateShift {
        let from = old.map(DateExamples.years(in:))?.first, to = DateExamples.years(in: new).first
        guard let from, let to, (1...10).contains(to - from) else { return DateShift(years: 1) }
        return DateShift(years: to - from)
    }

    /// The folder a rollover writes by default: the old name with its cohort part replaced or added
    /// (`open-peer-mentoring-2022-23` → `open-peer-mentoring-2024-25`, `cles-one-step-beyond` →
    /// `cles-one-step-beyond-2024-25`).
    public static func defaultSlug(for slug: String, cohort: String) -> String {
        let cohortPart = Slug.make(from: cohort)
        var parts = slug.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        func isYear(_ part: String) -> Bool { part.count == 4 && part.allSatisfy(\.isASCII) && Int(part) != nil }
        func isShortYear(_ part: String) -> Bool { (part.count == 2 || part.count == 4) && part.allSatisfy(\.isASCII) && Int(part) != nil }
        if parts.count >= 3, isYear(parts[parts.count - 2]), isShortYear(parts[parts.count - 1]) {
            parts.removeLast(2)
        } else if parts.count >= 2, isYear(parts[parts.count - 1]) {
            parts.removeLast()
        }
        return (parts + [cohortPart]).joined(separator: "-")
    }

    /// A people file with no one in it: comments alone (an empty list is an error, since a list is for people).
    static func peopleFile(cohort: String, oldCohort: String?, oldSlug: String) -> String {
        """
        # People of the \(cohort) cohort. Everyone applies again, and gives their consent again:
        # portal rollover copied nothing of the people of \(oldCohort.map { "the \($0) cohort" } ?? oldSlug)
        # (their details, preferences, partners, conflicts, expressions of interest or consent).
        # Add each person as they apply, under a first line "people:"; see "People: participant
        # data" in docs/content-format.md.

        """
    }

    static func proseDates(in text: String, path: String, skipping lines: Set<Int>) -> [ProseDate] {
        ProseDateFinder.find(in: text).compactMap { found in
            lines.contains(found.line + 1) ? nil
                : ProseDate(path: path, line: found.line + 1, column: found.column + 1, written: found.written)
        }
    }
}
