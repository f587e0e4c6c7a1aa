/// The directory, facet and profile pages, built only from `Publication`'s output.
extension SiteRenderer {
    /// The facets a directory can be browsed by, each with an address segment and how to read it.
    struct Facet: Sendable {
        let slug: String
        let title: String
        let values: @Sendable (PublishedPerson) -> [String]
    }

    static let facets = [
        Facet(slug: "expertise", title: "Area of expertise", values: { $0.expertiseOffered }),
        Facet(slug: "organisation", title: "Department or organisation", values: { $0.organisation.map { [$0] } ?? [] }),
        Facet(slug: "grade", title: "Grade", values: { $0.grade.map { [$0] } ?? [] }),
    ]

    /// The people pages in groups that can render in parallel: each directory with its facet pages, and
    /// the profiles in batches.
    func peoplePageGroups(_ publication: Publication) -> [@Sendable () -> [(RenderedPage, [Diagnostic])]] {
        guard !publication.people.isEmpty else { return [] }
        // Each card once, on every core, for all the directories.
        let people = publication.people
        let batches = stride(from: 0, to: people.count, by: 256).map { start in
            { @Sendable in people[start..<min(start + 256, people.count)].map { ($0.id, cardHTML($0)) } }
        }
        let cards = Dictionary(Parallel.map(batches).joined().map { $0 }, uniquingKeysWith: { first, _ in first })
        var groups: [@Sendable () -> [(RenderedPage, [Diagnostic])]] = [
            { directoryPages(publication.people, scheme: nil, cards: cards) },
        ]
        for scheme in portal.schemes where scheme.directory {
            let members = publication.members(of: scheme.slug)
            if !members.isEmpty { groups.append { directoryPages(members, scheme: scheme, cards: cards) } }
        }
        let batch = 64
        for start in stride(from: 0, to: publication.people.count, by: batch) {
            let people = Array(publication.people[start..<min(start + batch, publication.people.count)])
            groups.append { people.map { profilePage($0, publication: publication) } }
        }
        return groups
    }

    /// What every page of one directory shares, worked out once rather than per facet page: the people's
    /// cards and the facet lists (all facet pages sit at the same depth, so their links are the same).
    struct DirectoryLayout {
        let base: String
        let cards: [String: CardHTML]
        /// Every page of a directory shows facet counts (and the directory its pairs) over all its people.
        let shown: PageInputs.Shared
        /// Facet lists as seen from the directory page and from a facet page, with each value's page path.
        let facets: [(facet: Facet, values: [(name: String, path: String, count: Int)])]
    }

    /// A person's card rendered once, as the text around each place its template writes the person's
    /// address; a page joins the pieces with the address as seen from itself. At thousands of people a
    /// person appears on half a dozen directory and facet pages, and rendering the template for each was
    /// most of the build.
    struct CardHTML: Sendable {
        let pieces: [Substring]

        /// U+0001 cannot come from the content: YAML refuses control characters, and no card field is Markdown.
        static let addressMark = "\u{1}"

        func html(address: String, into output: inout String) {
            for (index, piece) in pieces.enumerated() {
                if index > 0 { output += address }
                output += piece
            }
        }
    }

    func cardHTML(_ person: PublishedPerson) -> CardHTML {
        var card = card(person, from: SitePaths.home)
        card["url"] = CardHTML.addressMark
        let html = templates.render(Self.cardTemplate, card)
        return CardHTML(pieces: html.split(separator: CardHTML.addressMark, omittingEmptySubsequences: false))
    }

    static let cardTemplate = "partials/person-card"

