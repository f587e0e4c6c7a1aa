extension Explanation {
    static let yaml: [Explanation] = [
        Explanation(.frontMatterMissing, "a page that does not start with its settings",
            """
            Each scheme file and page starts with its settings, such as its title, written between two lines of three hyphens (---); this block is called the front matter. This file does not start with a --- line, so the portal cannot find its title and does not read it. Put a line --- at the very top (nothing, not even a blank line, may come before it), then the settings, then another --- before the text.
            """,
            wrong: Example("Content/schemes/professional-services-mentoring/handbook/mentoring-meetings.md", """
                # Mentoring meetings

                ## The first meeting
                """),
            reported: "the file has no front matter",
            right: Example("Content/schemes/professional-services-mentoring/handbook/mentoring-meetings.md", """
                ---
                title: Mentoring meetings
                ---

                ## The first meeting
                """)),
        Explanation(.frontMatterUnclosed, "the settings at the top are not closed with ---",
            """
            The settings at the top of a page or scheme file (the front matter) must end with a second line of three hyphens (---), after which the page's text starts. Without it the portal cannot tell the settings from the text, so it reads neither. Add a line --- after the last setting.
            """,
            wrong: Example("Content/schemes/professional-services-mentoring/handbook/mentoring-meetings.md", """
                ---
                title: Mentoring meetings
                order: 8

                ## The first meeting
                """),
            reported: "the front matter is not closed",
            right: Example("Content/schemes/professional-services-mentoring/handbook/mentoring-meetings.md", """
                ---
                title: Mentoring meetings
                order: 8
                ---

                ## The first meeting
                """)),
        Explanation(.frontMatterEmpty, "nothing between the two --- lines at the top",
            """
            The lines between the two --- lines at the top of a file (the front matter) hold its settings: every page needs at least a title, and a scheme its title, organisers, summary, model and sides. Here there is nothing between them, or only comments (lines starting with #, which the portal skips). Write the settings between the two lines.
            """,
            wrong: Example("Content/schemes/professional-services-mentoring/handbook/mentoring-meetings.md", """
                ---
                # title: Mentoring meetings
                ---
                """),
            reported: "the front matter is empty",
            right: Example("Content/schemes/professional-services-mentoring/handbook/mentoring-meetings.md", """
                ---
                title: Mentoring meetings
                ---
                """)),
        Explanation(.yamlSyntax, "a line the settings format cannot read",
            """
            Settings (portal.yaml, people files, and the top of each page) are written in YAML, a format of ‘key: value’ lines, and this line breaks one of its rules, so the file cannot be read. The commonest cause is a value that itself holds a colon followed by a space, which YAML takes for the start of another key; others are a bracket or brace that is opened and never closed. Put such a value in double quotes, or do what the message says for the mistake it names.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                title: Peer mentoring: the 2027 pilot
                """),
            reported: "a value contains ‘: ’, which YAML reads as a new key",
            right: Example("Content/schemes/pilot/scheme.md", """
                title: "Peer mentoring: the 2027 pilot"
                """)),
        Explanation(.yamlUnclosedQuote, "a quotation mark that is never closed",
            """
            When a value starts with a quotation mark, YAML (the format of the settings) reads everything up to the matching closing mark as that one value. If the closing mark is missing, the rest of the file is swallowed into the value, so the portal points at the quote where it opens rather than where the file ends. Add the same mark at the end of the value, on the same line, or remove the opening one if the value does not need quotes.
            """,
            wrong: Example("Content/portal.yaml", """
                organisation: "Demonstration portal: five UK mentoring schemes
                contact_email: mentoring-portal@example.org
                """),
            reported: "this quote is never closed, so YAML reads everything after it as one value",
            right: Example("Content/portal.yaml", """
                organisation: "Demonstration portal: five UK mentoring schemes"
                contact_email: mentoring-portal@example.org
                """)),
        Explanation(.yamlIndentation, "a line indented too far or not far enough",
            """
            In YAML, the format of the settings, the spaces at the start of a line show what the line belongs to: the keys of one thing start in the same column, and the keys of a list item line up with the first key after its hyphen. A key pushed further in than the key above it, or a list item out of line with the others, cannot be placed. Line it up as the message says, counting the spaces from the left.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                     date: 11 March 2027
                """),
            reported: "this key is indented more than the key above it, so YAML cannot tell where it belongs",
            right: Example("Content/schemes/pilot/scheme.md", """
                key_dates:
                  - label: Applications close
                    date: 11 March 2027
                """)),
        Explanation(.yamlTab, "a line indented with a tab",
            """
            YAML, the format of the settings, counts spaces to see what each line belongs to, and does not accept tabs for this; a tab looks just like spaces on screen, so it is easy to miss (the two lines below start with one, which the message shows as →). Indent with spaces, as many as the lines around it; most editors can be set to type spaces when the Tab key is pressed.
            """,
            wrong: Example("Content/portal.yaml", """
                grade_ladders:
                \t- id: civil-service
                \t  name: UK Civil Service grades
                """),
            reported: "this line is indented with a tab, which YAML does not accept",
            right: Example("Content/portal.yaml", """
                grade_ladders:
                  - id: civil-service
                    name: UK Civil Service grades
                """)),
        Explanation(.pastedCharacter, "a character pasted from another document",
            """
            Text copied from Word, an e-mail or a web page can bring characters that look right but mean something else to YAML, the format of the settings: a bullet (•) where a list item needs a hyphen, a key in curly quotes, or a no-break space at the start of a line. The portal names the character where it is, rather than the confusion it causes further down. Replace it as the message says; for a no-break space, delete the spaces at the start of the line and type them again.
            """,
            wrong: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                organisers:
                  - University of Oxford Policy Engagement Team
                  • UK Civil Service Policy Profession Unit
                """),
            reported: "this line starts with ‘•’, but a list item in YAML starts with a hyphen (‘- ’)",
            right: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                organisers:
                  - University of Oxford Policy Engagement Team
                  - UK Civil Service Policy Profession Unit
                """)),
        Explanation(.sensitiveRepeated, "a private value repeated where it could be published",
            """
            YAML, the format of the settings, lets a value be marked with &name and repeated elsewhere with *name. What is written under sensitive or expression_of_interest is never published, so repeating it in a field that may be published, such as a biography or a job title, is refused and the repeated value is left out. Write out in that field what the person has agreed to publish.
            """,
            wrong: Example("Content/schemes/open-peer-mentoring/people.yaml", """
                people:
                  - id: amara-okafor
                    name: Dr Amara Okafor
                    side: researcher
                    expression_of_interest: &eoi |
                      I would like to learn how select committees use evidence.
                    biography: *eoi
                    consent: [name, biography]
                """),
            reported: "*eoi repeats a value written under ‘expression_of_interest’, which is never published",
            right: Example("Content/schemes/open-peer-mentoring/people.yaml", """
                people:
                  - id: amara-okafor
                    name: Dr Amara Okafor
                    side: researcher
                    expression_of_interest: |
                      I would like to learn how select committees use evidence.
                    biography: |
                      I work on flood risk and climate adaptation.
                    consent: [name, biography]
                """)),
    ]
}
