extension Explanation {
    static let settings: [Explanation] = [
        Explanation(.timeZoneUnsupported, "a time zone the portal does not support",
            """
            Times in key dates are UK time, and the portal's calendars know only the UK's clocks (GMT in winter, BST in summer), so time_zone in portal.yaml can only be Europe/London. Writing GMT there would not mean UK time: it would leave out summer time altogether. Write Europe/London, or leave the key out, which means the same.
            """,
            wrong: Example("Content/portal.yaml", """
                title: Mentoring schemes
                organisation: Example University
                time_zone: GMT
                """),
            reported: "time zone ‘GMT’ is not supported",
            right: Example("Content/portal.yaml", """
                title: Mentoring schemes
                organisation: Example University
                time_zone: Europe/London
                """)),
        Explanation(.addressNotAllowed, "an address the portal will not link to",
            """
            Links may lead only to web pages (addresses starting https:// or http://), e-mail addresses (mailto:) and pages of this portal. Any other kind, such as file: for a shared drive, tel: or javascript:, could open something on the reader's own computer or run a program, and readers outside your organisation could not reach a shared drive anyway, so the link is left out. Link to a web page or to a page of the portal instead, writing web addresses in full from https://; for a telephone number, give the contact a phone.
            """,
            wrong: Example("Content/schemes/professional-services-mentoring/scheme.md", """
                links:
                  - title: Mentoring agreement template
                    url: file:///S:/Mentoring/Mentoring agreement.docx
                """),
            reported: "‘url’ cannot be a “file:” address: only web pages (https://…), e-mail (mailto:…) and pages of this portal can be linked",
            right: Example("Content/schemes/professional-services-mentoring/scheme.md", """
                links:
                  - title: Mentoring agreement template
                    url: /schemes/professional-services-mentoring/toolkit/mentoring-agreement/
                """)),
        Explanation(.emailInvalid, "an e-mail address that is not one",
            """
            An email key holds only the address itself, such as mentoring@example.org: the portal makes the link that opens a new message from it. A name, a web address, or an address with mailto: in front does not work there. Write the bare address; for a web form, use url instead.
            """,
            wrong: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                contacts:
                  - role: Mentoring Coordinator (researchers)
                    email: mailto:open-mentoring@example.org
                """),
            reported: "‘mailto:open-mentoring@example.org’ is not an e-mail address",
            right: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                contacts:
                  - role: Mentoring Coordinator (researchers)
                    email: open-mentoring@example.org
                """)),
        Explanation(.sidesCount, "a scheme with more than two sides",
            """
            A scheme's sides are the groups whose members are paired with each other, such as mentors and mentees, so a scheme has two, or one when everyone is a peer of everyone else. Coordinators, committees and sponsors are not sides: they go under contacts. Keep the one or two groups who take part in pairs.
            """,
            wrong: Example("Content/schemes/cles-one-step-beyond/scheme.md", """
                sides:
                  - id: mentee
                    name: Mentee
                  - id: mentor
                    name: Mentor
                  - id: coordinator
                    name: Coordinator
                """),
            reported: "a scheme has one or two sides, but this one lists 3",
            right: Example("Content/schemes/cles-one-step-beyond/scheme.md", """
                sides:
                  - id: mentee
                    name: Mentee
                  - id: mentor
                    name: Mentor
                contacts:
                  - role: CLES Mentoring Coordinator
                    email: cles-mentoring@example.org
                """)),
        Explanation(.contactIncomplete, "a contact with no way to reach it",
            """
            A contact is there so that readers can reach someone, so each needs at least one of email, phone or url. Contacts are roles (‘Mentoring Coordinator’) rather than people's names, so a shared mailbox for the role is best. Add at least one of the three.
            """,
            wrong: Example("Content/schemes/professional-services-mentoring/scheme.md", """
                contacts:
                  - role: Mentoring Coordinator, Professional Services Mentoring Scheme
                """),
            reported: "this contact has no ‘email’, ‘phone’ or ‘url’",
            right: Example("Content/schemes/professional-services-mentoring/scheme.md", """
                contacts:
                  - role: Mentoring Coordinator, Professional Services Mentoring Scheme
                    email: professional-services-mentoring@example.org
                """)),
        Explanation(.gradeLadderUnknown, "the rules name a grade ladder that does not exist",
            """
            A scheme's rules compare grades on a grade ladder: a list of grades, most junior first, set out under grade_ladders in portal.yaml, each with an id. The ladder named here is not among them, usually because of a slip in its id or because it has not been added yet. Use the id exactly as portal.yaml gives it, or add the ladder there.
            """,
            wrong: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                rules:
                  grade_ladder: civil-service-grades
                """),
            reported: "the grade ladder ‘civil-service-grades’ is not defined in portal.yaml",
            right: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                rules:
                  grade_ladder: civil-service
                """)),
        Explanation(.gradeLadderNeeded, "grade rules without a grade ladder",
            """
            Eligible grades and grade gaps compare people's grades, which the portal can do only on a grade ladder (a list of grades, most junior first, under grade_ladders in portal.yaml). Without one it cannot tell whether Grade 7 is above or below HEO. Add grade_ladder to the rules, with the id of the ladder to use.
            """,
            wrong: Example("Content/schemes/analysis-function-mutual-mentoring/scheme.md", """
                rules:
                  eligible_grades:
                    senior: {lowest: Grade 7}
                """),
            reported: "‘eligible_grades’ needs a ‘grade_ladder’ to compare grades on",
            right: Example("Content/schemes/analysis-function-mutual-mentoring/scheme.md", """
                rules:
                  grade_ladder: civil-service
                  eligible_grades:
                    senior: {lowest: Grade 7}
                """)),
        Explanation(.gradeRangeReversed, "the lowest eligible grade is above the highest",
            """
            In eligible_grades, lowest is the most junior grade a side may have and highest the most senior, in the order of the grade ladder in portal.yaml (most junior first). Here lowest comes after highest on the ladder, so nobody could be eligible. Swap the two, taking care with ladders where a smaller number is more senior, such as the Civil Service's, where Grade 6 is above Grade 7.
            """,
            wrong: Example("Content/schemes/analysis-function-mutual-mentoring/scheme.md", """
                rules:
                  grade_ladder: civil-service
                  eligible_grades:
                    senior: {lowest: Grade 6, highest: Grade 7}
                """),
            reported: "the lowest eligible grade is above the highest",
            right: Example("Content/schemes/analysis-function-mutual-mentoring/scheme.md", """
                rules:
                  grade_ladder: civil-service
                  eligible_grades:
                    senior: {lowest: Grade 7, highest: Grade 6}
                """)),
        Explanation(.gradeGapReversed, "the smallest grade gap is larger than the largest",
            """
            min_grade_gap and max_grade_gap say how many grades apart partners should be, counted on the scheme's grade ladder. When the smallest gap allowed is larger than the largest, no pair could meet both. Swap the two numbers, or correct the one that is wrong.
            """,
            wrong: Example("Content/schemes/cles-one-step-beyond/scheme.md", """
                rules:
                  grade_ladder: research-academic
                  min_grade_gap: 3
                  max_grade_gap: 1
                """),
            reported: "‘min_grade_gap’ (3) is larger than ‘max_grade_gap’ (1)",
            right: Example("Content/schemes/cles-one-step-beyond/scheme.md", """
                rules:
                  grade_ladder: research-academic
                  min_grade_gap: 1
                  max_grade_gap: 3
                """)),
        Explanation(.eligibleGradeOffLadder, "an eligible grade that is not on the ladder",
            """
            The grades in eligible_grades must be written as the scheme's grade ladder in portal.yaml writes them, or as one of their aliases (other names for the same grade), so that people's grades can be compared with them. This one is not on the ladder, often because it is a short form or has a slip in it. Write the grade as the ladder has it or, if people commonly write it this way, add it to that grade's aliases in portal.yaml.
            """,
            wrong: Example("Content/schemes/analysis-function-mutual-mentoring/scheme.md", """
                rules:
                  grade_ladder: civil-service
                  eligible_grades:
                    senior: {lowest: G7}
                """),
            reported: "the grade ‘G7’ is not on the ladder ‘civil-service’",
            right: Example("Content/schemes/analysis-function-mutual-mentoring/scheme.md", """
                rules:
                  grade_ladder: civil-service
                  eligible_grades:
                    senior: {lowest: Grade 7}
                """)),
        Explanation(.ruleSideUnknown, "a side named that the scheme does not have",
            """
            A key date, a contact or an entry of eligible_grades can concern just one side of the scheme, named by that side's id under sides. This one names an id the scheme does not have, so the portal cannot tell whom it concerns. Use the id exactly as it is written under sides (the message suggests the nearest), not the side's name or its plural.
            """,
            wrong: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                key_dates:
                  - label: Applicants hear the outcome
                    date: w/c 22 March 2027
                    side: researchers
                """),
            reported: "the key date ‘Applicants hear the outcome’ names the side ‘researchers’, which the scheme does not have",
            right: Example("Content/schemes/open-peer-mentoring/scheme.md", """
                key_dates:
                  - label: Applicants hear the outcome
                    date: w/c 22 March 2027
                    side: researcher
                """)),
    ]
}