    /// A directory and, beneath it, one page per facet value, so filtering works with no JavaScript.
    func directoryPages(_ people: [PublishedPerson], scheme: Scheme?, cards: [String: CardHTML]) -> [(RenderedPage, [Diagnostic])] {
        let base = SitePaths.peopleFolder(scheme?.slug)
        let directory = SitePaths.directory(scheme?.slug)
        let facets = Self.facets.compactMap { facet -> (facet: Facet, values: [(name: String, path: String, count: Int)])? in
            var counts: [String: Int] = [:]
            for person in people { for value in Set(facet.values(person)) { counts[value, default: 0] += 1 } }
            guard !counts.isEmpty else { return nil }
            // Each value gets its own address even when two spell the same ("C++" and "C"), none can be
            // made from it ("日本語"), or it is a name Windows reserves ("AUX" becomes "aux-2").
            var used = UniqueName.Taken()
            return (facet, counts.sorted { $0.key < $1.key }.map { value, count in
                let slug = Slug.make(from: value)
                let segment = UniqueName.make(slug.isEmpty ? "value" : slug, taken: &used,
                                              allowed: { !ReservedFileName.isReserved($0) })
                return (value, SitePaths.facetValue(in: base, facet.slug, segment), count)
            })
        }
        let layout = DirectoryLayout(
            base: base,
            cards: cards,
            shown: PageInputs.Shared(Set([.members(scheme: scheme?.slug)] + people.flatMap(PageBuilder.inputs(of:)))),
            facets: facets)
        var outputs = [directoryPage(people, all: people, scheme: scheme, path: directory, facet: nil, layout: layout)]
        for (facet, values) in layout.facets {
            for value in values {
                let matching = people.filter { facet.values($0).contains(value.name) }
                outputs.append(directoryPage(matching, all: people, scheme: scheme, path: value.path,
                                             facet: (facet, value.name), layout: layout))
            }
        }
        return outputs
    }

