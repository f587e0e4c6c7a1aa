/// The people directories: everyone's, and each scheme's. Each has one page per facet value, so readers can
/// filter with no JavaScript, and every list is split into pages of `people.page_size` people, so a
/// directory of thousands stays a page a browser (and a screen reader) can use.
extension SiteRenderer {
    /// The facets a directory can be browsed by, each with an address segment and how to read it.
    struct Facet: Sendable {
        enum Field: Sendable { case expertise, organisation, grade }
        let slug: String
        let title: String
        let field: Field

        /// The person's values for this facet. A method reading one field, not a closure: calling a closure
        /// with `people[index]` copied the whole record (retaining every field) for every person and facet.
        func values(_ person: PublishedPerson) -> [String] {
            switch field {
            case .expertise: return person.expertiseOffered
            case .organisation: return person.organisation.map { [$0] } ?? []
            case .grade: return person.grade.map { [$0] } ?? []
            }
        }
    }

    static let facets = [
        Facet(slug: "expertise", title: "Area of expertise", field: .expertise),
        Facet(slug: "organisation", title: "Department or organisation", field: .organisation),
        Facet(slug: "grade", title: "Grade", field: .grade),
    ]

    typealias FacetList = (facet: Facet, values: [(name: String, path: String, count: Int)])

    /// What every page of one directory shares, worked out once rather than per page: the people's cards,
    /// what the pages show, and the facet lists with each value's page.
    struct DirectoryLayout {
        let base: String
        /// The directory's people; lists refer to them by position, so no person's record is copied per list.
        let people: [PublishedPerson]
        let cards: [String: CardHTML]
        /// Every page of a directory shows facet counts (and the directory its pairs) over all its people:
        /// their cards (`CardFacts`), not their whole published records.
        let shown: PageInputs.Shared
        let facets: [FacetList]
        /// Where the directory's search index is, when any of its lists runs to more than one page.
        let index: String?
    }

