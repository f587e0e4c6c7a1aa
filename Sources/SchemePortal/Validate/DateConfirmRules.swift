/// A date marked `confirm:` (as `portal rollover` marks each date it moves on) is a warning at the date
/// until someone has checked it and deleted the line, so `portal check --strict` holds the new cohort back
/// until every moved date has been looked at.
struct DateConfirmRules {
    func check(_ scheme: Scheme) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // A date of `intake_dates` is read once for each intake; its `confirm` is one line, and one message.
        var reported: Set<SourceLocation> = []
        for keyDate in scheme.keyDates {
            guard let confirm = keyDate.toConfirm, reported.insert(confirm.location).inserted else { continue }
            let label = keyDate.intake.map { "‘\(keyDate.label)’ of the \($0) intake" } ?? "‘\(keyDate.label)’"
            let said = confirm.text.trimmingSpaces()
            let message = said.lowercased().hasPrefix("moved ") ? "\(label) was \(said)"
                : said.isEmpty ? "\(label) is marked to be confirmed"
                : "\(label) is marked to be confirmed (“\(said)”)"
            diagnostics.append(Diagnostic(.dateToConfirm, .warning, at: keyDate.location, message,
                                          hint: "check the new date, then delete the ‘confirm’ line (line \(confirm.location.line))",
                                          sourceLine: keyDate.sourceLine, span: max(1, keyDate.text.unicodeScalars.count)))
        }
        return diagnostics
    }
}
