import Yams

/// A scheme that takes people in more than once writes its intakes (`intakes:`, each a name and the day it
/// starts) and the dates every intake repeats, without a year (`intake_dates:`). Each intake's dates are the
/// pattern read again in that intake's years, after a key date for its start that the pattern may count from,
/// and before the dates of that intake alone (`dates:` under the intake), also read in its years.
extension KeyDateLoader {
    struct Intakes {
        var intakes: [Intake] = []
        var pattern: [IntakeDate] = []
        /// Every intake's dates, intake by intake, each marked with its intake.
        var keyDates: [KeyDate] = []
    }

    static func loadIntakes(_ fields: inout YAMLFields, examples: DateExamples) -> Intakes {
        let startGrammar = DateGrammar(examples: examples)
        var diagnostics: [Diagnostic] = []
        var starts: [KeyDate] = []
        // Dates of one intake alone (`dates:` under it), also without a year, read in its years like the pattern.
        var own: [[Entry]] = []
        var ownUnreadable: Set<String> = []
        let intakes: [Intake] = fields.mappingList("intakes", owner: "an intake") { entry -> Intake? in
            let name = entry.text("name", required: true)
            let text = entry.text("starts", required: true, example: examples.written(11, 1))
            let confirm = KeyDateLoader.confirmation(&entry)
            let dates = KeyDateLoader.entries(&entry, "dates", owner: "a date of the intake", examples: examples, unreadable: &ownUnreadable)
            guard let name, let text else { return nil }
            let location = entry.node("starts").map { entry.document.contentLocation(of: $0) } ?? entry.location
            let (when, problem) = read(text, with: startGrammar, at: location, in: entry.document.file,
                                       dayNeeded: "the start of an intake")
            diagnostics += problem.map { [$0] } ?? []
            guard let when else { return nil }
            var start = KeyDate(label: Intake.startLabel, text: text, when: when, kind: .milestone,
                                location: location, sourceLine: entry.document.file.line(location.line))
            start.intake = name
            start.toConfirm = confirm
            starts.append(start)
            own.append(dates)
            return Intake(name: name, starts: when.earliestDay, startsText: text, location: location)
        }
        var unreadable: Set<String> = []
        let patternLocation = fields.keyLocation("intake_dates")
        let entries = KeyDateLoader.entries(&fields, "intake_dates", owner: "an intake date", examples: examples, unreadable: &unreadable)
        var result = Intakes(intakes: intakes)
        result.pattern = entries.map { IntakeDate(label: $0.label, text: $0.text, kind: $0.kind, side: $0.side) }
        if !entries.isEmpty, intakes.isEmpty, !fields.keys.contains("intakes") {
            diagnostics.append(Diagnostic(.intakeDatesWithoutIntakes, .error, at: patternLocation,
                "‘intake_dates’ are the dates every intake repeats, but the scheme lists no intakes to place them in",
                hint: "add ‘intakes:’, each with its ‘name:’ and the day it ‘starts:’; or write these dates under ‘key_dates:’ with their years",
                sourceLine: fields.document.file.line(patternLocation.line), span: "intake_dates".count))
        }
        // The same mistake in every intake is one message: the first intake's (a day that only some years
        // lack, such as 29 February, is reported for the first intake it fails in).
        var reported: Set<String> = []
        for (i, (intake, start)) in zip(intakes, starts).enumerated() {
            let grammar = DateGrammar(examples: examples, yearSource: .intake(name: intake.name, starts: intake.starts))
            let parsed = read(entries + own[i], with: grammar, before: [start], unreadable: unreadable.union(ownUnreadable))
            for problem in parsed.diagnostics where reported.insert("\(problem.location)").inserted {
                diagnostics.append(problem)
            }
            result.keyDates += parsed.keyDates.map { keyDate in
                var keyDate = keyDate
                keyDate.intake = intake.name
                return keyDate
            }
        }
        fields.append(diagnostics)
        return result
    }
}
