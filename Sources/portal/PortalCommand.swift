import ArgumentParser
import Foundation
import SchemePortal

struct PortalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portal",
        abstract: "Build an accessible portal for mentoring schemes.",
        discussion: """
            New here? ‘portal new my-portal’ makes a small portal to start from.
            Run the other commands in the portal's folder (the one holding Content/).

              portal new PATH          start a new portal in a new folder
              portal check             find every problem; write nothing
              portal build             build the site into Output/
              portal serve             show the site in your browser, rebuilt on each save
              portal add-scheme NAME   add a scheme, ready to fill in
              portal match SCHEME      propose partners for those not yet matched
              portal rollover SCHEME --cohort 2024-25   start a scheme's next cohort
              portal report privacy    list what is published about each person

            Shell completions: portal --generate-completion-script bash (or zsh, fish).
            """,
        version: SchemePortalVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, ReportCommand.self, NewCommand.self, AddSchemeCommand.self,
                      ExplainCommand.self, MatchCommand.self, RolloverCommand.self]
    )
}

/// Runs the command line, with the exit statuses the documentation promises: 0 success, 1 content
/// errors, 2 usage or I/O problems (ArgumentParser's own choice for usage errors is 64).
@main
enum PortalMain {
    static func main() async {
        if let message = UnknownCommand.message(for: Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            var command = try PortalCommand.parseAsRoot()
            if var serving = command as? any AsyncParsableCommand {
                try await serving.run()
            } else {
                try command.run()
            }
        } catch {
            if PortalCommand.exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((PortalCommand.fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            PortalCommand.exit(withError: error)
        }
    }
}
