/// Everything a directory reads about one person: what their card shows (with the titles and side names
/// of their schemes, which come from the schemes' files), the facets they are counted in, their pairings,
/// and their entry in the directory's search index. Two equal facts draw the same card in every list.
///
/// This is the value behind `PageInput.card`: a rebuild compares each person's facts before and after,
/// and re-renders the directories only for people whose facts differ. A field read by `card`,
/// `searchText`, `facetLists`, `pairs` or `DirectoryIndex` and missing here would leave lists stale;
/// `IncrementalRenderTests` changes each one.
struct CardFacts: Equatable {
    struct SchemePlace: Equatable {
        let scheme: String
        let side: String
        let partners: [String]
        /// The scheme's name as cards show it and its side's name, or nil for a scheme not in the portal.
        let shown: Shown?
    }

    struct Shown: Equatable {
        let title: String
        let sideName: String
    }

    let id: String
    let name: String
    let jobTitle: String?
    let grade: String?
    let organisation: String?
    let profession: String?
    let expertiseOffered: [String]
    let expertiseSought: [String]
    let memberships: [SchemePlace]

    init(_ person: PublishedPerson, in portal: PublishedPortal) {
        id = person.id
        name = person.name
        jobTitle = person.jobTitle
        grade = person.grade
        organisation = person.organisation
        profession = person.profession
        expertiseOffered = person.expertiseOffered
        expertiseSought = person.expertiseSought
        memberships = person.memberships.map { membership in
            let scheme = portal.scheme(slug: membership.scheme)
            return SchemePlace(scheme: membership.scheme, side: membership.side, partners: membership.partners,
                              shown: scheme.map { Shown(title: $0.shortTitle ?? $0.title,
                                                        sideName: $0.side(id: membership.side)?.name ?? membership.side) })
        }
    }

    /// What of a scheme the cards of its members show: its address, its name, its sides' names.
    struct SchemeShown: Equatable {
        let slug: String
        let title: String
        let sides: [String: String]

        init(_ scheme: Scheme) {
            slug = scheme.slug
            title = scheme.shortTitle ?? scheme.title
            sides = Dictionary(scheme.sides.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
