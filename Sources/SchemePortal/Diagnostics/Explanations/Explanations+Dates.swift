extension Explanation {
    static let dates: [Explanation] = [
        Explanation(.dateUnreadable, "a key date the portal cannot read",
            """
            Key dates are written as people write them (‘11 March 2027’, ‘12:00 GMT, 11 March 2027’, ‘w/c 22 March 2027’, ‘Spring 2027’), and the portal must read each one to place it on the timeline and in calendars. A month written as a number, as in 11/03/2027, is read differently in different countries (11 March or 3 November), and a date without a year, a misspelt month or a day the month does not have cannot be placed at all. Write the month as a word and give the year in full, as the message suggests.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: 11/03/2027
                """),
            reported: "“11/03/2027” writes the month as a number, which readers in different countries read differently",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: 11 March 2027
                """)),
        Explanation(.dateWeekday, "the weekday does not fit the date",
            """
            A date written with its weekday is checked against the calendar. When they disagree, readers cannot tell which one is meant, and the calendar file (.ics) would follow the date while the page shows the weekday. Correct whichever is wrong: usually the weekday, or the year when the date was copied from last year's scheme.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: Tuesday 11 March 2027
                """),
            reported: "11 March 2027 is a Thursday, not a Tuesday",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: Thursday 11 March 2027
                """)),
        Explanation(.dateZone, "summer or winter time given for the wrong day",
            """
            UK clocks show GMT in winter and BST, an hour ahead, from the last Sunday in March to the last Sunday in October. A calendar takes the zone at its word, so ‘12:00 BST’ on a winter day becomes 11:00 in readers' calendars while the page says 12:00. Write the zone the clocks will show on that day, or leave the zone out: a time without one is taken as UK time, whichever it is then.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: 12:00 BST, 11 March 2027
                    kind: deadline
                """),
            reported: "BST is not in force on 11 March 2027: UK clocks show GMT then",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: 12:00 GMT, 11 March 2027
                    kind: deadline
                """)),
        Explanation(.dateMidnight, "‘midnight’ on a day, which could be its start or its end",
            """
            ‘Midnight, Monday 11 January’ names two moments a day apart: the one that starts Monday and the one that ends it. A calendar must put the date at one of them, and a clock's 00:00 is the start, but a deadline written this way nearly always means the end of the day, so readers would see it in their calendars a day early. Write the time that is meant: 23:59 for the end of the day, 00:00 for its start. Two times on one day that end at midnight (‘19:00–midnight, Friday 12 March 2027’) are clear as they are: the range runs to the end of that day.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: midnight, Thursday 11 March 2027
                    kind: deadline
                """),
            reported: "‘midnight’ on Thursday 11 March 2027 could be the start of that day or its end, and the calendar must put it at one of them",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: 23:59, Thursday 11 March 2027
                    kind: deadline
                """)),
        Explanation(.dateOrder, "dates out of order, or ending before they start",
            """
            Key dates are checked against each other: a range or run of months that ends before it starts, and applications that open after their deadline, are errors; a key date written after a later one, and an event outside the programme's own period, are warnings. Each is nearly always a slip in a day, month or year, often one copied from last year's scheme. Correct the date that is wrong; an event that really does fall outside the programme can be given kind: milestone.
            """,
            wrong: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                key_dates:
                  - label: Chemistry meetings
                    date: 26 February 2027 – 9 February 2027
                    kind: period
                """),
            reported: "the range ends (9 February 2027) before it starts (26 February 2027)",
            right: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                key_dates:
                  - label: Chemistry meetings
                    date: 26 January 2027 – 9 February 2027
                    kind: period
                """)),
        Explanation(.proseDate, "a date in the text disagrees with the key dates",
            """
            Dates in a scheme's text (its summary, its sections, and each side's eligibility and how to apply) are checked too: a weekday that does not fit its date, BST or GMT on the wrong day, and a deadline that the text gives differently from the key dates. Readers act on the text, while the timeline and calendars use the key dates, so the two must agree. Correct whichever is wrong. Where the text and the key dates can be shown to disagree (the same day in another year, another time, or a wrong weekday or zone) it is an error; a sentence that only names a deadline and gives another day is a warning, as it may be about another one.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                ---
                title: Peer Mentoring Pilot 2027
                summary: |
                  Applications close at 12:00 GMT on 11 March 2026.
                key_dates:
                  - label: Applications close
                    date: 12:00 GMT, 11 March 2027
                    kind: deadline
                """),
            reported: "the text gives 11 March 2026 for ‘Applications close’, but the key dates say 11 March 2027",
            right: Example("Content/schemes/pilot/scheme.md", """
                ---
                title: Peer Mentoring Pilot 2027
                summary: |
                  Applications close at 12:00 GMT on 11 March 2027.
                key_dates:
                  - label: Applications close
                    date: 12:00 GMT, 11 March 2027
                    kind: deadline
                """)),
        Explanation(.dateRelativeLabel, "a date counted from a key date the scheme does not have",
            """
            A key date may be counted from another of the same scheme (“6 months after ‘Relationships end’”, “within 2 months after ‘Application deadline’”), and the portal works out the day it comes to. For that, the words after ‘after’ or ‘before’ must be another key date's label, exactly as its ‘label:’ writes it; words such as ‘the closing date’ or ‘the end of the relationship’ name no key date, so the portal cannot count from them. Write the label in quotes, as the message lists them, or give the date as a day.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Application deadline
                    date: 12:00 GMT, 11 March 2027
                    kind: deadline
                  - label: Applicants hear the outcome
                    date: within 2 months after the closing date
                """),
            reported: "“the closing date” is not the label of a key date of this scheme: the labels are ‘Application deadline’",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Application deadline
                    date: 12:00 GMT, 11 March 2027
                    kind: deadline
                  - label: Applicants hear the outcome
                    date: within 2 months after ‘Application deadline’
                """)),
        Explanation(.dateRelativeCycle, "dates counted from each other",
            """
            A key date counted from another (“2 weeks before ‘Training’”) comes to a day only when, following the counts from date to date, one of them is written as a day. A date counted from itself, or two dates each counted from the other, never come to one, so neither can be shown or put in a calendar. Write one of them as a day, and count the other from it.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Training
                    date: 2 weeks after ‘Matching’
                  - label: Matching
                    date: 2 weeks before ‘Training’
                """),
            reported: "‘Training’ is counted from a date that is counted back from it (‘Training’ → ‘Matching’ → ‘Training’), so none of them comes to a day",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Training
                    date: 2 weeks after ‘Matching’
                  - label: Matching
                    date: 15 March 2027
                """)),
        Explanation(.dateYearlessWeekday, "a weekday that does not fit the year a date is given",
            """
            A date written without a year (“Tuesday 6 June”) takes its year from the intake it belongs to (the year that puts it nearest the intake’s start) or from the scheme’s cohort (`2026-27` puts September to December in 2026 and January to August in 2027). In that year the weekday written may not fit: then either the weekday is wrong, or the date belongs to another year. The message names the year it was given and the nearest years in which that day does fall on that weekday. Correct the weekday, or write the year in full.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                cohort: 2026-27
                key_dates:
                  - label: Training
                    date: Tuesday 6 June 14:00 - 16:00
                """),
            reported: "Tuesday 6 June is a Sunday in 2027 (the year from ‘cohort: 2026-27’); 6 June is a Tuesday in 2023 and 2028",
            right: Example("Content/schemes/pilot/scheme.md", """
                cohort: 2026-27
                key_dates:
                  - label: Training
                    date: Tuesday 8 June 14:00 - 16:00
                """)),
        Explanation(.intakeDatesWithoutIntakes, "intake dates with no intakes",
            """
            `intake_dates` are the dates every intake of a scheme repeats, written without a year; each intake listed under `intakes` gets them in its own years. Without any intake there is no year to put them in, so they cannot be shown or put in a calendar. List the intakes, each with its name and the day it starts, or write the dates under `key_dates` with their years.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                intake_dates:
                  - label: Application deadline
                    date: 4 weeks before ‘Intake starts’
                    kind: deadline
                """),
            reported: "‘intake_dates’ are the dates every intake repeats, but the scheme lists no intakes to place them in",
            right: Example("Content/schemes/pilot/scheme.md", """
                intakes:
                  - name: January 2027
                    starts: 11 January 2027
                intake_dates:
                  - label: Application deadline
                    date: 4 weeks before ‘Intake starts’
                    kind: deadline
                """)),
        Explanation(.dateToConfirm, "a date moved on to the next cohort, not yet confirmed",
            """
            `portal rollover` starts a scheme's next cohort from this one, and moves each date a year on: a date written with its weekday to the same weekday nearest the same day (Tuesday 6 June 2023 becomes Tuesday 4 June 2024), any other to the same day. Next year's dates are seldom exactly that, so it marks each date it moved with a `confirm:` line saying where it came from, and the date is a warning until someone has checked it against the new year's plans. Correct the date if it is wrong, then delete the `confirm:` line. `portal check --strict` fails while any date is still to be confirmed.
            """,
            wrong: Example("Content/schemes/pilot-2023-24/scheme.md", """
                key_dates:
                  - label: Application deadline
                    date: Tuesday 4 June 2024
                    confirm: moved a year on from Tuesday 6 June 2023 by portal rollover
                """),
            reported: "‘Application deadline’ was moved a year on from Tuesday 6 June 2023 by portal rollover; check the new date, then delete the ‘confirm’ line (line 4)",
            right: Example("Content/schemes/pilot-2023-24/scheme.md", """
                key_dates:
                  - label: Application deadline
                    date: Tuesday 4 June 2024
                """)),
    ]
}
