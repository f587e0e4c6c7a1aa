import ArgumentParser
import SchemePortal

@main
struct PortalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portal",
        abstract: "Build an accessible portal for mentoring schemes from Markdown and YAML.",
        discussion: """
            Run the commands in the portal's folder (the one holding Content/ and Layouts/).

              portal check        find every problem in Content/ and Layouts/; write nothing
              portal build        build the site into Output/
            """,
        version: SchemePortalVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self]
    )
}
