/// The starter handbook and toolkit pages: one of each, to copy for the next.
enum StarterPages {
    static func handbookPage(slug: String) -> String {
        """
        ---
        # A handbook page. Its file name is its address: first-meeting.md is published at
        # schemes/\(slug)/handbook/first-meeting/. Add a page by copying this file under a new name
        # (lowercase letters, digits and hyphens, ending .md); the handbook's contents page lists them all.
        # The page's title, shown as its heading.
        title: Your first meeting
        # Its place in the contents (1 comes first); pages without one follow, in order of title.
        order: 1
        # One line shown under the title in the contents.
        summary: What to talk about when you first meet, and what to agree before you leave.
        ---

        The first meeting sets the tone for the partnership. Plan about an hour, somewhere you will not
        be interrupted, in person or online.

        ## Before you meet

        - Mentees: think about two or three things you would like to work on.
        - Mentors: read your mentee's profile, and think about what you would have wanted to know in
          their place.

        ## What to talk about

        1. Your roles, your careers so far, and what brought you to the scheme.
        2. What the mentee hopes to get from the six months.
        3. How you will work together: how often, where, and how to get in touch between meetings.

        ## Before you leave

        Agree the date of your next meeting, and fill in the
        [mentoring agreement](/schemes/\(slug)/toolkit/agreement/) together. Everything said in your
        meetings stays between the two of you, unless someone is at risk of harm.

        """
    }

    static func toolkitPage(slug: String) -> String {
        """
        ---
        # A toolkit page: a worksheet, template or model that pairs use. Like handbook pages, its file
        # name is its address (schemes/\(slug)/toolkit/agreement/). Below, a table in Markdown: a
        # header row, a row of dashes, then one row a line, with | between the cells. A table needs a
        # caption, on the line after it, starting ‘Table:’, so that screen readers can say what it holds.
        title: Mentoring agreement
        order: 1
        summary: A template for the pair to fill in at their first meeting.
        ---

        Fill this in together at your first meeting, and look at it again half-way through the scheme.

        | Question | Our answer |
        |---|---|
        | What does the mentee want to work on? | |
        | How often will we meet, and for how long? | |
        | Where will we meet? | |
        | How will we get in touch between meetings? | |
        | What will we do if one of us needs to cancel? | |

        Table: The questions a pair agrees at their first meeting

        """
    }
}
