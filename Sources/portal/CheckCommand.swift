import ArgumentParser
import Foundation
import SchemePortal

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check Content/ and Layouts/ for every problem.",
        usage: "portal check [<options>]",
        discussion: """
            Nothing is written. Exit status: 0 when there are no errors; 1 when the
            content has errors (or warnings, with --strict); 2 for a wrong option,
            or a content folder that does not exist.

            Example:
              portal check --strict
            """
    )

    @OptionGroup var options: SiteOptions

    func run() throws {
        let started = Date()
        let progress = ProgressLine(verb: "checking", quiet: options.quiet)
        let outcome = Build(configuration: options.configuration())
            .run(strict: options.strict, until: .check,
                 // What a page was made from is known only of a page drawn in full.
                 drawing: options.inputs == nil ? .forChecking : .everyPage, progress: progress?.report)
        progress?.finish()
        try Report.finish(outcome, options: options, verb: "check", started: started)
        Report.endWithoutTakingApart(outcome)
    }
}