    /// Each facet's values among `people`, sorted, with the address of each value's page.
    static func facetLists(_ people: [PublishedPerson], base: String) -> [FacetList] {
        facets.compactMap { facet -> FacetList? in
            var counts: [String: Int] = [:]
            for index in people.indices {
                // A person's values are usually few: one written twice is counted once, without a set made for
                // each person unless they have many.
                let values = facet.values(people[index])
                if values.count <= 8 {
                    for (position, value) in values.enumerated() where !values[..<position].contains(value) { counts[value, default: 0] += 1 }
                } else {
                    for value in Set(values) { counts[value, default: 0] += 1 }
                }
            }
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
    }

    /// Whether some list of the directory (itself, or a facet value's) runs to more than one page.
    func needsIndex(_ people: [PublishedPerson], facets: [FacetList]) -> Bool {
        let size = portal.settings.directoryPageSize
        return people.count > size || facets.contains { $0.values.contains { $0.count > size } }
    }

    /// A directory and, beneath it, one list per facet value, each split into pages.
    func directoryPages(_ people: [PublishedPerson], scheme: Scheme?, cards: [String: CardHTML]) -> [(RenderedPage, [Diagnostic])] {
        let base = SitePaths.peopleFolder(scheme?.slug)
        let facets = Self.facetLists(people, base: base)
        let layout = DirectoryLayout(
            base: base, people: people, cards: cards,
            shown: PageInputs.Shared(Set([.members(scheme: scheme?.slug)] + people.map { .card($0.id) })),
            facets: facets, index: needsIndex(people, facets: facets) ? SitePaths.directoryIndex(in: base) : nil)
        // In a scheme, people are listed side by side, in the order of its sides.
        var ordered: [Entry] = []
        if let scheme {
            for side in scheme.sides {
                ordered += people.indices.filter { people[$0].membership(in: scheme.slug)?.side == side.id }.map { Entry(side: side.id, index: $0) }
            }
        } else {
            ordered = people.indices.map { Entry(side: "", index: $0) }
        }
        var outputs = listPages(ordered, scheme: scheme, path: SitePaths.directory(scheme?.slug), facet: nil, layout: layout)
        for (facet, values) in layout.facets {
            // Each value's people in one pass over the directory, in its order.
            var members: [String: [Entry]] = [:]
            for entry in ordered { for value in Set(facet.values(people[entry.index])) { members[value, default: []].append(entry) } }
            for value in values {
                outputs += listPages(members[value.name] ?? [], scheme: scheme, path: value.path,
                                     facet: (facet, value), layout: layout)
            }
        }
        return outputs
    }

    /// A person in a list: their side (in a scheme's directory) and where they are in the directory's people.
    struct Entry {
        let side: String
        let index: Int
    }

    /// One list (a directory, or a facet value's people) as pages: the first at the list's own address,
    /// the rest at `page/2/`, `page/3/`… beneath it.
    private func listPages(_ ordered: [Entry], scheme: Scheme?, path: String,
                           facet: FacetValue?, layout: DirectoryLayout) -> [(RenderedPage, [Diagnostic])] {
        let size = portal.settings.directoryPageSize
        let pageCount = max(1, (ordered.count + size - 1) / size)
        let paths = (1...pageCount).map { $0 == 1 ? path : SitePaths.listPage(path, $0) }
        // A check draws only the first page of the directory's own list.
        let drawsFirst = drawing.draws(first: facet == nil)
        let drawsRest = drawing == .everyPage
        guard drawsFirst || drawsRest else {
            return paths.indices.map { directoryOutline(paths, page: $0 + 1, scheme: scheme, facet: facet) }
        }
        let browse = (first: PreparedValue(browseLists(from: paths[0], current: paths[0], layout: layout)),
                      rest: PreparedValue(paths.count > 1 && drawsRest ? browseLists(from: paths[1], current: paths[0], layout: layout) : []))
        return paths.indices.map { index in
            guard index == 0 || drawsRest else { return directoryOutline(paths, page: index + 1, scheme: scheme, facet: facet) }
            let chunk = ordered[(index * size)..<min((index + 1) * size, ordered.count)]
            let list = DirectoryList(people: chunk, total: ordered.count, page: index + 1, paths: paths, browse: browse)
            return directoryPage(list, scheme: scheme, facet: facet, layout: layout)
        }
    }

    typealias FacetValue = (facet: Facet, value: (name: String, path: String, count: Int))

    /// A list page's title: the directory's or the facet value's, with its place among the list's pages.
    private func directoryTitle(pages: Int, page: Int, scheme: Scheme?, facet: FacetValue?) -> String {
        var title = facet.map { "\($0.facet.title): \($0.value.name)" } ?? (scheme == nil ? "People" : "People in this scheme")
        if pages > 1 { title += " (page \(page) of \(pages))" }
        return title
    }

    /// What `portal check` reads of a list page it does not draw: its address and title (the page has no Markdown).
    private func directoryOutline(_ paths: [String], page: Int, scheme: Scheme?, facet: FacetValue?) -> (RenderedPage, [Diagnostic]) {
        var builder = PageBuilder(path: paths[page - 1], renderer: markdown)
        builder.title = directoryTitle(pages: paths.count, page: page, scheme: scheme, facet: facet)
        return (builder.rendered(bytes: []), [])
    }

    /// One page of a list: its people, how many there are in all, and the addresses of all its pages.
    struct DirectoryList {
        let people: ArraySlice<Entry>
        let total: Int
        let page: Int
        let paths: [String]
        /// The "Browse by" lists as the first page and as the later pages see them (the same on every later
        /// page of a list, so made once per list, not once per page).
        let browse: (first: PreparedValue, rest: PreparedValue)
        var path: String { paths[page - 1] }
    }

    private func directoryPage(_ list: DirectoryList, scheme: Scheme?,
                               facet: FacetValue?, layout: DirectoryLayout) -> (RenderedPage, [Diagnostic]) {
        let path = list.path
        let directoryTitle = scheme == nil ? "People" : "People in this scheme"
        let title = self.directoryTitle(pages: list.paths.count, page: list.page, scheme: scheme, facet: facet)
        var crumbs = scheme.map(schemeBreadcrumbs) ?? [("Home", SitePaths.home)]
        if facet != nil { crumbs.append((directoryTitle, SitePaths.directory(scheme?.slug))) }
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: title, kind: "people", breadcrumbs: crumbs, scheme: scheme)
        builder.record(layout.shown)
        for name in templates.used(by: Self.cardTemplate) { builder.record(.template(name)) }
        // Every profile is people/<id>/index.html, so the way there differs between people only by the id.
        let toProfile = CardHTML.Address(SitePaths.relative(from: path, to: SitePaths.person(CardHTML.addressMark)))
        var groups: [[String: Any]] = []
        var start = list.people.startIndex
        while start < list.people.endIndex {
            let side = list.people[start].side
            var html: [UInt8] = []
            var end = start
            while end < list.people.endIndex, list.people[end].side == side {
                let person = layout.people[list.people[end].index]
                // A check with the built-in card template makes only the cards of the pages it draws, here.
                (layout.cards[person.id] ?? cardHTML(person)).write(address: toProfile, id: person.id, into: &html)
                end += 1
            }
            // The template's own line break ends the last card (a "\r\n" is left whole, as a Character it is one).
            if html.last == 0x0A, html.count < 2 || html[html.count - 2] != 0x0D { html.removeLast() }
            let title = scheme.flatMap { $0.sides.first { $0.id == side }?.plural } ?? "Everyone"
            groups.append(["title": title, "sideId": side, "cardsHtml": String(decoding: html, as: UTF8.self)])
            start = end
        }
        context["groups"] = groups
        context["count"] = list.total
        context["isFacet"] = facet != nil
        context["allUrl"] = SitePaths.relative(from: path, to: SitePaths.directory(scheme?.slug))
        // The way up from this page to the directory's folder, which the filter script adds to each profile's path.
        let toBase = String(SitePaths.relative(from: path, to: layout.base + "/index.html").dropLast("index.html".count))
        context["isPaged"] = list.paths.count > 1
        context["pagination"] = list.paths.count > 1 ? pagination(list) : [String: Any]()
        if list.paths.count > 1, let index = layout.index {
            context["indexUrl"] = SitePaths.relative(from: path, to: index)
            context["indexBase"] = toBase
            context["facetKey"] = facet.map { String($0.1.path.dropFirst(layout.base.count + 1).dropLast("/index.html".count)) } ?? ""
        }
        context["facets"] = list.page == 1 ? list.browse.first : list.browse.rest
        // Pairs are listed once, on the directory's first page; a facet page shows only the people it filters.
        let showsPairs = facet == nil && list.page == 1
        context["pairs"] = showsPairs ? scheme.map { pairs(in: $0, people: layout.people, from: path) } ?? [] : []
        context["shortlist"] = scheme.map { schemeFacts(of: $0).shortlist } ?? PreparedValue([String: Any]())
        context["hasShortlist"] = scheme?.rules.maxPreferences != nil
        return page(builder, template: "people", context: context)
    }

