import ArgumentParser
import Foundation
import SchemePortal

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The folder of your own templates and assets,\nwhich replace the built-in ones.", valueName: "dir"))
    var layouts = "Layouts"

    @Option(name: .long, help: ArgumentHelp("The folder the site is written to.", valueName: "dir"))
    var output = "Output"

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address the site will be published at;\nused only for sitemap.xml and canonical links\n(overrides base_url in portal.yaml).", valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("The day the build treats as today, as YYYY-MM-DD\n(default: SOURCE_DATE_EPOCH if set, else today).", valueName: "date"))
    var today: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print only problems, not the summary.")
    var quiet = false

    @Flag(name: .long, help: "Print the time and counts of each step\n(load, validate, render, check, write)\nto standard error.")
    var timings = false

    @Option(name: .long, help: ArgumentHelp("After the run, list what one page was made from,\none input a line; give its address,\nsuch as ‘schemes/pilot/’.", valueName: "path"))
    var inputs: String?

    @Option(name: .customLong("format"), help: ArgumentHelp("How to print the messages: text, or json\n(one JSON array on standard output, for\neditors and CI; see docs/messages.md).", valueName: "text|json"))
    var formatName = "text"

    enum MessageFormat: String, CaseIterable {
        case text, json
    }

    /// `--format`, checked in `validate()`.
    var format: MessageFormat { MessageFormat(rawValue: formatName) ?? .text }

    func validate() throws {
        if let baseURL, !PortalSettings.isValidBaseURL(baseURL) {
            throw ValidationError("--base-url must be an absolute address such as https://mentoring.example.org/")
        }
        try Self.validate(today: today)
        guard MessageFormat(rawValue: formatName) != nil else {
            throw ValidationError("--format must be text or json")
        }
        if format == .json, inputs != nil {
            throw ValidationError("--inputs prints text, and --format json keeps standard output for JSON; use one at a time")
        }
    }

    /// `--today`, or else SOURCE_DATE_EPOCH, must name a day (shared with `serve`).
    static func validate(today: String?) throws {
        if today == nil, ReferenceDate.fromEnvironment(ProcessInfo.processInfo.environment) == nil {
            throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, such as 1700000000")
        }
        if let today, ReferenceDate.parse(today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, such as 2023-01-15")
        }
    }

    func configuration() -> Build.Configuration {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : cwd.appendingPathComponent(path)
        }
        let day = today.flatMap(ReferenceDate.parse) ?? ReferenceDate.fromEnvironment(ProcessInfo.processInfo.environment)
            ?? ReferenceDate.fromEnvironment([:])!
        return Build.Configuration(contentDirectory: url(content), layoutsDirectory: url(layouts), outputDirectory: url(output),
                                  contentDisplay: trimmed(content), layoutsDisplay: trimmed(layouts), outputDisplay: trimmed(output),
                                  currentDirectory: cwd, homeDirectory: FileManager.default.homeDirectoryForCurrentUser,
                                  options: RenderOptions(today: day, baseURL: baseURL))
    }

    private func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}

enum Report {
    /// How messages are printed on standard error: in colour on a terminal, unless the environment says not to.
    static var printer: DiagnosticPrinter {
        DiagnosticPrinter(colours: DiagnosticPrinter.coloursWanted(environment: ProcessInfo.processInfo.environment,
                                                                   isTerminal: isatty(STDERR_FILENO) == 1))
    }

    /// A command that could not start (`match`, `rollover`): one line, and exit status 2.
    static func refuse(_ reason: String) throws -> Never {
        FileHandle.standardError.write(Data("error: \(reason)\n".utf8))
        throw ExitCode(2)
    }