    private func directoryPage(_ people: [PublishedPerson], all: [PublishedPerson], scheme: Scheme?, path: String,
                               facet: (Facet, String)?, layout: DirectoryLayout) -> (RenderedPage, [Diagnostic]) {
        let base = layout.base
        let directoryTitle = scheme == nil ? "People" : "People in this scheme"
        let title = facet.map { "\($0.0.title): \($0.1)" } ?? directoryTitle
        var crumbs = scheme.map(schemeBreadcrumbs) ?? [("Home", SitePaths.home)]
        if facet != nil { crumbs.append((directoryTitle, SitePaths.directory(scheme?.slug))) }
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: title, kind: "people", breadcrumbs: crumbs, scheme: scheme)
        builder.record(layout.shown)
        builder.record(.template(Self.cardTemplate))
        // Every profile is people/<id>/index.html, so the way there differs between people only by the id.
        let toProfile = SitePaths.relative(from: path, to: SitePaths.person(CardHTML.addressMark))
            .split(separator: CardHTML.addressMark, omittingEmptySubsequences: false)
        func cards(_ members: [PublishedPerson]) -> String {
            var html = ""
            for person in members {
                layout.cards[person.id]?.html(address: toProfile.joined(separator: person.id), into: &html)
            }
            // The template's own line break ends the last card.
            if html.hasSuffix("\n") { html.removeLast() }
            return html
        }
        var groups: [[String: Any]] = []
        if let scheme {
            for side in scheme.sides {
                let members = people.filter { $0.membership(in: scheme.slug)?.side == side.id }
                if !members.isEmpty {
                    groups.append(["title": side.plural, "sideId": side.id, "cardsHtml": cards(members)])
                }
            }
        } else {
            groups.append(["title": "Everyone", "sideId": "", "cardsHtml": cards(people)])
        }
        context["groups"] = groups
        context["count"] = people.count
        context["isFacet"] = facet != nil
        context["allUrl"] = SitePaths.relative(from: path, to: SitePaths.directory(scheme?.slug))
        let prefix = facet == nil ? "" : "../../"
        context["facets"] = layout.facets.map { facetList -> [String: Any] in
            ["title": facetList.facet.title, "values": facetList.values.map { value -> [String: Any] in
                // Facet pages sit two folders below the directory, so links differ only by that prefix.
                ["name": value.name, "url": prefix + String(value.path.dropFirst(base.count + 1)), "count": value.count,
                 "current": value.path == path]
            }]
        }
        // Pairs are listed once, on the directory itself; a facet page shows only the people it filters.
        context["pairs"] = facet == nil ? scheme.map { pairs(in: $0, people: all, from: path) } ?? [] : []
        context["shortlist"] = scheme.map { shortlistSettings($0) } ?? [String: Any]()
        context["hasShortlist"] = scheme != nil
        return page(builder, template: "people", context: context)
    }

    func profilePage(_ person: PublishedPerson, publication: Publication) -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.person(person.id)
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: person.name, kind: "person",
                                   breadcrumbs: [("Home", SitePaths.home), ("People", SitePaths.people)])
        builder.record(person)
        var entry = card(person, from: path)
        entry["biographyHtml"] = builder.html(person.biography, topHeadingLevel: 3, authorTopLevel: 1) ?? ""
        entry["email"] = person.email ?? ""
        entry["mailto"] = person.email.map { "mailto:" + $0 } ?? ""
        context["person"] = entry
        context["memberships"] = person.memberships.compactMap { membership -> [String: Any]? in
            // The scheme's file is among the person's sources, recorded above.
            guard let scheme = portal.scheme(slug: membership.scheme) else { return nil }
            return [
                "schemeTitle": scheme.shortTitle ?? scheme.title,
                "schemeUrl": SitePaths.relative(from: path, to: SitePaths.scheme(scheme.slug)),
                "directoryUrl": SitePaths.relative(from: path, to: SitePaths.schemePeople(scheme.slug)),
                "sideName": scheme.side(id: membership.side)?.name ?? membership.side,
                "sideId": membership.side,
                "schemeSlug": scheme.slug,
                "partners": membership.partners.compactMap { id in publication.person(id: id) }.map { partner in
                    builder.record(partner)
                    return ["name": partner.name, "url": SitePaths.relative(from: path, to: SitePaths.person(partner.id))]
                },
                "shortlist": shortlistSettings(scheme),
            ]
        }
        return page(builder, template: "person", context: context)
    }


    /// One person as the directory shows them. `search` holds only published fields, for the filter script.
    func card(_ person: PublishedPerson, from path: String) -> [String: Any] {
        let schemes = person.memberships.compactMap { membership -> [String: Any]? in
            guard let scheme = portal.scheme(slug: membership.scheme) else { return nil }
            return ["title": scheme.shortTitle ?? scheme.title, "slug": scheme.slug,
                    "sideId": membership.side, "sideName": scheme.side(id: membership.side)?.name ?? membership.side]
        }
        let searchable = [person.name, person.jobTitle, person.grade, person.organisation, person.profession].compactMap { $0 }
            + person.expertiseOffered + person.expertiseSought + schemes.compactMap { $0["title"] as? String }
        return [
            "id": person.id,
            "name": person.name,
            "url": SitePaths.relative(from: path, to: SitePaths.person(person.id)),
            "jobTitle": person.jobTitle ?? "",
            "grade": person.grade ?? "",
            "organisation": person.organisation ?? "",
            "profession": person.profession ?? "",
            "expertiseOffered": person.expertiseOffered,
            "expertiseSought": person.expertiseSought,
            "schemes": schemes,
            "search": searchable.joined(separator: " ").lowercased(),
        ]
    }

    private func pairs(in scheme: Scheme, people: [PublishedPerson], from path: String) -> [[String: Any]] {
        var result: [[String: Any]] = []
        let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for person in people {
            for partnerID in person.membership(in: scheme.slug)?.partners ?? [] where person.id < partnerID {
                guard let partner = byID[partnerID] else { continue }
                result.append(["first": ["name": person.name, "url": SitePaths.relative(from: path, to: SitePaths.person(person.id))],
                               "second": ["name": partner.name, "url": SitePaths.relative(from: path, to: SitePaths.person(partner.id))]])
            }
        }
        return result
    }

    /// What the shortlist script needs: the limit and the sides, and where to send the list.
    func shortlistSettings(_ scheme: Scheme) -> [String: Any] {
        [
            "scheme": scheme.slug,
            "schemeTitle": scheme.shortTitle ?? scheme.title,
            "maxPreferences": scheme.rules.maxPreferences ?? 3,
            "contactEmail": scheme.contacts.first { $0.email != nil }?.email ?? "",
            "sides": scheme.sides.map { side in
                ["id": side.id, "name": side.name, "plural": side.plural,
                 "contact": scheme.contacts.first { $0.side == side.id && $0.email != nil }?.email ?? ""]
            },
        ]
    }
}
