/// After rendering: every file of the site needs an address of its own, inside the output folder, and
/// no stand-alone page may take an address the portal uses itself. Reported by `check` too, not
/// discovered only when writing.
public struct OutputAddressRules: Sendable {
    public init() {}

    public func check(_ files: [OutputFile], portal: Portal) -> [Diagnostic] {
        // Addresses a name already reported takes (a page called `people`, a section called `Handbook`)
        // would collide too; the name is the cause, and is the one message.
        let explained = portal.pages.filter { SitePaths.reservedTopLevel.contains($0.slug) }.map { "\($0.slug)/" }
            + portal.schemes.flatMap { scheme in
                scheme.sections.filter { SchemeReferenceRules.reservedSections.contains($0.slug) }
                    .map { "schemes/\(scheme.slug)/\($0.slug)/" }
            }
        return reservedPages(portal) + addresses(files, at: portal.settings.location, explained: explained)
    }

    /// A stand-alone page named like one of the portal's own top-level folders would overwrite them or be
    /// overwritten; `accessibility` is the exception: such a page replaces the built-in statement.
    func reservedPages(_ portal: Portal) -> [Diagnostic] {
        portal.pages.filter { SitePaths.reservedTopLevel.contains($0.slug) && $0.slug != "accessibility" }.map { page in
            .error(.addressTaken, "the page ‘\(page.slug)’ would take the address of the portal's own \(page.slug) pages",
                   at: page.location, hint: "rename the file")
        }
    }

    /// Two things written to one address (reported once per address), or an address that could escape
    /// the output folder.
    func addresses(_ files: [OutputFile], at location: SourceLocation, explained: [String] = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        var reported: Set<String> = []
        for file in files {
            if !seen.insert(file.path).inserted, reported.insert(file.path).inserted,
               !explained.contains(where: file.path.hasPrefix) {
                diagnostics.append(.error(.addressTaken, "two pages would be written to \(file.path)", at: location,
                                          hint: "rename one of the pages, sections or files that make this address"))
            }
            if !OutputFile.isSafe(file.path) {
                diagnostics.append(.error(.addressTaken, "‘\(file.path)’ cannot be written inside the output folder", at: location,
                                          hint: "rename the page or value that makes this address"))
            }
        }
        return diagnostics
    }
}
