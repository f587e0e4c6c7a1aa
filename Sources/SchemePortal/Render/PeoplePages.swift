/// The profile pages and the person cards the directories show, built only from `Publication`'s output.
extension SiteRenderer {
    /// Every published person's card, rendered once for all the directories, on every core; `kept` gives a
    /// card the last render made when neither the person's card nor its template changed since.
    func cards(_ people: [PublishedPerson], kept: @escaping @Sendable (String) -> CardHTML?) -> [String: CardHTML] {
        let made = Parallel.slices(people, size: 256) { batch in batch.map { ($0.id, kept($0.id) ?? cardHTML($0)) } }
        return Dictionary(made.joined().map { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// The directories and profiles, each a unit of work the next render can keep: each directory with its
    /// facet pages, its search index, and each person's profile.
    func peopleUnits(cards: [String: CardHTML], pages wrap: @escaping @Sendable (@escaping @Sendable () -> [(RenderedPage, [Diagnostic])]) -> RenderUnit.Make) -> [RenderUnit] {
        let directories = directories()
        guard !directories.isEmpty else { return [] }
        // A card template that runs away does so for everyone: said once, with the everyone's directory.
        let stopped = publication.people.lazy.compactMap { cards[$0.id]?.stopped }.first.map {
            templates.stoppedRendering(Self.cardTemplate, page: SitePaths.people, because: $0)
        }
        var units: [RenderUnit] = []
        for (scheme, people) in directories {
            let key = scheme?.slug ?? ""
            units.append(RenderUnit(key: "directory:" + key, make: wrap {
                var outputs = directoryPages(people, scheme: scheme, cards: cards)
                if scheme == nil, let stopped, !outputs.isEmpty { outputs[0].1.append(stopped) }
                return outputs
            }))
            units.append(RenderUnit(key: "index:" + key, make: {
                let index = directoryIndex(scheme: scheme, people: people, written: drawing == .everyPage)
                return SiteRenderer.GroupOutput(extraFiles: index.file.map { [($0, index.inputs)] } ?? [], recorded: index.inputs)
            }))
        }
        let publication = publication
        for (position, person) in publication.people.enumerated() {
            let drawn = drawing.draws(first: position == 0)
            units.append(RenderUnit(key: "profile:" + person.id, weight: 1, make: wrap {
                [drawn ? profilePage(person, publication: publication) : profileOutline(person)]
            }))
        }
        return units
    }

    /// A person's card rendered once, with a mark at each place its template writes the person's address;
    /// a page writes it with the address as seen from itself at each mark. At thousands of people a
    /// person appears on half a dozen directory and facet pages, and rendering the template for each was
    /// most of the build.
    final class CardHTML: Sendable {
        /// The card's bytes, with `addressMark` where its template writes the person's address: in memory the
        /// card owns, written once here and only read after, because every directory and facet page copies from
        /// it on both cores, and reading text that both cores share retained it each time (as `TemplateStep.text`).
        nonisolated(unsafe) private let bytes: UnsafeBufferPointer<UInt8>
        /// Why the card's rendering stopped short, if its template ran away.
        let stopped: String?

        /// U+0001 cannot come from the content: YAML refuses control characters, and no card field is Markdown.
        static let addressMark = "\u{1}"
        /// The mark as the one byte it is in UTF-8.
        static let addressByte: UInt8 = 1

        init(bytes: [UInt8], stopped: String?) {
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
            _ = copy.initialize(from: bytes)
            self.bytes = UnsafeBufferPointer(copy)
            self.stopped = stopped
        }

        deinit {
            bytes.deallocate()
        }

        /// The way from one page to any profile, which differs between people only by the id: the text around
        /// each place the id goes, made once for a page.
        struct Address {
            let pieces: [[UInt8]]

            /// `link` as it reads with `addressMark` for the id.
            init(_ link: String) {
                pieces = Array(link.utf8).split(separator: CardHTML.addressByte, omittingEmptySubsequences: false).map(Array.init)
            }

            func write(id: String, into output: inout [UInt8]) {
                for (index, piece) in pieces.enumerated() {
                    if index > 0 { output.append(contentsOf: id.utf8) }
                    output.append(contentsOf: piece)
                }
            }
        }

        /// The card, with the way to `id`'s profile at each place its template put the address.
        func write(address: Address, id: String, into output: inout [UInt8]) {
            var start = 0
            // The search is `addressMark`'s, by memchr.
            while let mark = UTF8Search.firstOffset(of: "\u{1}", in: bytes, from: start, to: bytes.count) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<mark]))
                address.write(id: id, into: &output)
                start = mark + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    func cardHTML(_ person: PublishedPerson) -> CardHTML {
        var card = card(person, from: SitePaths.home)
        card["url"] = CardHTML.addressMark
        let (bytes, stopped) = templates.rendering(Self.cardTemplate, card)
        return CardHTML(bytes: bytes, stopped: stopped)
    }

    static let cardTemplate = "partials/person-card"

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
                "shortlist": schemeFacts(of: scheme).shortlist,
            ]
        }
        return page(builder, template: "person", context: context)
    }


    /// What `portal check` reads of a profile it does not draw: its address, title and biography, whose
    /// Markdown makes the page's links, headings and messages exactly as `profilePage` does.
    func profileOutline(_ person: PublishedPerson) -> (RenderedPage, [Diagnostic]) {
        var builder = PageBuilder(path: SitePaths.person(person.id), renderer: markdown)
        builder.title = person.name
        _ = builder.html(person.biography, topHeadingLevel: 3, authorTopLevel: 1, makesHTML: false)
        return (builder.rendered(bytes: []), builder.diagnostics)
    }

    /// One person as the directory shows them. `search` holds only published fields, for the filter script.
    func card(_ person: PublishedPerson, from path: String) -> [String: Any] {
        let schemes = person.memberships.compactMap { membership -> [String: Any]? in
            guard let scheme = portal.scheme(slug: membership.scheme) else { return nil }
            return ["title": scheme.shortTitle ?? scheme.title, "slug": scheme.slug,
                    "sideId": membership.side, "sideName": scheme.side(id: membership.side)?.name ?? membership.side]
        }
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
            "search": searchText(person),
        ]
    }

    /// The published fields in lower case, for the filter script.
    func searchText(_ person: PublishedPerson) -> String {
        let schemes = person.memberships.compactMap { membership in
            portal.scheme(slug: membership.scheme).map { $0.shortTitle ?? $0.title }
        }
        let searchable = [person.name, person.jobTitle, person.grade, person.organisation, person.profession].compactMap { $0 }
            + person.expertiseOffered + person.expertiseSought + schemes
        return searchable.joined(separator: " ").lowercased()
    }

    func pairs(in scheme: Scheme, people: [PublishedPerson], from path: String) -> [[String: Any]] {
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

    /// What the shortlist script needs: the limit and the sides, and where to send the list. Empty for a scheme
    /// whose participants do not choose (no `max_preferences`: pairs chosen by organisers or a coordinator), so
    /// that its pages offer no shortlist.
    func shortlistSettings(_ scheme: Scheme) -> [String: Any] {
        guard let maxPreferences = scheme.rules.maxPreferences else { return [:] }
        return [
            "scheme": scheme.slug,
            "schemeTitle": scheme.shortTitle ?? scheme.title,
            "maxPreferences": maxPreferences,
            "contactEmail": scheme.contacts.first { $0.email != nil }?.email ?? "",
            "sides": scheme.sides.map { side in
                ["id": side.id, "name": side.name, "plural": side.plural,
                 "contact": scheme.contacts.first { $0.side == side.id && $0.email != nil }?.email ?? ""]
            },
        ]
    }
}
