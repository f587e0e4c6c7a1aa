import ArgumentParser
import Foundation
import PortalServer
import SchemePortal

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Show the portal in your browser, rebuilt on each save.",
        usage: "portal serve [<options>]",
        discussion: """
            The site is kept in memory: Output/ is not touched. Open the address it
            prints; each page reloads by itself after every save. While the content
            has errors, every page shows them in a box at its top, over the last
            version that built without errors. Press Ctrl-C to stop.

            Example:
              portal serve --port 8080
            """
    )

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The folder of your own templates and assets,\nwhich replace the built-in ones.", valueName: "dir"))
    var layouts = "Layouts"

    @Option(name: .long, help: ArgumentHelp("The day the build treats as today, as YYYY-MM-DD\n(default: SOURCE_DATE_EPOCH if set, else today,\nmoving on to the next day at midnight UTC).", valueName: "date"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp("The port to serve on; if another program uses it,\nserve stops with an error (default: the first\nfree port from 4000).", valueName: "number"))
    var port: Int?

    @Option(name: .long, help: ArgumentHelp("The address to listen on: 127.0.0.1 (the default)\nis seen only from this computer; 0.0.0.0 shows\nthe portal to the whole network.", valueName: "address"))
    var host = "127.0.0.1"

    @Flag(name: .long, help: ArgumentHelp("Notice saves by checking the folders every 0.3 s:\nfor folders on a network drive or shared with a\ncontainer, where saves are not announced."))
    var poll = false

    @Flag(name: .long, help: "Print what each step of each build took.")
    var timings = false

    func validate() throws {
        if let port, !(0...65535).contains(port) {
            throw ValidationError("--port must be a number from 0 to 65535, such as 4000 (0 lets the system choose a free port)")
        }
        try SiteOptions.validate(today: today)
    }

    func run() async throws {
        // The same folders and day as `build` would use, worked out by the same code.
        guard let options = try? SiteOptions.parse(["--content", content, "--layouts", layouts] + (today.map { ["--today", $0] } ?? [])) else {
            throw ExitCode(2)
        }
        // Unless a day was given (--today, SOURCE_DATE_EPOCH), the day follows the clock while serving.
        let pinned = today != nil || ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] != nil
        let configuration = options.configuration()
        let fallback = configuration.options.today
        let clock: @Sendable () -> CalendarDay = { ReferenceDate.fromEnvironment([:]) ?? fallback }
        let session = ServeSession(configuration: configuration, today: pinned ? nil : clock)
        let printer = Report.printer
        do {
            var server = DevServer(host: host, port: port)
            server.forcePolling = poll
            try await server.run(session) { event in
                switch event {
                case .watching(.inotify):
                    break
                case .watching(.polling(let reason)):
                    say("watching \(content)/ and \(layouts)/ by checking them every 0.3 s: \(reason)")
                case .listening(let address, let bound, let busy):
                    if !busy.isEmpty {
                        let ports = busy.map(String.init).joined(separator: ", ")
                        say("port\(busy.count > 1 ? "s" : "") \(ports) \(busy.count > 1 ? "are" : "is") in use; using \(bound) instead")
                    }
                    say("serving the portal at \(address) (press Ctrl-C to stop)")
                    if host != "127.0.0.1", host != "localhost", host != "::1" {
                        say("note: --host \(host) lets other computers on the network open the portal, people's pages included")
                    }
                case .built(let report):
                    for diagnostic in report.diagnostics {
                        FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8))
                    }
                    if timings { FileHandle.standardError.write(Data(report.steps.map { $0.line + "\n" }.joined().utf8)) }
                    say(ServeLines.built(report))
                case .unchanged(let paths):
                    say(ServeLines.unchanged(paths))
                }
            }
        } catch let failure as ServeFailure {
            FileHandle.standardError.write(Data("error: \(failure)\n".utf8))
            throw ExitCode(2)
        } catch {
            // Such as a port below 1024 without the right to use it, or an address this computer does not have.
            FileHandle.standardError.write(Data("error: the server could not start on \(host): \(error); try another --port or --host\n".utf8))
            throw ExitCode(2)
        }
        say("stopped")
    }
}

/// Lines go out as they happen, even into a pipe (which `print` would hold back in a buffer).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// The terminal's line for each build.
enum ServeLines {
    /// Files saved as they were (or touched): the site served is already theirs.
    static func unchanged(_ paths: [String]) -> String {
        let what = paths.count == 1 ? paths[0] : "\(paths.first ?? "") and \(Counted.words(paths.count - 1, "other"))"
        return "\(what) saved unchanged: nothing to rebuild"
    }

    static func built(_ report: RebuildReport) -> String {
        let errors = report.diagnostics.errorCount
        let problems = "\(Counted.words(errors, "error")), \(Counted.words(report.diagnostics.warningCount, "warning"))"
        let seconds = String(format: "%.2f", report.seconds)
        let what: String
        switch report.changed.count {
        case 0: what = "built"
        case 1: what = "rebuilt after a change to \(report.changed[0])"
        default: what = "rebuilt after changes to \(report.changed[0]) and \(Counted.words(report.changed.count - 1, "other"))"
        }
        guard errors > 0 else { return "\(what) in \(seconds)s: \(report.pageCount) pages; \(problems)" }
        let shown = report.hasSite ? "the browser shows them over the last good version" : "the browser shows them until the first good build"
        return "\(what) in \(seconds)s: \(problems); \(shown)"
    }
}
