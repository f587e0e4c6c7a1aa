/// A starter scheme: `scheme.md` with comments that teach the format, a handbook page and a toolkit page.
/// `portal new` makes one with people and the portal's grade ladder; `portal add-scheme` makes one for
/// an existing portal, whose ladders it does not know, so its grade rules are left as comments.
public struct StarterScheme: Sendable {
    public let title: String
    public let slug: String
    public let dates: StarterDates
    /// The portal's ladder the grade rules use, or nil to leave them as comments.
    public let gradeLadder: String?
    /// Whether the scheme has a people file, so its text may link to its directory.
    public let hasPeople: Bool

    public init(title: String, slug: String, dates: StarterDates, gradeLadder: String? = nil, hasPeople: Bool = false) {
        self.title = title
        self.slug = slug
        self.dates = dates
        self.gradeLadder = gradeLadder
        self.hasPeople = hasPeople
    }

    /// The scheme's files, by their paths from the content folder.
    public var files: [StarterFile] {
        let folder = "schemes/\(slug)"
        return [
            StarterFile(path: "\(folder)/scheme.md", contents: schemeFile, about: "the scheme"),
            StarterFile(path: "\(folder)/handbook/first-meeting.md", contents: StarterPages.handbookPage(slug: slug),
                        about: "a handbook page"),
            StarterFile(path: "\(folder)/toolkit/agreement.md", contents: StarterPages.toolkitPage(slug: slug),
                        about: "a toolkit page"),
        ]
    }

