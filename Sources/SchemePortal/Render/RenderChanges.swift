/// What differs between the last render's inputs and this one's, as `PageInput`s: a unit of the site is
/// rendered again when any input it recorded is among them, and taken from the last render otherwise.
///
/// Every input is compared by value, not by which file was saved: a person is `person` changed when what
/// the privacy gate publishes about them differs, whatever file or rule made it differ. Changes whose
/// effects no page records are `whole`: the portal file (settings, grade ladders, vocabularies, limits),
/// a content file other than a participant file added or removed, a page or scheme that comes or goes
/// (pages and their order come from file names), the set of templates or assets, and the site's address.
struct RenderChanges {
    /// Render everything: the last render is no guide.
    var whole: Bool
    var inputs: Set<PageInput>

    static let everything = RenderChanges(whole: true, inputs: [])

    /// Whether a unit that recorded `recorded` must be rendered again.
    func touches(_ recorded: PageInputs) -> Bool {
        whole || inputs.contains { recorded.contains($0) }
    }

    init(whole: Bool, inputs: Set<PageInput>) {
        self.whole = whole
        self.inputs = inputs
    }

    /// The changes from `old` to the new portal, templates and options, given the content files that differ.
    init(from old: RenderState, to portal: PublishedPortal, templates: Templates, options: RenderOptions, files: FileChanges) {
        self.init(whole: false, inputs: [])
        let settingsFile = portal.settings.location.file
        guard !files.reshaped, !files.changed.contains(settingsFile),
              old.portal.settings.location.file == settingsFile, options.baseURL == old.options.baseURL,
              Self.pages(of: old.portal) == Self.pages(of: portal), Self.sameShape(old.templates, templates) else {
            self = .everything
            return
        }
        if options.today != old.options.today { inputs.insert(.today) }
        for path in files.changed { inputs.insert(.file(path)) }
        for (name, text) in templates.sources where old.templates.sources[name] != text { inputs.insert(.template(name)) }
        for (path, bytes) in templates.assets where old.templates.assets[path] != bytes { inputs.insert(.asset(path)) }
        if Navigation(old.portal) != Navigation(portal) { inputs.insert(.navigation) }
        people(from: old.portal, to: portal)
    }

    /// Which schemes and pages there are, from which files, in order. A file that stops loading (front matter
    /// broken) or loads again is not added or removed, yet the page comes or goes, and with it the lists
    /// and menus that show it: such a change renders everything.
    private static func pages(of portal: PublishedPortal) -> [String] {
        var files = portal.pages.map(\.location.file)
        for scheme in portal.schemes {
            files.append(scheme.slug + " " + scheme.location.file)
            files += scheme.handbook.map { "handbook " + $0.location.file } + scheme.toolkit.map { "toolkit " + $0.location.file }
        }
        return files
    }

    /// Whether the two sets of templates and assets have the same names, files and engine, so that only
    /// their texts can differ.
    private static func sameShape(_ old: Templates, _ new: Templates) -> Bool {
        Set(old.sources.keys) == Set(new.sources.keys) && old.displays == new.displays
            && Set(old.assets.keys) == Set(new.assets.keys)
            && (old.compiled == nil) == (new.compiled == nil) && old.unsupported == new.unsupported && old.engine == new.engine
    }

    /// People whose published view, card or directory membership differs.
    private mutating func people(from old: PublishedPortal, to new: PublishedPortal) {
        let before = old.publication, after = new.publication
        if before.people.map(\.id) != after.people.map(\.id) { inputs.insert(.members(scheme: nil)) }
        for slug in Set(old.schemes.map(\.slug)).union(new.schemes.map(\.slug))
        where before.members(of: slug).map(\.id) != after.members(of: slug).map(\.id) {
            inputs.insert(.members(scheme: slug))
        }
        // A scheme whose name or sides' names changed changes the card of everyone in it.
        let shownBefore = Dictionary(old.schemes.map { ($0.slug, CardFacts.SchemeShown($0)) }, uniquingKeysWith: { first, _ in first })
        let shownAfter = Dictionary(new.schemes.map { ($0.slug, CardFacts.SchemeShown($0)) }, uniquingKeysWith: { first, _ in first })
        let reshown = Set(shownBefore.keys).union(shownAfter.keys).filter { shownBefore[$0] != shownAfter[$0] }
        for slug in reshown {
            for person in before.members(of: slug) + after.members(of: slug) { inputs.insert(.card(person.id)) }
        }
        let earlier = before.people, later = after.people
        // Mostly the same people in the same order: compared side by side, by position, without copying a record.
        if earlier.count == later.count, earlier.indices.allSatisfy({ earlier[$0].id == later[$0].id }) {
            for index in later.indices where earlier[index] != later[index] {
                compare(earlier[index], later[index], old: old, new: new)
            }
            return
        }
        for index in later.indices {
            let id = later[index].id
            guard let was = before.person(id: id) else {
                inputs.insert(.person(id))
                inputs.insert(.card(id))
                continue
            }
            if was != later[index] { compare(was, later[index], old: old, new: new) }
        }
        for index in earlier.indices where after.person(id: earlier[index].id) == nil {
            inputs.insert(.person(earlier[index].id))
            inputs.insert(.card(earlier[index].id))
        }
    }

    /// One person whose published view differs: their card too, when what it shows differs.
    private mutating func compare(_ was: PublishedPerson, _ now: PublishedPerson, old: PublishedPortal, new: PublishedPortal) {
        inputs.insert(.person(now.id))
        if CardFacts(was, in: old) != CardFacts(now, in: new) { inputs.insert(.card(now.id)) }
    }

    /// What the frame of every page shows besides the settings: the menu, and whether there is a people
    /// directory and a portal calendar.
    private struct Navigation: Equatable {
        let schemes: [[String?]]
        let hasPeople: Bool
        let hasCalendar: Bool

        init(_ portal: PublishedPortal) {
            schemes = portal.schemes.map { [$0.slug, $0.title, $0.shortTitle] }
            hasPeople = !portal.publication.people.isEmpty
            hasCalendar = SiteRenderer.hasPortalCalendar(portal)
        }
    }
}
