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

/// How the starter commands show paths: as typed, quoted for the shell when they must be.
enum Shell {
    static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// A path to paste after `cd`: as it is when the shell would read it unchanged, else in single quotes.
    static func quoted(_ path: String) -> String {
        let plain = !path.isEmpty && path.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./+,:@%".unicodeScalars.contains($0)
        }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// One line a file: its path, then what it is for, lined up.
    static func printList(_ rows: [(path: String, about: String)]) {
        let width = rows.map(\.path.count).max() ?? 0
        for row in rows {
            print("  " + row.path + String(repeating: " ", count: width - row.path.count + 2) + row.about)
        }
    }
}