    /// The facet lists seen from a page at `path`, marking the value whose list starts at `current`. Every page of
    /// a directory lies beneath its folder, so a link is the way up to the folder and then the value's own path.
    private func browseLists(from path: String, current: String, layout: DirectoryLayout) -> [[String: Any]] {
        let toBase = String(SitePaths.relative(from: path, to: layout.base + "/index.html").dropLast("index.html".count))
        return layout.facets.map { facetList -> [String: Any] in
            ["title": facetList.facet.title, "values": facetList.values.map { value -> [String: Any] in
                ["name": value.name, "url": toBase + String(value.path.dropFirst(layout.base.count + 1)), "count": value.count,
                 "current": value.path == current]
            }]
        }
    }

    /// Links to the other pages of a list: the first, the last, and two either side of this one, with a
    /// gap marked where pages are left out.
    private func pagination(_ list: DirectoryList) -> [String: Any] {
        let count = list.paths.count
        let shown = (1...count).filter { $0 == 1 || $0 == count || abs($0 - list.page) <= 2 }
        var pages: [[String: Any]] = []
        for (position, number) in shown.enumerated() {
            let gapBefore = position > 0 && number - shown[position - 1] > 1
            pages.append(["number": number, "url": SitePaths.relative(from: list.path, to: list.paths[number - 1]),
                          "current": number == list.page, "gapBefore": gapBefore])
        }
        let first = (list.page - 1) * portal.settings.directoryPageSize + 1
        return [
            "page": list.page, "pageCount": count, "pages": pages,
            "from": first, "to": first + list.people.count - 1,
            "hasPrevious": list.page > 1, "hasNext": list.page < count,
            "previousUrl": list.page > 1 ? SitePaths.relative(from: list.path, to: list.paths[list.page - 2]) : "",
            "nextUrl": list.page < count ? SitePaths.relative(from: list.path, to: list.paths[list.page]) : "",
        ]
    }
}