    /// Content errors that stop a command, printed as `check` prints them, then `closing`; exit status 1.
    static func stop(_ errors: [Diagnostic], closing: String) throws -> Never {
        for diagnostic in errors { FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8)) }
        FileHandle.standardError.write(Data((closing + "\n").utf8))
        throw ExitCode(1)
    }

    /// Ends the process once everything is said, with `outcome` still held: a large portal is tens of thousands
    /// of values, and freeing them one by one took a fiftieth of `portal check` at 10,000 people, for nothing.
    static func endWithoutTakingApart(_ outcome: Build.Outcome) -> Never {
        withExtendedLifetime(outcome) { exit(EXIT_SUCCESS) }
    }

    /// Prints every diagnostic to standard error and picks the exit status: 1 for content errors.
    static func finish(_ outcome: Build.Outcome, options: SiteOptions, verb: String, started: Date) throws {
        if let refusal = outcome.refusal {
            FileHandle.standardError.write(Data("error: \(refusal)\n".utf8))
            if !options.quiet {
                let line = "build refused: nothing was read or written"
                if options.format == .json { FileHandle.standardError.write(Data((line + "\n").utf8)) } else { print(line) }
            }
            throw ExitCode(2)
        }
        let json = options.format == .json
        if json, outcome.readFailure == nil {
            // Standard output holds the JSON and nothing else; the summary goes to standard error. When the
            // content could not be read at all there are no messages to give, and an empty array would say
            // there were no problems.
            FileHandle.standardOutput.write(Data(DiagnosticJSON.array(outcome.diagnostics).utf8))
        } else {
            for diagnostic in outcome.diagnostics {
                FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8))
            }
            if !options.quiet, let explain = DiagnosticPrinter.explainLine(for: outcome.diagnostics) {
                FileHandle.standardError.write(Data((explain + "\n").utf8))
            }
        }
        if options.timings {
            FileHandle.standardError.write(Data(outcome.steps.map { $0.line + "\n" }.joined().utf8))
        }
        let errors = outcome.diagnostics.errorCount
        let warnings = outcome.diagnostics.warningCount
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        if let failure = outcome.readFailure {
            FileHandle.standardError.write(Data("error: \(failure); nothing was \(verb == "build" ? "built" : "checked")\n".utf8))
            throw ExitCode(2)
        }
        if let failure = outcome.writeFailure {
            FileHandle.standardError.write(Data("error: the site could not be written: \(failure)\n".utf8))
            throw ExitCode(2)
        }
        if !options.quiet || errors > 0 {
            let problems = "\(Counted.words(errors, "error")), \(Counted.words(warnings, "warning"))"
            let line: String
            if errors > 0 || (options.strict && warnings > 0) {
                // The output folder is untouched by a failed build: it is as it was, or was never there.
                let existed = FileManager.default.fileExists(atPath: options.configuration().outputDirectory.path)
                let untouched = existed ? "; \(options.output)/ was left as it was" : "; nothing was written"
                line = "\(verb) failed: \(problems)\(outcome.wrote ? "" : verb == "build" ? untouched : "") (\(seconds)s)"
            } else if verb == "build" {
                line = "built \(outcome.pageCount) pages (\(outcome.files.count) files) into \(options.output)/ in \(seconds)s; \(problems)"
            } else {
                line = "checked \(outcome.pageCount) pages in \(seconds)s; \(problems)"
            }
            if json {
                FileHandle.standardError.write(Data((line + "\n").utf8))
            } else {
                print(line)
            }
        }
        if let address = options.inputs { try printInputs(of: address, in: outcome) }
        if errors > 0 || (options.strict && warnings > 0) { throw ExitCode(1) }
    }

    /// `--inputs PATH`: one input per line on standard output; an address with no output file is a usage error.
    static func printInputs(of address: String, in outcome: Build.Outcome) throws {
        guard !outcome.inputs.isEmpty else {
            FileHandle.standardError.write(Data("note: nothing was rendered, so no inputs can be listed for ‘\(address)’\n".utf8))
            return
        }
        switch outcome.inputs(of: address) {
        case .found(_, let inputs):
            for input in inputs.sorted { print(input) }
        case .unknown(let hint):
            let advice = hint.map { "; \($0)" } ?? "; give an address such as ‘schemes/<name>/’ or ‘calendar.ics’"
            FileHandle.standardError.write(Data("error: --inputs: the site has no page or file at ‘\(address)’\(advice)\n".utf8))
            throw ExitCode(2)
        }
    }
}
