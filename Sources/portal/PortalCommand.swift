import ArgumentParser
import Foundation
import SchemePortal

struct PortalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portal",
        abstract: "Build an accessible portal for mentoring schemes from Markdown and YAML.",
        discussion: """
            Run the commands in the portal's folder (the one holding Content/ and Layouts/).

              portal check        find every problem in Content/ and Layouts/; write nothing
              portal build        build the site into Output/
              portal report privacy   list what is published about each person
            """,
        version: SchemePortalVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ReportCommand.self, NewCommand.self, AddSchemeCommand.self]
    )
}

/// Runs the command line, with the exit statuses the documentation promises: 0 success, 1 content
/// errors, 2 usage or I/O problems (ArgumentParser's own choice for usage errors is 64).
@main
enum PortalMain {
    static func main() {
        do {
            var command = try PortalCommand.parseAsRoot()
            try command.run()
        } catch {
            if PortalCommand.exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((PortalCommand.fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            PortalCommand.exit(withError: error)
        }
    }
}
