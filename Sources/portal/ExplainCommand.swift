import ArgumentParser
import Foundation
import SchemePortal

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Say more about a message, by the code it ends with.",
        usage: "portal explain [<code>]",
        discussion: """
            Every message ends with its code in brackets, such as [date-weekday]. Give
            the code to read what the rule is for, what to do, and an example of the
            mistake and of the lines put right. With no code, every code is listed.

            Example:
              portal explain date-weekday
            """
    )

    @Argument(help: ArgumentHelp("The code a message ends with, such as date-weekday.", valueName: "code"))
    var code: String?

    func run() throws {
        guard let code else {
            print(Explanation.index, terminator: "")
            return
        }
        let wanted = code.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).lowercased()
        guard let rule = DiagnosticCode(rawValue: wanted), let explanation = Explanation.of(rule) else {
            let near = Suggestion.didYouMean(wanted, in: DiagnosticCode.allCases.map(\.rawValue))
            FileHandle.standardError.write(Data("error: ‘\(code)’ is not a code of a message; \(near ?? "portal explain lists them all")\n".utf8))
            throw ExitCode(2)
        }
        print(explanation.printed, terminator: "")
    }
}
