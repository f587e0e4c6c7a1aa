extension Explanation {
    static let pairs: [Explanation] = [
        Explanation(.capacityExceeded, "a person has more partners than their capacity",
            """
            Each person takes at most as many partners as their ‘capacity’, or one partner when they have none, and a capacity may be no more than the scheme's ‘mentor_capacity’ (in its scheme.md), so that nobody is given more people to meet than they agreed to. A mentee (the side below the senior side) has one mentor unless their own ‘capacity’ says more. Remove a partner, or raise ‘capacity’ if the person has agreed to take more.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: isobel-quant
                  side: mentor
                  capacity: 1
                  partners: [jonah-pryor, kirsty-vane]
                """),
            reported: "isobel-quant has 2 partners, more than their capacity of 1",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: isobel-quant
                  side: mentor
                  capacity: 2
                  partners: [jonah-pryor, kirsty-vane]
                """)),
        Explanation(.capacityUnstated, "a person has several partners but no capacity",
            """
            A person without a ‘capacity’ takes one partner. The scheme's ‘mentor_capacity’ is the most any capacity may be, not what everyone agrees to: portals written before this rule read it as a default, so a person with more partners than one and no capacity, within the scheme's limit, is a warning rather than an error. Write the number the person agreed to as their ‘capacity’.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: isobel-quant
                  side: mentor
                  partners: [jonah-pryor, kirsty-vane]
                """),
            reported: "isobel-quant has 2 partners but no ‘capacity’, and a person without one takes one partner",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: isobel-quant
                  side: mentor
                  capacity: 2
                  partners: [jonah-pryor, kirsty-vane]
                """)),
        Explanation(.preferenceConflict, "a preference names someone with a declared conflict of interest",
            """
            ‘conflicts’ records people someone must not be paired with, such as their line manager; a pairing with them is refused. Ranking the same person as a preference asks for exactly that pairing, so one of the two is a mistake. Remove the preference, or the conflict if it no longer applies.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: olwen-price
                  side: mentee
                  preferences: [piers-quayle, rhys-tanner]
                  conflicts: [piers-quayle]
                """),
            reported: "olwen-price ranks piers-quayle as a preference, but has declared a conflict of interest with them",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: olwen-price
                  side: mentee
                  preferences: [rhys-tanner]
                  conflicts: [piers-quayle]
                """)),
        Explanation(.pairStatusDiffers, "two records give a pairing different statuses",
            """
            A partner may be written with a status: ‘{id: …, status: proposed}’ (put forward, not yet agreed), ‘accepted’ (agreed; an id alone means this), ‘declined’ or ‘ended’. Both records of a pair say the same, so that the portal knows whether to count it against each person's capacity and whether to show it. Write the same status in both records.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: isobel-quant
                  side: mentor
                  partners: [{id: jonah-pryor, status: accepted}]

                - id: jonah-pryor
                  side: mentee
                  partners: [{id: isobel-quant, status: proposed}]
                """),
            reported: "isobel-quant gives the pairing with jonah-pryor as accepted, but jonah-pryor gives it as proposed",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: isobel-quant
                  side: mentor
                  partners: [{id: jonah-pryor, status: accepted}]

                - id: jonah-pryor
                  side: mentee
                  partners: [{id: isobel-quant, status: accepted}]
                """)),
        Explanation(.requestedPartnerFull, "the person asked for has no place left",
            """
            ‘requested_partner’ names the one person someone asks to be paired with, such as a mentor they already know. When that person's accepted and proposed partners already fill their ‘capacity’ (one, when they give none), the request cannot be met as things stand. This is a warning: raise their capacity if they agree to take one more, or ask for another choice.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: isobel-quant
                  side: mentor
                  partners: [jonah-pryor]

                - id: kirsty-vane
                  side: mentee
                  requested_partner: isobel-quant
                """),
            reported: "kirsty-vane asks to be paired with isobel-quant, who already has 1 partner, their capacity",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: isobel-quant
                  side: mentor
                  capacity: 2
                  partners: [jonah-pryor]

                - id: kirsty-vane
                  side: mentee
                  requested_partner: isobel-quant
                """)),
        Explanation(.partnerOneSided, "a partner does not list the person back",
            """
            A pairing is written in both people's records, so that the two records agree about who is paired with whom. It is an error: the portal shows a pair only when both list each other, while the rules (conflicts, grade gaps, capacity) would treat it as one. Add the person to their partner's ‘partners’, or, if the pairing has ended, remove it from both.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: isobel-quant
                  side: mentor
                  partners: [jonah-pryor]

                - id: jonah-pryor
                  side: mentee
                """),
            reported: "isobel-quant lists jonah-pryor as a partner, but jonah-pryor does not list isobel-quant",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: isobel-quant
                  side: mentor
                  partners: [jonah-pryor]

                - id: jonah-pryor
                  side: mentee
                  partners: [isobel-quant]
                """)),
        Explanation(.conflictPaired, "a pair goes against a declared conflict of interest",
            """
            ‘conflicts’ records people someone must not be paired with, such as their line manager or a close colleague, so that a pairing never puts them together. Choose another partner, or, if the conflict was written by mistake, remove it.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: olwen-price
                  side: mentee
                  conflicts: [piers-quayle]
                  partners: [piers-quayle]

                - id: piers-quayle
                  side: mentor
                  partners: [olwen-price]
                """),
            reported: "olwen-price is paired with piers-quayle, but olwen-price declared a conflict of interest between them",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: olwen-price
                  side: mentee
                  conflicts: [piers-quayle]
                  partners: [rhys-tanner]

                - id: piers-quayle
                  side: mentor
                """)),
        Explanation(.gradeGap, "partners are too close or too far apart in grade",
            """
            A scheme can ask that partners be at least a number of grades apart (‘min_grade_gap’ in its scheme.md: an error when it is not met) and ideally no more than a number (‘max_grade_gap’: a warning), counted on its grade ladder. In a scheme with a senior side (its ‘senior_side’, or a mentor and a mentee, or a senior and a junior side) the gap is counted upwards, from the junior partner to the senior one: a mentor below their mentee never has "at least 2 grades above". Between peers it is a distance either way. Pair the person with someone whose grade fits, or check that both grades are right.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: amal-haddad
                  side: mentee
                  grade: HEO
                  partners: [cerys-blythe]

                - id: cerys-blythe
                  side: mentor
                  grade: SEO
                  partners: [amal-haddad]
                """),
            reported: "the mentor cerys-blythe (SEO) is 1 grade above the mentee amal-haddad (HEO); pilot needs the mentor at least 2 grades above",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: amal-haddad
                  side: mentee
                  grade: HEO
                  partners: [dafydd-rowe]

                - id: dafydd-rowe
                  side: mentor
                  grade: Grade 7
                  partners: [amal-haddad]
                """)),
        Explanation(.differentFields, "partners share no area of expertise",
            """
            A scheme that sets ‘prefer_similar_expertise: true’ in its scheme.md would rather pair people in broadly similar fields: two people share a field when an area one offers or seeks is one the other offers or seeks (synonyms in portal.yaml's vocabulary count as the area they name). This is only a warning: pair them with someone closer where you can, or leave the pairing if it was agreed on purpose.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: farah-idris
                  side: mentee
                  expertise_sought: [Data science]
                  partners: [gareth-lowe]

                - id: gareth-lowe
                  side: mentor
                  expertise_offered: [Public finance]
                  partners: [farah-idris]
                """),
            reported: "farah-idris and gareth-lowe share no area of expertise; pilot prefers partners in similar fields",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: farah-idris
                  side: mentee
                  expertise_sought: [Data science]
                  partners: [hana-okoye]

                - id: hana-okoye
                  side: mentor
                  expertise_offered: [Data science, Statistics]
                  partners: [farah-idris]
                """)),
        Explanation(.sameDepartment, "partners are from the same department",
            """
            A scheme that sets ‘prefer_cross_department: true’ in its scheme.md would rather pair people from different departments, so that they meet colleagues beyond their own team and can speak freely. This is only a warning: pair them across departments where you can, or leave the pairing if it was agreed on purpose.
            """,
            wrong: Example("Content/schemes/pilot/people.yaml", """
                - id: farah-idris
                  side: mentee
                  organisation: HM Treasury
                  partners: [gwen-lacey]

                - id: gwen-lacey
                  side: mentor
                  organisation: HM Treasury
                  partners: [farah-idris]
                """),
            reported: "farah-idris and gwen-lacey are both in HM Treasury; pilot prefers partners from different departments",
            right: Example("Content/schemes/pilot/people.yaml", """
                - id: farah-idris
                  side: mentee
                  organisation: HM Treasury
                  partners: [huw-marsden]

                - id: huw-marsden
                  side: mentor
                  organisation: Home Office
                  partners: [farah-idris]
                """)),
    ]
}
