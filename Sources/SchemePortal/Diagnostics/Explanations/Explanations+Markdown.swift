extension Explanation {
    static let markdown: [Explanation] = [
        Explanation(.rawHTML, "a page's text holds HTML tags, which are left out",
            """
            Pages keep to the portal's own simple formatting so that they look alike, work with screen readers and cannot carry hidden code; HTML tags typed or pasted into the text are left out, and a block of HTML is left out with the words inside it. Write the formatting with the page's own marks instead: ‘**bold**’, lists with ‘- ’, links as ‘[words](address)’. A change to the look of every page belongs in a template in Layouts/.
            """,
            wrong: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                <div class="warning">Bring your mentoring agreement to the first meeting.</div>
                """),
            reported: "raw HTML is not allowed in Markdown and was left out",
            right: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                **Bring your mentoring agreement to the first meeting.**
                """)),
        Explanation(.unsafeAddress, "a link or image uses an address that is not allowed",
            """
            Only web addresses (‘https://’), e-mail addresses (‘mailto:’) and pages of the portal may be linked, because other kinds can run a program in the reader's browser or point to a file that only your own computer or shared drive can open. Such a link is shown as plain text. Put the document on a website or your intranet and link to its ‘https://’ address.
            """,
            wrong: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                Fill in the [application form](file:///S:/Mentoring/application-form.docx).
                """),
            reported: "link to a “file:” URL is not allowed",
            right: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                Fill in the [application form](https://forms.example.org/mentoring-2027).
                """)),
        Explanation(.markdownLimit, "a page's text is too large or complicated to make",
            """
            A few very unusual kinds of text, nearly always a pasted spreadsheet or document, would take the portal minutes or all the computer's memory to turn into a page, so such a text is refused and left out. The limits are far beyond anything written by hand. Simplify the text as the message says: here, turn the table round so that each day is a row rather than a column.
            """,
            wrong: Example("Content/schemes/pilot/toolkit/sessions-booked.md", """
                | Scheme | Mon 4 Jan | Tue 5 Jan | Wed 6 Jan | … | Fri 31 Dec |
                |---|---|---|---|---|---|
                | Pilot | 3 | 5 | 2 | … | 1 |
                """),
            reported: "this Markdown has a table row with more than 200 columns to render safely",
            right: Example("Content/schemes/pilot/toolkit/sessions-booked.md", """
                | Day | Sessions booked |
                |---|---|
                | Monday 4 January 2027 | 3 |
                | Tuesday 5 January 2027 | 5 |
                | … | … |

                Table: Mentoring sessions booked each day in 2027
                """)),
        Explanation(.linkNowhere, "a link has no address",
            """
            A link with no address, or only ‘#’, looks like a link but opens nothing, which confuses readers, especially those using a keyboard or a screen reader. Give the address of the page or document it should open, or take the brackets away to leave plain words.
            """,
            wrong: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                Fill in the [application form](#) by Friday 15 January 2027.
                """),
            reported: "link goes nowhere (“#”)",
            right: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                Fill in the [application form](https://forms.example.org/mentoring-2027) by Friday 15 January 2027.
                """)),
        Explanation(.linkText, "a link has no text",
            """
            A link without words cannot be seen or clicked on the page, and screen readers can only read out its bare address. Write what the link opens between the square brackets.
            """,
            wrong: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                Fill in the [](https://forms.example.org/mentoring-2027) online.
                """),
            reported: "link has no text, so screen readers can only read out its address",
            right: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                Fill in the [application form](https://forms.example.org/mentoring-2027) online.
                """)),
        Explanation(.tableCaption, "a table has no caption",
            """
            People using a screen reader find and move between tables by their captions, so each table needs one saying what it shows. After the table, leave a blank line and write a line starting ‘Table:’; it becomes the table's caption.
            """,
            wrong: Example("Content/schemes/pilot/handbook/information-for-mentors.md", """
                | Role | What it means |
                |---|---|
                | Guide | Share what you have learnt |
                | Sounding board | Listen, and help the mentee think aloud |
                """),
            reported: "table has no caption",
            right: Example("Content/schemes/pilot/handbook/information-for-mentors.md", """
                | Role | What it means |
                |---|---|
                | Guide | Share what you have learnt |
                | Sounding board | Listen, and help the mentee think aloud |

                Table: Mentor roles, with what each means
                """)),
        Explanation(.imageText, "an image has no description",
            """
            People who cannot see an image hear or read its description (its alternative text) instead, so every image needs one that says what it shows. Write the description between the square brackets.
            """,
            wrong: Example("Content/schemes/pilot/toolkit/process-diagram.md", """
                ![](/assets/process-diagram.png)
                """),
            reported: "image has no alternative text",
            right: Example("Content/schemes/pilot/toolkit/process-diagram.md", """
                ![Process diagram: apply, be matched, meet, review](/assets/process-diagram.png)
                """)),
        Explanation(.headingLevels, "headings skip a level",
            """
            Screen-reader users move around a page by its headings, which only makes sense when each level follows on from the one above: ‘##’ for the main headings, ‘###’ under them, and so on. Use at most one ‘#’ more than the heading above. The page's title is its top heading, so the headings in a page's text start at ‘##’.
            """,
            wrong: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                ## The first meeting

                #### Before you meet
                """),
            reported: "heading level skips from 2 to 4",
            right: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                ## The first meeting

                ### Before you meet
                """)),
        Explanation(.headingEmpty, "a heading has no text",
            """
            A heading with no words shows as a gap on the page, and screen-reader users hear an empty heading when they move through the page's headings. Write the heading's words after the ‘#’ signs, or remove the line.
            """,
            wrong: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                ##

                Meetings may be in person or online.
                """),
            reported: "heading has no text",
            right: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                ## Where to meet

                Meetings may be in person or online.
                """)),
        Explanation(.tooManyProblems, "too many problems in one text to list them all",
            """
            When one text has more than 100 problems, nearly always one mistake repeated through a pasted document, the first 100 are listed with their lines and the rest are counted in one message, so the list stays readable. Fix the problems listed (often one change fixes them all) and check again to see the rest. In the example, 120 lines each end in the HTML tag ‘<br>’.
            """,
            wrong: Example("Content/schemes/pilot/handbook/sessions.md", """
                Session 1: introductions<br>
                Session 2: setting goals<br>
                …
                Session 120: looking back<br>
                """),
            reported: "20 more problems in this text, from here on, are not listed (20 warnings)",
            right: Example("Content/schemes/pilot/handbook/sessions.md", """
                - Session 1: introductions
                - Session 2: setting goals
                - …
                - Session 120: looking back
                """)),
    ]
}
