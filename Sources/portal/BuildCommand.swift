import ArgumentParser
import Foundation
import SchemePortal

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site in Output/ from Content/ and Layouts/.",
        usage: "portal build [<options>]",
        discussion: """
            Every problem is reported as path:line:column: error|warning: message; hint.
            If there is any error, Output/ is left exactly as it was.

            Example:
              portal build --base-url https://mentoring.example.org/
            """
    )

    @OptionGroup var options: SiteOptions

    func run() throws {
        let started = Date()
        let progress = ProgressLine(verb: "building", quiet: options.quiet)
        let outcome = Build(configuration: options.configuration())
            .run(strict: options.strict, progress: progress?.report)
        progress?.finish()
        try Report.finish(outcome, options: options, verb: "build", started: started)
        Report.endWithoutTakingApart(outcome)
    }
}
