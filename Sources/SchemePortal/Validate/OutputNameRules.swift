/// Names from the content that become file or folder names in `Output/` (scheme folders, page files,
/// section headings, person ids) must not be names Windows reserves. Addresses the portal makes up
/// itself (facet values, calendar files) step round those names instead.
struct OutputNameRules {
    func check(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ name: String, at location: SourceLocation, hint: String, sourceLine: String? = nil) {
            guard ReservedFileName.isReserved(name) else { return }
            diagnostics.append(.reservedName(name, at: location, hint: hint, sourceLine: sourceLine))
        }
        for scheme in portal.schemes {
            report(scheme.slug, at: SourceLocation(file: Self.folder(of: scheme.location.file)), hint: "rename the scheme's folder")
            for section in scheme.sections {
                report(section.slug, at: section.location, hint: "give the section another heading", sourceLine: section.sourceLine)
            }
            for page in scheme.handbook + scheme.toolkit {
                report(page.slug, at: page.location, hint: "rename the file")
            }
        }
        for page in portal.pages {
            report(page.slug, at: page.location, hint: "rename the file")
        }
        for person in portal.people {
            report(person.id, at: person.location, hint: "pick another id for this person")
        }
        return diagnostics
    }

    /// `Content/schemes/con` for `Content/schemes/con/scheme.md`: a scheme's name is its folder's.
    static func folder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return file }
        return String(file[..<slash])
    }
}
