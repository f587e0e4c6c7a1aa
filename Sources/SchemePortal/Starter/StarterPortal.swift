/// What `portal new` makes: a small working portal to start from, with one scheme (its page, a handbook
/// page, a toolkit page, key dates placed from the day it is made) and six made-up people. Every file
/// teaches its format in comments. The same day always gives the same files, byte for byte.
public enum StarterPortal {
    /// The scheme the starter portal holds.
    public static let schemeTitle = "Staff Mentoring Scheme"
    public static let schemeSlug = "staff-mentoring"
    static let gradeLadder = "staff-grades"

    /// Every file, by its path from the new portal's folder, in the order `portal new` lists them.
    public static func files(today: CalendarDay) -> [StarterFile] {
        let scheme = StarterScheme(title: schemeTitle, slug: schemeSlug, dates: StarterDates(today: today),
                                   gradeLadder: gradeLadder, hasPeople: true)
        var files = [StarterFile(path: "Content/portal.yaml", contents: portalFile, about: "the portal's settings")]
        files += scheme.files.map { StarterFile(path: "Content/" + $0.path, contents: $0.contents, about: $0.about) }
        files.insert(StarterFile(path: "Content/schemes/\(schemeSlug)/people.yaml", contents: StarterPeople.file(slug: schemeSlug),
                                 about: "its people"), at: 2)
        files.append(StarterFile(path: "Layouts/README.md", contents: layoutsReadme, about: "your changes to the look"))
        files.append(StarterFile(path: ".gitignore", contents: gitignore, about: "keeps Output/ out of git"))
        return files
    }

    static let portalFile = """
        # The portal's settings, in YAML: one ‘key: value’ a line. Text after a # is a comment, for you
        # only; indented lines belong to the key above them, and a line starting with ‘- ’ is one item
        # of a list. Every key is described in SchemePortal's docs/content-format.md.
        #
        # Everything in this portal is made up, to show each kind of file: replace it with your own.

        # The portal's name, shown at the top of every page.
        title: Mentoring schemes
        # Who publishes the portal: shown in the footer and the accessibility statement.
        organisation: Example Organisation
        # One sentence for the home page and search engines.
        description: Mentoring schemes for staff of Example Organisation, with their key dates and handbooks.
        # Where the portal will be published. Used only for sitemap.xml and links that must be whole
        # addresses; every link between pages works wherever the site is put.
        base_url: https://mentoring.example.org/
        # Where readers report a problem with the portal (the accessibility statement and 404 page).
        contact_email: mentoring@example.org
        # A line for the foot of every page (optional).
        footer: An example portal made by ‘portal new’. Every person and address in it is made up.

        # Grade ladders that schemes' rules compare grades on: each has an id (which a scheme's
        # ‘grade_ladder’ names), a name, and its grades, MOST JUNIOR FIRST. A grade may have other
        # names people write for it: {name: Grade 9, aliases: [Director]}.
        grade_ladders:
          - id: \(gradeLadder)
            name: Staff grades (an example)
            grades:
              - Grade 1
              - Grade 2
              - Grade 3
              - Grade 4
              - Grade 5
              - Grade 6
              - Grade 7
              - Grade 8
              - name: Grade 9
                aliases: [Director]

        # Word lists for people's data (optional). When a list is given, a value outside it is an error
        # with a suggestion, so that the directory's filters never split one subject into two spellings.
        # A synonym is accepted in the data and shown as the name.
        vocabularies:
          expertise:
            - Budgets and finance
            - Career development
            - Communications
            - Data and analysis
            - name: Leadership and management
              synonyms: [Line management]
            - Project management
          organisations:
            - Estates
            - Finance Office
            - IT Services
            - Library
            - Research Office
            - Student Services

        # People's profile pages are kept out of search engines unless this is true.
        people:
          index_profiles: false

        """

    static let layoutsReadme = """
        # Layouts

        Files here replace the built-in theme's file of the same name (see SchemePortal's
        `docs/templates.md`):

        - `templates/<name>.mustache`: a page template or a partial (`templates/partials/footer.mustache`);
        - `assets/<file>`: a stylesheet, or an image or document to download that your pages link to as
          `/assets/<file>`; copied to `Output/assets/`.

        The built-in theme is in SchemePortal's `Sources/SchemePortal/Theme/`: copy a file from there to
        this folder and edit it. While this folder holds only this README, the built-in theme is used as it is.

        """

    static let gitignore = """
        # The built site: ‘portal build’ makes it again from Content/ and Layouts/.
        Output/

        """
}
