import Foundation

/// What `portal rollover` wrote, and the checklist of what staff must review before the new cohort is
/// published, as the lines the command line prints.
public struct RolloverReport: Sendable {
    public var plan: RolloverPlan
    /// The new folder and the old one, as the user names them (`Content/schemes/pilot-2024-25`).
    public var folder: String
    public var oldFolder: String
    public var content: String

    public var lines: [String] {
        var lines = written
        var number = 0
        func item(_ first: String, _ rest: [String]) {
            number += 1
            lines += ["", "\(number). \(first)"] + rest.map { "   " + $0 }
        }
        lines += ["", "Before the \(plan.cohort) cohort is published, check:"]
        let moved = plan.dates.filter { $0.outcome == .moved }
        let left = plan.dates.filter { $0.outcome == .leftAlone }
        let notMoved = plan.dates.filter { $0.outcome == .notMoved }
        let years = plan.shift.years == 1 ? "a year" : "\(plan.shift.years) years"
        if plan.dates.isEmpty {
            item("The dates: the scheme has no key dates.", [])
        } else if moved.isEmpty {
            item("The dates: none was moved.", [])
        } else {
            let why = plan.gapKnown ? [] : ["\(plan.oldSlug) \(plan.oldCohort.map { "names no year in its cohort, ‘\($0)’" } ?? "gives no cohort"), so how far apart the cohorts are cannot be known: each date moved one year on. If the new cohort is further ahead, change each date by hand."]
            item("Each date moved \(years) on (a date written with its weekday is on the same weekday, nearest the same day):",
                 why + moved.map { "\(place($0.line)): \(named($0)): \($0.old) → \($0.new ?? $0.old)" }
                 + ["Each has a ‘confirm:’ line under it, and ‘portal check’ warns about the date until you have checked it and deleted that line."])
        }
        if !notMoved.isEmpty {
            lines += ["   Not moved, because it could not be changed where it is written: change these by hand:"]
                + notMoved.map { "   \(place($0.line)): \(named($0)): \($0.old)" }
        }
        if !left.isEmpty {
            lines += ["   Left as written, since each follows another date, the cohort or its intake:"]
                + left.map { "   \(place($0.line)): \(named($0)): \($0.old)" }
        }
        let proseMoved = plan.movedProse.filter { $0.new != nil }
        let proseLeft = plan.movedProse.filter { $0.new == nil }.map { "\(place($0.line)):\($0.column): \($0.old)" }
        if !proseMoved.isEmpty {
            item("Dates in the scheme’s text that repeat a key date, moved on with it: check each still reads right:",
                 proseMoved.map { "\(place($0.line)):\($0.column): \($0.old) → \($0.new ?? $0.old)" }
                 + (proseLeft.isEmpty ? [] : ["Other dates in the scheme’s text, left as written: check each:"] + proseLeft))
        } else if !proseLeft.isEmpty {
            item("Dates in the scheme’s text, left as written: check each:", proseLeft)
        }
        if !plan.copied.isEmpty {
            item(plan.proseDates.isEmpty ? "Dates in the copied pages: none found."
                    : "Dates in the copied pages, left as they were, which may need changing:",
                 plan.proseDates.map { "\(folder)/\($0.path):\($0.line):\($0.column): \($0.written)" })
        }
        let them = plan.people == 0 ? "" : " \(plan.people == 1 ? "The 1 person" : "The \(plan.people) people") of \(plan.oldSlug) \(plan.people == 1 ? "stays" : "stay") in the old scheme, with their preferences, partners and consent."
        item("People: the new scheme has no one in it (\(folder)/people.yaml). Everyone applies again, and gives their consent again.\(them)",
             !plan.peopleFilesNameOldScheme ? [] : ["Files in \(content)/people/ still name \(plan.oldSlug) only: add \(plan.newSlug) to someone’s ‘schemes:’ once they have applied and consented again."])
        if plan.contacts.isEmpty && plan.links.isEmpty {
            item("Contacts and links: the scheme lists none.", [])
        } else {
            item("Contacts and links, copied as they were: check each still reaches the right place and person:",
                 plan.contacts.map { "Contact: \($0)" } + plan.links.map { "Link: \($0)" })
        }
        var scheme: [String] = []
        if let title = plan.newTitle {
            scheme.append("The title is now “\(title)” (two schemes may not share a title): check it reads right.")
        } else {
            scheme.append("The title, “\(plan.title)”, is the old scheme’s: give the new scheme a title of its own, as two schemes may not share one.")
        }
        for intake in plan.intakeNames {
            scheme.append("The intake ‘\(intake.name)’ (line \(intake.line)) is named as last time: rename it for the new cohort.")
        }
        if let status = plan.statedStatus {
            scheme.append("‘\(status.text)’ (line \(status.line)) is the last cohort’s: change it, or delete it to let the key dates decide.")
        }
        if !scheme.isEmpty { item("The scheme itself (\(folder)/scheme.md):", scheme) }
        item("Then run:", [content == "Content" ? "portal check" : "portal check --content \(Self.shellWord(content))"])
        return lines
    }

    /// What was written, and that the old scheme is as it was.
    var written: [String] {
        let cohort = plan.oldCohort.map { " (the \($0) cohort)" } ?? ""
        var lines = ["Started \(folder), the \(plan.cohort) cohort of \(plan.oldSlug)\(cohort):",
                     "  scheme.md     the scheme: cohort \(plan.cohort), " + (plan.moved == 0 ? "no date moved"
                        : "\(plan.moved == 1 ? "1 date" : "\(plan.moved) dates") moved on, each marked ‘confirm:’"),
                     "  people.yaml   no one yet: people apply again"]
        if !plan.copied.isEmpty {
            lines.append("  copied as they were: " + plan.copied.joined(separator: ", "))
        }
        if !plan.leftBehind.isEmpty {
            lines.append("  Left in the old scheme, not copied: " + plan.leftBehind.joined(separator: ", "))
        }
        if !plan.shortcuts.isEmpty {
            lines.append("  Shortcuts (symbolic links), not copied: " + plan.shortcuts.joined(separator: ", ")
                         + "; copy what they lead to by hand if the new scheme needs it")
        }
        lines.append("\(oldFolder) is unchanged.")
        return lines
    }

    /// A path as a shell reads it back: as it is when it can be, else in single quotes.
    static func shellWord(_ path: String) -> String {
        if !path.isEmpty, path.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || "0123456789._/-~".unicodeScalars.contains($0)) }) {
            return path
        }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private func place(_ line: Int) -> String { "\(folder)/scheme.md:\(line)" }

    private func named(_ change: SchemeFileRollover.DateChange) -> String {
        change.intake.map { "‘\(change.label)’ (\($0) intake)" } ?? "‘\(change.label)’"
    }
}
