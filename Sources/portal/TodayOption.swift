import ArgumentParser
import Foundation
import SchemePortal

/// `--today` for the commands that place key dates from the day they run (`new`, `add-scheme`), read as
/// `build` reads it, so a portal made with `--today` or `SOURCE_DATE_EPOCH` is the same on every machine.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The day to place the key dates from, as YYYY-MM-DD\n(default: SOURCE_DATE_EPOCH if set, else today).",
                                            valueName: "date"))
    var today: String?

    func validate() throws {
        if today == nil, ReferenceDate.fromEnvironment(ProcessInfo.processInfo.environment) == nil {
            throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, such as 1700000000")
        }
        if let today, ReferenceDate.parse(today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, such as 2023-01-15")
        }
    }

    var day: CalendarDay {
        today.flatMap(ReferenceDate.parse) ?? ReferenceDate.fromEnvironment(ProcessInfo.processInfo.environment)
            ?? ReferenceDate.fromEnvironment([:])!
    }
}
