extension Explanation {
    static let site: [Explanation] = [
        Explanation(.linkBroken, "a link goes to no page of the portal",
            """
            Links between pages are checked when the portal is built, so that readers never follow one to a missing page. Write the page's address exactly as it is published (the message suggests the nearest one): a scheme's pages are under ‘/schemes/’ and the scheme's folder name, and a handbook page's address ends with its file name without ‘.md’.
            """,
            wrong: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                Check the [key dates](/schemes/pilot/keydates/) before you meet.
                """),
            reported: "the link ‘/schemes/pilot/keydates/’ goes to no page of the portal",
            right: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                Check the [key dates](/schemes/pilot/key-dates/) before you meet.
                """)),
        Explanation(.linkOutside, "a link leads outside the portal",
            """
            A link that climbs above the portal's top folder (too many ‘../’) points to wherever the portal happens to sit on the web server, so it breaks as soon as the portal is published somewhere else. Link to pages of the portal from its top, starting with ‘/’ (such as ‘/schemes/pilot/key-dates/’), and to anything else by its full address, starting with ‘https://’.
            """,
            wrong: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                Fill in the [application form](../../../../../forms/application-form.docx).
                """),
            reported: "the link ‘../../../../../forms/application-form.docx’ leads outside the portal",
            right: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                Fill in the [application form](https://intranet.example.org/forms/application-form.docx).
                """)),
        Explanation(.anchorMissing, "a link names a heading that is not on the page",
            """
            A link ending in ‘#’ and a name opens a page at one of its headings, named by the heading's words in lower case with hyphens between them (‘## Mentoring agreement’ is ‘#mentoring-agreement’). When no heading has that name the reader lands at the top of the page instead, so the link is checked. Use the heading's name exactly; the message suggests the nearest one.
            """,
            wrong: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                See [the agreement](#agreement) below.

                ## Mentoring agreement
                """),
            reported: "the link ‘#agreement’ names a heading that is not on this page",
            right: Example("Content/schemes/pilot/handbook/first-meeting.md", """
                See [the agreement](#mentoring-agreement) below.

                ## Mentoring agreement
                """)),
        Explanation(.addressTaken, "a page would take an address the portal already uses",
            """
            Each page is published at an address made from its file name, and the portal keeps some addresses for its own pages (‘people’, ‘schemes’, ‘calendar’, ‘assets’, ‘index’, ‘404’ and ‘sitemap’), so a page with one of those names would overwrite them or be overwritten. The same goes for any two pages or files that would be written to one address. Rename the file; the page's title can stay as it is.
            """,
            wrong: Example("Content/pages/people.md", """
                ---
                title: The people behind our schemes
                ---
                """),
            reported: "the page ‘people’ would take the address of the portal's own people pages",
            right: Example("Content/pages/our-team.md", """
                ---
                title: The people behind our schemes
                ---
                """)),
        Explanation(.sectionAddressTaken, "a section heading takes the address of a built-in page",
            """
            Each ‘##’ heading in a scheme.md starts a page whose address is made from the heading's words, and a scheme already has pages of its own at ‘handbook’, ‘toolkit’, ‘people’, ‘calendar’ and ‘assets’. A section with one of those headings would clash with them, so give it a heading of a few more words.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                ## Handbook

                Everything you need to know is in the handbook.
                """),
            reported: "the section ‘Handbook’ would take the address of the scheme's handbook pages",
            right: Example("Content/schemes/pilot/scheme.md", """
                ## Using the handbook

                Everything you need to know is in the handbook.
                """)),
        Explanation(.sitemap, "no sitemap without the portal's web address",
            """
            A sitemap tells search engines which pages the portal has, and it must give each page's full web address, so it can only be made when the portal knows where it will be published. Add ‘base_url’ to portal.yaml with that address, or give ‘--base-url’ when you build. For a portal that search engines never see, such as one on an intranet, this warning can be left as it is.
            """,
            wrong: Example("Content/portal.yaml", """
                title: Mentoring schemes
                organisation: Example University
                """),
            reported: "sitemap.xml is not written because the portal has no base URL",
            right: Example("Content/portal.yaml", """
                title: Mentoring schemes
                organisation: Example University
                base_url: https://mentoring.example.org/
                """)),
        Explanation(.theme, "the built-in theme is missing",
            """
            The portal's own look (its page templates, style sheet and scripts) is kept in a folder next to the portal program, and no page can be made without it. This happens when the program was copied somewhere on its own, or its installation was not finished. Install the tool again, or copy the folder along with the program.
            """,
            wrong: Example(".build/release", """
                portal
                """),
            reported: "the built-in theme is missing from this installation",
            right: Example(".build/release", """
                portal
                SchemePortal_SchemePortal.resources/
                """)),
        Explanation(.templateSyntax, "a template cannot be read",
            """
            Every template is read in full before any page is made, and a mistake in one stops the build rather than publishing broken pages: usually a section opened with ‘{{#…}}’ or ‘{{^…}}’ and closed with a different name, or a tag missing its ‘}}’. Go to the line and column given and make each closing tag repeat its opening one exactly.
            """,
            wrong: Example("Layouts/templates/partials/footer.mustache", """
                {{^empty(site.footer)}}
                <p>{{site.footer}}</p>
                {{/empty(site.fotter)}}
                """),
            reported: "the template cannot be read: a section is closed with the wrong name",
            right: Example("Layouts/templates/partials/footer.mustache", """
                {{^empty(site.footer)}}
                <p>{{site.footer}}</p>
                {{/empty(site.footer)}}
                """)),
        Explanation(.templateMissing, "a page template is missing",
            """
            Every kind of page needs its template, which comes from the built-in theme unless Layouts/templates/ has a file of the same name to use instead. This message means the template is in neither, because the tool's own copy of the theme is incomplete. Install the tool again; if you keep your own theme, a copy of the template in Layouts/templates/ also fills the gap.
            """,
            wrong: Example(".build/release/SchemePortal_SchemePortal.resources/Theme/templates", """
                base.mustache
                home.mustache
                person.mustache
                """),
            reported: "the template ‘people’ is missing",
            right: Example(".build/release/SchemePortal_SchemePortal.resources/Theme/templates", """
                base.mustache
                home.mustache
                people.mustache
                person.mustache
                """)),
        Explanation(.templateLoop, "templates can include each other in a loop",
            """
            A template that chooses which partial to include from a value (‘{{>*name}}’) could choose itself, and the part of the tool that handles such templates cannot stop a template that includes itself, so the build could crash. Name each partial in full, such as ‘{{> partials/footer-links}}’, keep it as a file of its own in Layouts/templates/partials/, and make sure no partial includes itself.
            """,
            wrong: Example("Layouts/templates/partials/footer.mustache", """
                <footer class="site-footer">
                {{>*footerLinks}}
                </footer>
                """),
            reported: "these templates can include each other in a loop (404 → base → partials/footer → 404), and swift-mustache, which would render every page because Layouts/templates/partials/footer.mustache uses a partial named by a value ({{>*name}}), cannot stop such a loop",
            right: Example("Layouts/templates/partials/footer.mustache", """
                <footer class="site-footer">
                {{> partials/footer-links}}
                </footer>
                """)),
        Explanation(.templateStopped, "making a page with a template was stopped",
            """
            A template that includes itself, or two that include each other, would go round for ever, so the portal stops making the page after 100 levels (or when the page grows far too large) and writes nothing. A template in Layouts/ replaces the built-in one of the same name, so it cannot include that built-in one: copy the built-in template's lines into your file and change them there.
            """,
            wrong: Example("Layouts/templates/partials/person-card.mustache", """
                {{> partials/person-card}}
                <p class="card-note">Open to new mentees</p>
                """),
            reported: "rendering people/index.html with this template stopped: partials and sections are nested more than 100 deep (does a partial include itself?)",
            right: Example("Layouts/templates/partials/person-card.mustache", """
                <li class="person-card" data-person="{{id}}" data-name="{{name}}" data-search="{{search}}">
                <h3 class="person-name"><a href="{{url}}">{{name}}</a></h3>
                <p class="card-note">Open to new mentees</p>
                </li>
                """)),
        Explanation(.tooManyFolders, "too many folders reached through shortcuts",
            """
            The portal follows shortcuts (symbolic links) inside Layouts/ and counts every way into a folder through them; shortcuts that lead into each other can make a few folders look endless, so it stops after 1,000. Replace the shortcuts with the files themselves, keeping one real folder for each set of files.
            """,
            wrong: Example("Layouts/assets", """
                photos/2025/latest → photos/2026
                photos/2025/next → photos/2026
                photos/2026/latest → photos/2027
                photos/2026/next → photos/2027
                …and the same for every year to 2037
                """),
            reported: "there are more than 1000 folders here, counting every way into a folder through a shortcut (symbolic link)",
            right: Example("Layouts/assets", """
                photos/2025/
                photos/2026/
                photos/2027/
                …a folder for every year to 2037, with no shortcuts
                """)),
        Explanation(.buildFailed, "the content folder cannot be read while serving",
            """
            While ‘portal serve’ is running it rebuilds the portal from the content folder whenever a file changes; if the folder has been moved, renamed or deleted, there is nothing to build from. The browser keeps showing the last good version of the site, and the portal rebuilds as soon as the folder is back under its old name.
            """,
            wrong: Example("/srv/mentoring-portal", """
                Content-old/
                Layouts/
                """),
            reported: "the content folder ‘Content’ does not exist (looked for /srv/mentoring-portal/Content)",
            right: Example("/srv/mentoring-portal", """
                Content/
                Layouts/
                """)),
    ]
}
