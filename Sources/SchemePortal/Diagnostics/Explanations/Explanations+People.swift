extension Explanation {
    static let people: [Explanation] = [
        Explanation(.personInNoScheme, "a person is in no scheme",
            """
            People appear on the portal only through the schemes they belong to, so someone in no scheme is shown nowhere and none of the schemes' rules check them. Add ‘schemes:’ to their file with the scheme's folder name and their side. If they have left every scheme, delete their file, so their details are not kept for longer than needed.
            """,
            wrong: Example("Content/people/nia-talbot.yaml", """
                id: nia-talbot
                name: Nia Talbot
                consent: [name]
                """),
            reported: "this person is in no scheme",
            right: Example("Content/people/nia-talbot.yaml", """
                id: nia-talbot
                name: Nia Talbot
                schemes:
                  - scheme: pilot
                    side: mentee
                consent: [name]
                """)),
        Explanation(.schemeUnknown, "a person's scheme is not a scheme of this portal",
            """
            A scheme is named by the name of its folder in Content/schemes/ (lower case, with hyphens), not by its title, so that each person is listed in the right scheme and checked against its rules. Write the folder's name exactly; the message suggests the nearest one.
            """,
            wrong: Example("Content/people/nia-talbot.yaml", """
                schemes:
                  - scheme: Pilot mentoring scheme
                    side: mentee
                """),
            reported: "‘Pilot mentoring scheme’ is not a scheme of this portal",
            right: Example("Content/people/nia-talbot.yaml", """
                schemes:
                  - scheme: pilot
                    side: mentee
                """)),
        Explanation(.personUnknown, "a preference, conflict or partner names no one",
            """
            Preferences, conflicts and partners name people by their id, exactly as it is written after ‘id:’ in that person's record. An id that matches no one would leave a person paired with nobody, or let a conflict of interest go unchecked. Copy the id from the other person's record; the message suggests the nearest one.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  preferences: [isobel-quant, rodri-vance]
                """),
            reported: "the preference ‘rodri-vance’ is not a person in the participant data",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  preferences: [isobel-quant, rhodri-vance]
                """)),
        Explanation(.consentField, "an item of consent is not a field that can be published",
            """
            ‘consent’ lists the details a person agreed to publish, and nothing else about them is ever shown, so each item must be the name of one of those details written exactly as its key: name, email, job_title, grade, organisation, profession, expertise_offered, expertise_sought, biography or partners. An item the portal cannot read is an error rather than a guess, so a person never has more, or less, published than they agreed to. Correct the item, with underscores where the key has them.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  name: Nia Talbot
                  job_title: Finance Officer
                  consent: [name, job title]
                """),
            reported: "‘job title’ is not a field that can be published",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  name: Nia Talbot
                  job_title: Finance Officer
                  consent: [name, job_title]
                """)),
        Explanation(.wordLimit, "a biography or expression of interest is too long",
            """
            A scheme can limit the length of biographies and expressions of interest (‘biography_word_limit’ and ‘expression_of_interest_word_limit’ in its scheme.md), so that everyone is treated alike and profiles stay short enough to read. Shorten the text by at least the number of words the message gives; words are counted as a word processor counts them.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  # the biography below runs to 263 words
                  biography: |
                    I joined the Finance Division in 2019 after ten years in retail banking…
                """),
            reported: "the biography has 263 words, more than the 250 that pilot allows",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  # shortened to 240 words
                  biography: |
                    I manage a team of six in the Finance Division, after ten years in banking…
                """)),
        Explanation(.preferencesTooMany, "more preferences than the scheme allows",
            """
            A scheme can limit how many people each participant may rank (‘max_preferences’ in its scheme.md), so that matching treats everyone alike. Keep the first ones, in order of preference, up to the limit.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  preferences: [isobel-quant, rhodri-vance, tomasz-wren, ulla-berg]
                """),
            reported: "4 preferences are given, but pilot allows at most 3",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  preferences: [isobel-quant, rhodri-vance, tomasz-wren]
                """)),
        Explanation(.selfReference, "a person names themselves",
            """
            Nobody can be their own preference, conflict or partner; this is nearly always an id copied into the wrong record. Remove the person's own id, and write the id of the partner you meant instead.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: tomos-hale
                  side: mentor
                  partners: [tomos-hale]
                """),
            reported: "tomos-hale names themselves as a partner",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: tomos-hale
                  side: mentor
                  partners: [esme-varga]
                """)),
        Explanation(.otherScheme, "a preference or partner is not in the same scheme",
            """
            Preferences and partners must be people in the same scheme, so that a scheme's pairings only ever involve its own participants. If the other person really is in this scheme too, add the scheme to their record, as in the example; otherwise name someone who is in it.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: esme-varga
                  side: mentee
                  partners: [bram-oyelaran]
                """),
            reported: "the partner ‘bram-oyelaran’ is not in pilot",
            right: Example("Content/people/bram-oyelaran.yaml", """
                id: bram-oyelaran
                name: Bram Oyelaran
                schemes:
                  - scheme: reverse-mentoring
                    side: senior
                  - scheme: pilot
                    side: mentor
                    partners: [esme-varga]
                consent: [name]
                """)),
        Explanation(.sideUnknown, "a person's side is not a side of the scheme",
            """
            Each person's ‘side’ must be the ‘id’ of one of the scheme's sides, as written under ‘sides:’ in its scheme.md, so that they are listed with the right group and checked against its rules. Copy the side's id exactly; the message suggests the nearest one.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentees
                """),
            reported: "‘mentees’ is not a side of pilot",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                """)),
        Explanation(.sameSide, "a preference or partner is on the same side",
            """
            In a scheme with two sides people are matched across them, a mentee with a mentor, so a preference or partner must be on the other side. Check the id you wrote, and whether one of the two people has the wrong ‘side’.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  preferences: [isobel-quant, kirsty-vane]

                - id: kirsty-vane
                  side: mentee
                """),
            reported: "the preference ‘kirsty-vane’ is on the same side (mentee); preferences must be on the other side",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  preferences: [isobel-quant, rhodri-vance]

                - id: rhodri-vance
                  side: mentor
                """)),
        Explanation(.gradeOffLadder, "a grade is not on the scheme's grade ladder",
            """
            When a scheme compares grades (‘grade_ladder’ in its scheme.md), each person's grade must be one of that ladder's grades in portal.yaml, or one of their other names (‘aliases’), so that eligibility and the gap between partners can be worked out. Correct the grade, or, if it is a name people really use, add it to the grade's ‘aliases’ in portal.yaml.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  grade: G7
                """),
            reported: "the grade ‘G7’ is not on the ladder ‘civil-service’",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  grade: Grade 7
                """)),
        Explanation(.gradeNotEligible, "a grade is outside what the person's side allows",
            """
            A scheme can say which grades each side is open to (‘eligible_grades’ in its scheme.md, here ‘mentor: {lowest: Grade 7}’), so that nobody is taken on whom the published rules exclude. Check the person's grade and their side: usually one of them is written wrong. Where the scheme only prefers a range (‘ideally Grade 9 or above’), its bounds say ‘ideally: true’, and a grade outside them is a warning: the person still takes part.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentor
                  grade: SEO
                """),
            reported: "SEO is below the lowest eligible grade for this side (Grade 7)",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  grade: SEO
                """)),
        Explanation(.vocabulary, "a value is not in the portal's lists",
            """
            When portal.yaml lists the organisations, professions or areas of expertise (under ‘vocabularies’), each person's value must be one of them, so that the directory's filters keep one entry for each subject instead of splitting it over several spellings. Use the spelling in the list (the message suggests the nearest one), or add the value, or this way of writing it as a synonym, to the list in portal.yaml.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  organisation: Dept for Education
                """),
            reported: "‘Dept for Education’ is not in the portal's list of organisations",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  side: mentee
                  organisation: Department for Education
                """)),
        Explanation(.emailInText, "an e-mail address in published text without consent",
            """
            Someone who has not agreed to publish their e-mail address must not have it published through their biography or job title either, so the portal leaves the address out of the page and shows “(e-mail address removed)” in its place. Take the address out of the text, or, if the person agrees to publish it, add ‘email’ to their ‘consent’.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  name: Nia Talbot
                  side: mentee
                  biography: |
                    I manage a team of six. Write to me at nia.talbot@example.org.
                  consent: [name, biography]
                """),
            reported: "the ‘biography’ contains an e-mail address, which is left out of the page because ‘email’ is not in this person's ‘consent’",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: nia-talbot
                  name: Nia Talbot
                  side: mentee
                  biography: |
                    I manage a team of six, and I am happy to talk about budgets.
                  consent: [name, biography]
                """)),
    ]
}
