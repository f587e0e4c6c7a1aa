import ArgumentParser
import Foundation
import SchemePortal

struct RolloverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollover",
        abstract: "Start a scheme's next cohort beside it.",
        usage: "portal rollover <scheme> --cohort <cohort> [<options>]",
        discussion: """
            Copies Content/schemes/SCHEME/ to a new scheme folder: the old name with
            its cohort replaced or added (open-peer-mentoring-2022-23 becomes
            open-peer-mentoring-2024-25), or --to NAME. In the copy, the cohort is
            the new one and each date that writes its year is moved a year on (a
            date with its weekday to the same weekday, nearest the same day), with
            a ‘confirm:’ line that ‘portal check’ warns about until staff have
            checked the date and deleted the line. People are not copied: they
            apply, and consent, again. Then it prints what to review.

            Nothing is ever written over, and nothing but the new folder is
            written; the old scheme is left as it was.

            Exit status: 0 when the new folder is written; 1 when the scheme has
            errors to fix first; 2 for a wrong option, an unknown scheme, or a
            folder that already exists (nothing is written).

            Examples:
              portal rollover open-peer-mentoring --cohort 2024-25
              portal rollover cles-one-step-beyond --cohort 2025 --to cles-2025
            """
    )

    @Argument(help: ArgumentHelp("The scheme's folder name under Content/schemes/.", valueName: "scheme"))
    var scheme: String

    @Option(name: .long, help: ArgumentHelp("The new cohort, as the scheme writes cohorts,\nsuch as 2024-25 or 2025.", valueName: "cohort"))
    var cohort: String

    @Option(name: .long, help: ArgumentHelp("The new scheme's folder name (default: the old\nname with the new cohort).", valueName: "name"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The day to treat as today, as YYYY-MM-DD.", valueName: "date"))
    var today: String?

    func validate() throws {
        try SiteOptions.validate(today: today)
        guard cohort.contains(where: \.isNumber) else {
            throw ValidationError("--cohort ‘\(cohort)’ names no year; give the new cohort such as --cohort 2024-25 or --cohort 2025")
        }
    }

    func run() throws {
        let site = try SiteOptions.parse(["--content", content] + (today.map { ["--today", $0] } ?? []))
        switch RolloverRun.run(configuration: site.configuration(), scheme: scheme, cohort: cohort, to: to) {
        case .refused(let reason):
            try Report.refuse(reason)
        case .contentErrors(let errors):
            try Report.stop(errors, closing: "rollover failed: \(Counted.words(errors.count, "error")) in \(scheme) to fix first; nothing was written")
        case .rolledOver(let report):
            print(report.lines.joined(separator: "\n"))
        }
    }
}
