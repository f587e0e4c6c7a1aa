import ArgumentParser
import Foundation
import SchemePortal

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print reports about the portal's content.",
        subcommands: [PrivacyReportCommand.self]
    )
}

struct PrivacyReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: "List what the portal publishes about each person.",
        discussion: """
            For a data-protection officer: the report follows the same rules as the
            build (consent, sensitive fields, schemes whose directory is left out),
            so it matches what the pages show.

            Example:
              portal report privacy > privacy-report.txt
            """
    )

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let folder = content.hasPrefix("/") ? URL(fileURLWithPath: content) : cwd.appendingPathComponent(content)
        // The same pipeline as a build, stopped after validation: the report describes what a build would publish.
        let configuration = Build.Configuration(contentDirectory: folder, layoutsDirectory: cwd.appendingPathComponent("Layouts"),
                                                outputDirectory: cwd.appendingPathComponent("Output"), contentDisplay: content,
                                                options: RenderOptions(today: ReferenceDate.fromEnvironment([:])!))
        let outcome = Build(configuration: configuration).run(until: .validate)
        if let failure = outcome.readFailure {
            FileHandle.standardError.write(Data("error: \(failure)\n".utf8))
            throw ExitCode(2)
        }
        guard let portal = outcome.portal, !outcome.diagnostics.hasErrors else {
            let printer = DiagnosticPrinter()
            for diagnostic in outcome.diagnostics where diagnostic.severity == .error {
                FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8))
            }
            FileHandle.standardError.write(Data("report failed: fix the errors above first\n".utf8))
            throw ExitCode(1)
        }
        for line in PrivacyReport(portal: portal).lines { print(line) }
    }
}
