import ArgumentParser
import Foundation
import SchemePortal

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new portal in a new folder.",
        usage: "portal new <path> [--today <date>]",
        discussion: """
            Makes a small working portal to start from: one scheme with its key dates,
            a handbook page, a toolkit page and six made-up people, with comments in
            every file saying what each setting means. The key dates are placed a few
            weeks from today. The folder must be new or empty: nothing is replaced.

            Example:
              portal new my-portal
            """
    )

    @Argument(help: ArgumentHelp("The folder to make, such as my-portal.", valueName: "path"))
    var path: String

    @OptionGroup var day: TodayOption

    func validate() throws {
        if path.isEmpty { throw ValidationError("name the folder to make, such as ‘portal new my-portal’") }
    }

    func run() throws {
        let shown = Shell.trimmed(path)
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let folder = path.hasPrefix("/") ? URL(fileURLWithPath: path) : cwd.appendingPathComponent(path)
        let files: [StarterFile]
        do {
            files = try StarterWriter.makePortal(at: folder, shown: shown, today: day.day)
        } catch let refusal as StarterRefusal {
            FileHandle.standardError.write(Data("error: \(refusal)\n".utf8))
            throw ExitCode(2)
        }
        print("Made a new portal in \(shown)/:")
        Shell.printList(files.map { ($0.path, $0.about) })
        print("""

            Next steps:
              cd \(Shell.quoted(shown))
              portal build
            then open Output/index.html in a browser. Each file explains itself in
            comments: change one, run portal build again, and reload the page.
            portal check lists every problem without building.
            """)
    }
}