    var schemeFile: String {
        """
        ---
        # The scheme's settings, in YAML: one ‘key: value’ a line. Text after a # is a comment, for you
        # only. Indented lines belong to the key above them; a line starting with ‘- ’ is one item of a
        # list. Every key is described in SchemePortal's docs/content-format.md, and ‘portal check’ names
        # any mistake with its line and column. This folder's name, \(slug), is the scheme's address.

        # The scheme's full name. A shorter one for menus and calendar entries may follow, as
        # short_title: Mentoring
        title: \(StarterText.yaml(title))
        # Who runs the scheme: a list, one organiser an item.
        organisers:
          - People Development Team
        # This round of the scheme, such as 2026-27.
        cohort: "\(dates.cohort)"
        # Left out, the status is worked out from the key dates on the day the portal is built: upcoming,
        # open (from ‘opens’ to the last deadline), running, or closed. To say it yourself, write one of
        # those four words:
        # status: open
        # One or two sentences for the home page and the top of the scheme's page (Markdown).
        summary: |
          Pairs members of staff who want to grow in their role with an experienced colleague from
          another department, for six months of monthly conversations.
        # How people are paired: one-to-one, peer, mutual, reverse, shared-mentor or peer-circle.
        model: one-to-one
        # The scheme's one or two sides. ‘id’ is how the other files name a side (lowercase letters,
        # digits and hyphens); ‘name’ and ‘plural’ are what readers see. The texts are Markdown: after
        # ‘|’, write as many lines as you like, indented.
        sides:
          - id: mentor
            name: Mentor
            plural: Mentors
            description: |
              An experienced member of staff who gives an hour a month to listen, ask good questions
              and share what they have learnt.
            eligibility: |
              Staff at Grade 5 or above who have completed their probation.
            how_to_apply: |
              Write to the scheme's coordinator (see Contacts) with a few lines about what you could
              offer a mentee.
          - id: mentee
            name: Mentee
            plural: Mentees
            description: |
              A member of staff who wants support with a new role, a change, or their next step.
            eligibility: |
              Any member of staff, with their line manager's agreement.
            how_to_apply: |
              Write to the scheme's coordinator (see Contacts) saying what you would like to work on.
        # What the scheme sets out to do, shown on its Objectives page: one item each (Markdown).
        objectives:
          - To help staff settle into new roles and plan their next steps.
          - To share experience across departments.
          - To give experienced staff the chance to develop as mentors.
        time_commitment: |
          One hour a month for six months, a launch event, and a short review at the end.
        # The timeline, shown on the Key dates page and offered as calendar files. Each date has:
        #   label    what happens
        #   date     when, written as in a letter: a day (2 March 2027, or Tuesday 2 March 2027), a time
        #            (12:00 GMT, 2 March 2027; BST in summer), a week (w/c 1 March 2027), a range
        #            (1 March 2027 – 12 March 2027), months (March 2027 to August 2027, or March to
        #            27 August 2027 to end on that day), or something not yet fixed (Summer 2027), which
        #            is listed as to be confirmed and put in no calendar
        #   kind     opens, deadline, event, period or milestone (milestone when left out)
        #   side     only for a date that concerns one side: mentor or mentee
        #   details  one line shown under the date (optional)
        #   location where it happens (optional): shown under the date and put in calendars
        # ‘portal check’ warns when a weekday does not match its date, when BST or GMT is written on the
        # wrong date, when the dates are not in date order, and when an event falls outside the period
        # whose label names the scheme. For the next round, change the dates here and the deadline in
        # the text below.
        key_dates:
          - label: Applications open
            date: \(dates.opensText)
            kind: opens
          - label: Application deadline
            date: \(dates.deadlineText)
            kind: deadline
          - label: Applicants hear the outcome
            date: \(dates.outcomeWeekText)
          - label: Mentees choose up to three mentors
            date: \(dates.choicesDeadlineText)
            kind: deadline
            side: mentee
          - label: First conversations between proposed pairs
            date: \(dates.firstMeetingsText)
            kind: period
          - label: The scheme runs; pairs meet once a month
            date: \(dates.runsText)
            kind: period
          - label: Launch event
            date: \(dates.launchText)
            kind: event
            location: Online
            details: The link is sent to every pair.
          - label: The scheme ends
            date: \(dates.endsText)
          - label: Evaluation report shared
            date: \(dates.evaluationText)
        # Who to write to. ‘role’ is a role, never a person's name (people move on); give at least one of
        # email, phone or url. ‘side’ is only for a contact that concerns one side.
        contacts:
          - role: Scheme coordinator
            email: mentoring@example.org
          - role: Mentor enquiries
            email: mentors@example.org
            side: mentor
        # Useful pages elsewhere: title, url (starting https://) and an optional description.
        links:
          - title: Mentoring guidance (an example link; replace it)
            url: https://www.example.org/mentoring-guidance
            description: Replace this with your organisation's own guidance.
        # What the people's data must obey; all optional. ‘portal check’ names anyone who breaks a rule.
        rules:
        \(gradeRules)
          biography_word_limit: 250               # the longest biography, in words
          expression_of_interest_word_limit: 250
          max_preferences: 3                      # how many mentors a mentee may name, in order
          mentor_capacity: 2                      # the most mentees one mentor may take
          prefer_cross_department: true           # warn when a pair works in the same organisation
        # After the closing --- comes the scheme's text, in Markdown. What comes before the first ‘##’
        # heading opens the scheme's page; each ‘##’ heading starts a page of its own (‘## How it works’
        # becomes how-it-works/). A ‘## Eligibility’, ‘## Objectives’, ‘## Key dates’ or ‘## Contacts’
        # section goes at the top of the page the portal makes from the settings above. Links to other
        # pages of the portal start with /schemes/\(slug)/.
        ---

        This scheme pairs a member of staff (the mentee) with an experienced colleague from another
        department (the mentor) for six months. Pairs meet for an hour a month to talk about whatever the
        mentee wants to work on: a new role, a difficult project, or the next step in a career.

        **Applications close at \(dates.deadlineText).** See all the
        [key dates](/schemes/\(slug)/key-dates/), and read the [handbook](/schemes/\(slug)/handbook/)
        before your first meeting.

        ## How it works

        \(howItWorks)

        ## Eligibility

        Mentors and mentees both need their line manager's agreement to take part.

        """
    }

    /// With a ladder, the grade rules; without, the same rules as comments, to fill in.
    private var gradeRules: String {
        if let gradeLadder {
            return """
              grade_ladder: \(gradeLadder)             # a ladder from portal.yaml, which the grade rules use
              min_grade_gap: 2                        # a mentor is at least 2 grades above their mentee
              eligible_grades:
                mentor: {lowest: Grade 5}             # mentors are Grade 5 or above
            """
        }
        return """
          # With a grade ladder from portal.yaml, grades can be checked too:
          # grade_ladder: civil-service
          # min_grade_gap: 2
          # eligible_grades:
          #   mentor: {lowest: Grade 7}
        """
    }

    private var howItWorks: String {
        let choose = hasPeople
            ? "Mentees read the mentors' profiles in the [directory](/schemes/\(slug)/people/) and choose up to three."
            : "Mentees read the mentors' profiles and choose up to three."
        return """
            1. Mentors and mentees apply by the deadline.
            2. \(choose)
            3. The coordinator proposes pairs, and each pair meets for a first conversation.
            4. Pairs agree how they will work together, using the
               [mentoring agreement](/schemes/\(slug)/toolkit/agreement/), and meet once a month.
            """
    }
}
