extension Explanation {
    static let files: [Explanation] = [
        Explanation(.portalFileMissing, "there is no portal.yaml file",
            """
            Every portal needs a file called portal.yaml at the top of the Content folder: it gives the portal's name and who publishes it, and nothing can be built without it. Check that the file is there and is called exactly portal.yaml, in small letters; Windows often hides the end of a file's name, so a file saved from Notepad may really be called portal.yaml.txt. If there is no such file yet, create one with at least a title and an organisation.
            """,
            wrong: Example("Content/", """
                pages/
                portal.yaml.txt
                schemes/
                """),
            reported: "there is no portal file",
            right: Example("Content/", """
                pages/
                portal.yaml
                schemes/
                """)),
        Explanation(.portalFileEmpty, "portal.yaml has no settings in it",
            """
            The file portal.yaml is there but holds no settings: it is blank, or every line is a comment (a line starting with #, which the portal skips). The portal needs at least its title and the name of the organisation that publishes it. Write those two lines, each as the key, a colon and a space, then the value.
            """,
            wrong: Example("Content/portal.yaml", """
                # title: Mentoring schemes
                # organisation: Example University
                """),
            reported: "the portal file is empty",
            right: Example("Content/portal.yaml", """
                title: Mentoring schemes
                organisation: Example University
                """)),
        Explanation(.fileUnreadable, "a file or folder that cannot be opened",
            """
            The computer would not let the portal open this file or folder, usually because only another user account may read it, or because it was moved or deleted while the portal was reading. It may also be something that is not an ordinary file at all, such as a device, which the portal never reads. Check that the file is there and that your account may open it (copying it into the folder again usually puts both right), or replace it with an ordinary file.
            """,
            wrong: Example("Content/people/", """
                rosamund-kilbride.yaml
                tom-reid.yaml            (only the colleague who copied it in may open it)
                """),
            reported: "this cannot be read (Permission denied)",
            right: Example("Content/people/", """
                rosamund-kilbride.yaml
                tom-reid.yaml            (everyone who works on the portal may open it)
                """)),
        Explanation(.fileTooLarge, "a file larger than the portal will read",
            """
            Pages and scheme files may be up to 2 MB, and people files up to 50 MB (about 25,000 people). A larger file is nearly always a mistake, such as a whole export or document pasted in, and reading it could take minutes. Split it into smaller files or take out what does not belong: a scheme's people can go one file per person in Content/people/. If a people file really is that large, raise people_file_mb under limits in portal.yaml.
            """,
            wrong: Example("Content/", """
                people/
                schemes/
                  open-peer-mentoring/
                    people.yaml              62 MB
                    scheme.md                40 kB
                """),
            reported: "the file is 62,000 kB, larger than the 50 MB a people file may be",
            right: Example("Content/", """
                people/
                  amara-okafor.yaml           3 kB
                  tom-reid.yaml               2 kB
                schemes/
                  open-peer-mentoring/
                    scheme.md                40 kB
                """)),
        Explanation(.fileNotText, "a file saved in the wrong text encoding",
            """
            The portal reads text saved as UTF-8, the usual way of storing letters today. This file was saved another way (often called ‘ANSI’ or ‘Western’ in Windows programs), or is not text at all, such as a Word document renamed; letters like £, é and curly quotes would come out garbled. The lines may look right in the program that saved them while other programs show � in their place. Open the file in your editor and save it again, choosing UTF-8 as the encoding.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                time_commitment: |
                  One hour a month; travel is paid up to �50 a year.
                """),
            reported: "the file is not UTF-8 text (the first bad byte is here)",
            right: Example("Content/schemes/pilot/scheme.md", """
                time_commitment: |
                  One hour a month; travel is paid up to £50 a year.
                """)),
        Explanation(.fileNotUsed, "a file the portal does not use",
            """
            The Content folder holds only what the portal reads: portal.yaml, a folder for each scheme with scheme.md, its handbook/ and toolkit/ pages ending .md, and people files ending .yaml. Anything else there, such as a Word document or a spreadsheet, is left out of the portal, which is probably not what was meant. Move it out of the Content folder or, to keep it there as a note or a draft, put an underscore (_) at the start of its name: the portal skips those. A file that looks like participant data (people.yml, a .yaml.txt) is an error, since its people would be left out.
            """,
            wrong: Example("Content/schemes/open-peer-mentoring/", """
                Guidance notes.docx
                handbook/
                people.yaml
                scheme.md
                """),
            reported: "this is not used by the portal",
            right: Example("Content/schemes/open-peer-mentoring/", """
                _Guidance notes.docx
                handbook/
                people.yaml
                scheme.md
                """)),
        Explanation(.layoutFileNotUsed, "a file in the layouts folder that is not used",
            """
            The Layouts folder changes how the portal looks, and holds only page templates (under templates/, ending .mustache) and files copied as they are, such as a logo or a stylesheet (under assets/). A file anywhere else is not used, so the change it was meant to make does not happen. Move it: a template under templates/, with the same name and place as the built-in one it replaces, and anything else under assets/.
            """,
            wrong: Example("Layouts/", """
                README.md
                footer.mustache
                logo.png
                """),
            reported: "this file is not used: layouts hold templates/*.mustache and assets/",
            right: Example("Layouts/", """
                README.md
                assets/
                  logo.png
                templates/
                  partials/
                    footer.mustache
                """)),
        Explanation(.shortcut, "a shortcut that leads outside the folder or nowhere",
            """
            The portal reads only what is inside the Content folder (and Layouts), so that it can never publish a file from elsewhere on the computer by mistake. A shortcut (a symbolic link) is followed only when it leads to a file or folder inside the same folder; one that leads outside it, to nothing, or round in a circle is not read. Copy the file itself into the folder instead of linking to it, or delete the shortcut.
            """,
            wrong: Example("Content/people/", """
                rosamund-kilbride.yaml
                tom-reid.yaml -> /home/coordinator/Documents/tom-reid.yaml
                """),
            reported: "this is a shortcut (symbolic link) to ‘/home/coordinator/Documents/tom-reid.yaml’, which is outside Content/, so it is not read",
            right: Example("Content/people/", """
                rosamund-kilbride.yaml
                tom-reid.yaml
                """)),
        Explanation(.schemeWithoutFile, "a scheme folder without scheme.md",
            """
            Each folder in Content/schemes/ is one scheme, and its file scheme.md says what the scheme is: its title, organisers, sides and key dates. Without that file the folder is not read at all. Name the scheme's file scheme.md (in small letters, ending .md) or, if the folder is not ready to be a scheme, put an underscore at the start of its name (_pilot) so that the portal skips it.
            """,
            wrong: Example("Content/schemes/pilot/", """
                handbook/
                pilot.md
                """),
            reported: "the scheme folder has no scheme.md",
            right: Example("Content/schemes/pilot/", """
                handbook/
                scheme.md
                """)),
        Explanation(.nameNotAddressable, "a file or folder name that cannot be a web address",
            """
            The names of scheme folders and page files become the addresses of their pages (the folder peer-mentoring-2027 is published at schemes/peer-mentoring-2027/), so they may hold only small letters, digits and hyphens. A folder or file with capitals, spaces or other marks in its name is not read. Rename it as the message suggests, and use the new name in any links to its pages.
            """,
            wrong: Example("Content/schemes/", """
                Peer Mentoring 2027/
                  scheme.md
                """),
            reported: "‘Peer Mentoring 2027’ cannot be used in a web address",
            right: Example("Content/schemes/", """
                peer-mentoring-2027/
                  scheme.md
                """)),
        Explanation(.reservedName, "a name reserved for devices, such as con or aux",
            """
            Windows keeps a few names for its own use (CON, PRN, AUX, NUL, COM0 to COM9 and LPT0 to LPT9, in capitals or not, and with any ending such as con.html) and cannot store a file or folder called by one of them. A page at such an address would stop the whole site from being copied to a Windows computer or shared drive. Give the section heading, page file, scheme folder or person's id another name, such as the word written in full.
            """,
            wrong: Example("Content/schemes/pilot/scheme.md", """
                ## Con

                The annual mentoring conference, held each June in Oxford.
                """),
            reported: "‘con’ is a name Windows reserves (like CON, PRN, AUX, NUL, COM1 and LPT1), so the site would not work when copied to a Windows computer",
            right: Example("Content/schemes/pilot/scheme.md", """
                ## Conference

                The annual mentoring conference, held each June in Oxford.
                """)),
    ]
}
