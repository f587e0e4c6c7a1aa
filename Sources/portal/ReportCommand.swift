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
        abstract: "List, for each person, exactly which fields the built portal publishes.",
        discussion: """
            For a data-protection officer: the report follows the same rules as the build (consent,
            sensitive fields, schemes whose directory is left out), so it matches what the pages show.

            Example:
              portal report privacy > privacy-report.txt
            """
    )

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let folder = content.hasPrefix("/") ? URL(fileURLWithPath: content) : cwd.appendingPathComponent(content)
        let loaded = ContentLoader(contentDirectory: folder, displayRoot: content).load()
        if let failure = loaded.failure {
            FileHandle.standardError.write(Data("error: \(failure.message)\n".utf8))
            throw ExitCode(2)
        }
        var diagnostics = loaded.diagnostics
        if let portal = loaded.portal { diagnostics += Validator().validate(portal) }
        guard let portal = loaded.portal, !diagnostics.hasErrors else {
            let printer = DiagnosticPrinter()
            for diagnostic in Diagnostic.ordered(diagnostics) where diagnostic.severity == .error {
                FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8))
            }
            FileHandle.standardError.write(Data("report failed: fix the errors above first\n".utf8))
            throw ExitCode(1)
        }
        for line in PrivacyReport(portal: portal).lines { print(line) }
    }
}
