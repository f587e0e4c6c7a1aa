import ArgumentParser
import Foundation
import SchemePortal

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Propose partners for people not yet matched.",
        usage: "portal match <scheme> [<options>]",
        discussion: """
            The proposal never breaks a hard rule (the two sides, eligible grades,
            capacity, the grade gap, conflicts of interest, named-partner requests,
            pairs already in the data, pairs declined before) and, within them,
            scores each pair by the soft preferences and their weights (rules:
            matching: in scheme.md; see docs/matching.md). Nothing is written into
            the content or the site: paste the --yaml lines into the data yourself.

            Exit status: 0 when a proposal is made, even with people left without a
            partner; 1 when the content has errors to fix first; 2 for a wrong
            option or a scheme that cannot be matched.

            Examples:
              portal match open-peer-mentoring
              portal match open-peer-mentoring --explain zhou-lanqing
              portal match open-peer-mentoring --report ~/matching/open.html
              portal match open-peer-mentoring --yaml > proposal.yaml
            """
    )

    @Argument(help: ArgumentHelp("The scheme's folder name under Content/schemes/.", valueName: "scheme"))
    var scheme: String

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The folder of your own templates and assets.\n", valueName: "dir"))
    var layouts = "Layouts"

    @Option(name: .long, help: ArgumentHelp("The site folder, which the report is kept out of.\n", valueName: "dir"))
    var output = "Output"

    @Option(name: .long, help: ArgumentHelp("The day to treat as today, as YYYY-MM-DD.", valueName: "date"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp("Explain one person: each candidate partner and\nwhat became of them.", valueName: "id"))
    var explain: String?

    @Option(name: .long, help: ArgumentHelp("Also write the private HTML report to this file\n(outside the site folder; never published).", valueName: "path"))
    var report: String?

    @Flag(name: .long, help: "Print only the lines to paste into the data.")
    var yaml = false

    func validate() throws {
        try SiteOptions.validate(today: today)
        if yaml, explain != nil { throw ValidationError("--yaml and --explain each print one thing; use one at a time") }
    }

    func run() throws {
        let site = try SiteOptions.parse(["--content", content, "--layouts", layouts, "--output", output] + (today.map { ["--today", $0] } ?? []))
        let configuration = site.configuration()
        let reportFile = try report.map { try MatchReportFile(path: $0, configuration: configuration) }
        switch MatchRun.run(configuration: configuration, scheme: scheme) {
        case .refused(let reason):
            try Report.refuse(reason)
        case .contentErrors(let errors):
            try Report.stop(errors, closing: "match failed: \(Counted.words(errors.count, "error")) to fix first; no proposal was made")
        case .proposed(let proposal, let diagnostics):
            let warnings = diagnostics.warningCount, errors = diagnostics.errorCount
            if warnings + errors > 0 {
                var parts = [Counted.words(errors, "error"), Counted.words(warnings, "warning")]
                if proposal.ineligibleCount > 0 {
                    parts[0] += " (\(Counted.words(proposal.ineligibleCount, "person", "people")) outside their side's eligible grades, left out; any other in another scheme's files)"
                }
                FileHandle.standardError.write(Data("note: the content has \(parts.joined(separator: " and ")); ‘portal check’ lists them\n".utf8))
            }
            if yaml {
                FileHandle.standardOutput.write(Data(proposal.snippet.utf8))
            } else if let id = explain {
                guard let lines = proposal.explain(id) else {
                    FileHandle.standardError.write(Data("error: --explain: nobody with the id ‘\(id)’ is in \(scheme)\n".utf8))
                    throw ExitCode(2)
                }
                print(lines.joined(separator: "\n"))
            } else {
                print(proposal.lines.joined(separator: "\n"))
            }
            if let reportFile {
                try reportFile.write(proposal.page)
                FileHandle.standardError.write(Data("wrote the private report to \(reportFile.shown)\n".utf8))
            }
        }
    }
}
