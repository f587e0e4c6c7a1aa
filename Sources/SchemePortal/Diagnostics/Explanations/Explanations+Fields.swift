extension Explanation {
    static let fields: [Explanation] = [
        Explanation(.missingKey, "a required key is missing",
            """
            Some keys must always be given, because nothing can be shown without them: a scheme's title, organisers, summary, model and sides; a page's title; a key date's label and date; a person's id, name and consent. The message names the missing key and what lacks it, and points at the line where that thing starts. Add the key with its value.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    kind: deadline
                """),
            reported: "a key date is missing the required key ‘date’",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: 12:00 GMT, 11 March 2027
                    kind: deadline
                """)),
        Explanation(.emptyValue, "a required key has no value",
            """
            This key is there, but nothing follows its colon (or its list has no items), and the portal needs a value for it. Write the value after the colon. If a key date is not settled yet, write what is known, such as ‘Spring 2027’ or ‘TBC 2027’: it is listed under ‘Dates to be confirmed’ and kept out of calendars until it is known.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Launch event
                    date:
                    kind: event
                """),
            reported: "‘date’ has no value",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Launch event
                    date: TBC 2027
                    kind: event
                """)),
        Explanation(.wrongKind, "a value of the wrong kind",
            """
            Each key takes one kind of value: text, a whole number, true or false, a list, or a group of ‘key: value’ lines. This value is of another kind, so the portal cannot use it. Yes-or-no settings take only true or false (not yes, no, on or off, which are too easily written by accident), numbers are digits only, and each item of a list goes on its own line starting with ‘- ’.
            """,
            wrong: Example("Content/schemes/analysis-function-mutual-mentoring/scheme.md", """
                rules:
                  prefer_cross_department: yes
                """),
            reported: "‘prefer_cross_department’ should be true or false, but it is ‘yes’",
            right: Example("Content/schemes/analysis-function-mutual-mentoring/scheme.md", """
                rules:
                  prefer_cross_department: true
                """)),
        Explanation(.numberOutOfRange, "a number too small or too large",
            """
            Numbers such as word limits, counts and grade gaps must fall within a sensible range, which the message gives: a nought or a very large number is nearly always a slip. For a limit you do not want, leave the key out rather than writing 0: without max_preferences, for example, participants may rank as many people as they like. Otherwise write a number within the range.
            """,
            wrong: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                rules:
                  max_preferences: 0
                """),
            reported: "‘max_preferences’ is 0, outside 1…100",
            right: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                rules:
                  max_preferences: 3
                """)),
        Explanation(.unknownKey, "a key the portal does not know",
            """
            The portal knows a fixed set of keys for each thing it reads, and any other key is an error rather than being passed over: a misspelt key would otherwise be silently ignored, and in a person's consent that could publish what should stay private. Check the spelling (keys use British spelling and underscores between words, as in organisers and job_title). The message suggests the nearest key the portal knows, or lists them all.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Launch event
                    date: 14 June 2027
                    kind: event
                    detail: In person, in Oxford
                """),
            reported: "unknown key ‘detail’ in a key date",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Launch event
                    date: 14 June 2027
                    kind: event
                    details: In person, in Oxford
                """)),
        Explanation(.unknownValue, "a value that is not one of the allowed words",
            """
            Some keys take one of a fixed list of words: a key date's kind (opens, deadline, event, period or milestone), a scheme's status (upcoming, open, running or closed) and its model. Anything else cannot be understood, so it is an error; capitals do not matter, but spelling and hyphens do. Use one of the words the message suggests or lists.
            """,
            wrong: Example("Content/schemes/cles-one-step-beyond/scheme.md", """
                model: one to one
                """),
            reported: "‘one to one’ is not a known value for ‘model’",
            right: Example("Content/schemes/cles-one-step-beyond/scheme.md", """
                model: one-to-one
                """)),
        Explanation(.draftKey, "a key meant to hide a draft",
            """
            Some website tools hide a draft with a key such as draft: true, published: false or hidden: true, but this portal has no such key, and rather than publish a page you meant to hide it stops with an error. To keep a page or scheme out of the portal while it is a draft, put an underscore at the start of its file or folder name (handbook/_matching.md, or schemes/_pilot/): the portal skips those. Remove the key, and take the underscore off when the page is ready.
            """,
            wrong: Example("Content/schemes/pilot/handbook/matching.md", """
                ---
                title: How matching works
                draft: true
                ---
                """),
            reported: "unknown key ‘draft’ in the page",
            right: Example("Content/schemes/pilot/handbook/_matching.md", """
                ---
                # saved as handbook/_matching.md until it is ready
                title: How matching works
                ---
                """)),
        Explanation(.fieldTooLong, "a person's field is longer than allowed",
            """
            A person's one-line fields (name, job title, grade, organisation, profession, areas of expertise, e-mail) may be up to 1,000 characters, and a biography or expression of interest up to 20,000 (about 3,000 words). Longer text is nearly always a whole document pasted in, or a spreadsheet export that ran its columns together. Shorten it; if such long text really is wanted, raise field_characters or biography_characters under limits in portal.yaml.
            """,
            wrong: Example("Content/schemes/open-peer-mentoring/people.yaml", """
                people:
                  - id: amara-okafor
                    name: Dr Amara Okafor
                    side: researcher
                    biography: |
                      Curriculum vitae. Education: 2004–2008, BSc Geography, University of Leeds …
                      (the whole CV pasted in, 24,310 characters)
                    consent: [name, biography]
                """),
            reported: "the biography is 24,310 characters long, more than the 20,000 it may have",
            right: Example("Content/schemes/open-peer-mentoring/people.yaml", """
                people:
                  - id: amara-okafor
                    name: Dr Amara Okafor
                    side: researcher
                    biography: |
                      I work on flood risk and climate adaptation, and advise local councils on
                      how to plan for it.
                    consent: [name, biography]
                """)),
        Explanation(.invalidId, "an id that cannot be part of a web address",
            """
            The ids of sides and people become parts of web addresses (a person's profile is at people/amara-okafor/), and other entries name them by it, so they are written only in small letters, digits and hyphens. The same goes for a section heading, which needs at least one letter or digit to give its page an address. Write the id as the message suggests, and use that same spelling wherever it is named (key dates, contacts, rules and people files).
            """,
            wrong: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                sides:
                  - id: Policy Professional
                    name: Policy professional
                """),
            reported: "the side id ‘Policy Professional’ should be lowercase letters, digits and hyphens",
            right: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                sides:
                  - id: policy-professional
                    name: Policy professional
                """)),
        Explanation(.duplicate, "something that must be unique is given twice",
            """
            Some things must be written only once, because the portal tells them apart by it: a scheme's title, a side's id within its scheme, a person's id, a section's heading, a grade on its ladder, a term in a vocabulary. When two share it, one would hide the other, or readers could not tell which is which. Give the second its own name, or merge the two; someone in several schemes is one record with several memberships, not two records.
            """,
            wrong: Example("Content/schemes/cles-one-step-beyond/scheme.md", """
                sides:
                  - id: mentee
                    name: Mentee
                  - id: mentee
                    name: Mentor
                """),
            reported: "a second side with the id ‘mentee’",
            right: Example("Content/schemes/cles-one-step-beyond/scheme.md", """
                sides:
                  - id: mentee
                    name: Mentee
                  - id: mentor
                    name: Mentor
                """)),
        Explanation(.duplicateKey, "the same key given twice in one place",
            """
            A key may appear only once in the same entry: with two, it is not clear which value is meant, so the portal reports the second rather than guess. This often happens when a date changes and a new line is added instead of the old one being corrected. Keep the right one and delete the other; the message gives the line of the first.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: 11 March 2027
                    date: 18 March 2027
                """),
            reported: "the key ‘date’ is given twice in the same place",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: 18 March 2027
                """)),
        Explanation(.lookAlikeLetters, "a look-alike letter from another alphabet",
            """
            Some Cyrillic and Greek letters look exactly like English ones (a Cyrillic О and an English O), and arrive with text pasted from another document or typed with another keyboard setting. The word looks right on screen, but search, screen readers and the page's address treat it as a different word, and the people directory would show a second filter for it. Retype the word the message names on an English keyboard. In a heading it is a warning; in an organisation, grade or area of expertise it is an error, because the directory would split one value into two.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                ## Оverview
                """),
            reported: "the ‘О’ in ‘Оverview’ is a Cyrillic letter that looks like a Latin ‘O’",
            right: Example("Content/schemes/pilot/scheme.md", """
                ## Overview
                """)),
    ]
}
