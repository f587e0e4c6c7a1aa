/// The starter scheme's people: six made-up members of staff, three mentors and three mentees, who have
/// agreed to publish different things, so the privacy gate shows (`portal report privacy`).
enum StarterPeople {
    static func file(slug: String) -> String {
        """
        # The people in the scheme \(slug), one record each, under ‘people:’. Everyone here is made
        # up: replace them with your participants (or, until applications are in, write ‘people: []’).
        # A person in several schemes can have a file of their own in Content/people/ instead; see
        # SchemePortal's docs/content-format.md.
        #
        # A record's keys:
        #   id                 how other records name the person, and the address of their profile
        #                      (people/<id>/): lowercase letters, digits and hyphens, unique in the portal
        #   name, email, job_title, grade, organisation, profession
        #   expertise_offered, expertise_sought   lists, from the portal's ‘vocabularies’ (portal.yaml)
        #   biography          Markdown, at most the scheme's biography_word_limit words
        #   side               mentor or mentee (the scheme's sides)
        #   capacity           how many mentees a mentor can take (1 when left out)
        #   preferences        the ids of the people they would like to be paired with, in order
        #   partners           the ids of the people they have been paired with
        #   conflicts          the ids of people they must not be paired with
        #   expression_of_interest   why they applied: never published
        #   sensitive          anything kept for reports but never published, whatever ‘consent’ says
        #   consent            the fields the person agreed to publish: any of name, email, job_title,
        #                      grade, organisation, profession, expertise_offered, expertise_sought,
        #                      biography, partners. Nothing else is ever published, and someone whose
        #                      name is not in the list appears on no page. ‘consent: []’ means nothing.
        # Run ‘portal report privacy’ to see exactly what the portal publishes about each person.
        people:
          # --------------------------------------------------------------------------- mentors
          - id: robin-example
            name: Dr Robin Example
            email: robin.example@example.org      # not in consent, so never published
            side: mentor
            job_title: Head of Research Support
            grade: Grade 7
            organisation: Research Office
            expertise_offered: [Leadership and management, Career development]
            expertise_sought: [Data and analysis]
            biography: |
              I lead a team of eight who help researchers find funding and manage their projects. I
              have worked in three departments, and I am glad to talk about managing people for the
              first time, and about finding your way round a large organisation.
            capacity: 2
            partners: [jo-specimen]
            consent: [name, job_title, grade, organisation, expertise_offered, expertise_sought, biography, partners]

          - id: sam-sample
            name: Sam Sample
            side: mentor
            job_title: Finance Manager
            grade: Grade 6
            organisation: Finance Office
            expertise_offered: [Budgets and finance, Project management]
            biography: |
              Kept for the coordinator, but not published: Sam did not agree to publish a biography.
            consent: [name, job_title, organisation, expertise_offered]

          - id: alex-placeholder
            name: Alex Placeholder
            side: mentor
            grade: Grade 8
            organisation: IT Services
            # Has agreed to nothing yet: on no page, but still checked against the scheme's rules.
            consent: []

          # --------------------------------------------------------------------------- mentees
          - id: jo-specimen
            name: Jo Specimen
            side: mentee
            job_title: Library Assistant
            grade: Grade 4
            organisation: Library
            expertise_sought: [Career development, Project management]
            biography: |
              I joined the Library a year ago after working in a bookshop, and I would like to move
              into project work.
            preferences: [robin-example, sam-sample]
            partners: [robin-example]
            expression_of_interest: |
              Never published: read only by the coordinator when proposing pairs.
            consent: [name, job_title, organisation, expertise_sought, biography, partners]

          - id: kit-demo
            name: Kit Demo
            side: mentee
            grade: Grade 3
            organisation: Estates
            preferences: [sam-sample]
            sensitive:
              protected_characteristics: [carer]
            consent: [name]

          - id: lee-mockup
            name: Lee Mockup
            email: lee.mockup@example.org         # in consent, so shown on Lee's profile
            side: mentee
            job_title: Student Services Adviser
            organisation: Student Services
            consent: [name, email, job_title, organisation]

        """
    }
}
