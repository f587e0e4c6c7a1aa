import ArgumentParser
import Foundation
import SchemePortal

struct AddSchemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-scheme",
        abstract: "Add a new scheme to the portal, ready to fill in.",
        usage: "portal add-scheme <name> [--content <dir>] [--today <date>]",
        discussion: """
            Run it in the portal's folder (the one holding Content/). It makes
            Content/schemes/<name>/ with the scheme's page, a handbook page and a toolkit
            page, and key dates placed a few weeks from today. The folder's name is made
            from NAME: ‘Reverse mentoring’ becomes reverse-mentoring. Nothing is replaced.

            Example:
              portal add-scheme "Reverse mentoring"
            """
    )

    @Argument(help: ArgumentHelp("The scheme's name, in quotes if it has spaces.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("The content folder. (default: Content)", valueName: "dir"))
    var content: String?

    @OptionGroup var day: TodayOption

    func run() throws {
        let shown = Shell.trimmed(content ?? "Content")
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let folder = shown.hasPrefix("/") ? URL(fileURLWithPath: shown) : cwd.appendingPathComponent(shown)
        let added: (slug: String, files: [StarterFile])
        do {
            added = try StarterWriter.addScheme(named: name, content: folder, contentShown: shown, today: day.day)
        } catch let refusal as StarterRefusal {
            FileHandle.standardError.write(Data("error: \(refusal)\n".utf8))
            throw ExitCode(2)
        }
        print("Added the scheme \(added.slug) to \(shown)/schemes/:")
        Shell.printList(added.files.map { ("\(shown)/\($0.path)", $0.about) })
        print("""

            Next: fill in scheme.md (its comments say what each setting means), then
            run portal check to see what is left to do, and portal build.
            """)
    }
}
