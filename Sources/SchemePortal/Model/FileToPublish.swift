/// Images and documents to download (a diagram, a PDF guide, a Word form) are published from `Layouts/assets/`
/// and linked as `/assets/<name>`. Staff put them next to the page that shows them, as other site tools allow;
/// the message about such a file, or about a link to one, says where it goes instead. (A `.txt` is more often
/// a page saved as plain text, and is told so.)
enum FileToPublish {
    /// Endings of files that are no site's name (`agreement.html`, not `gov.uk`): these and a page's own.
    static let fileEndings = extensions.union(["html", "htm", "md", "ics", "xml", "json", "txt", "css", "js"])

    static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "doc", "docx", "odt", "rtf",
                                          "xls", "xlsx", "ods", "csv", "ppt", "pptx", "odp", "zip"]

    /// A name's stem and its ending, lowercased (`Agreement.PDF` → `Agreement`, `pdf`); nil without one.
    private static func parts(_ name: String) -> (stem: Substring, ending: String)? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return (name[..<dot], name[name.index(after: dot)...].lowercased())
    }

    /// Whether a file's name (or an address's last part) names an image or a document.
    static func isOne(_ name: String) -> Bool {
        parts(name).map { extensions.contains($0.ending) } ?? false
    }

    /// The name it is best published under: the same, or, when it has spaces or capitals that make a link
    /// awkward, as an address is written (`Mentoring Agreement.docx` → `mentoring-agreement.docx`).
    static func publishedName(_ name: String) -> String {
        guard let (stem, ending) = parts(name) else { return name }
        let slug = Slug.make(from: String(stem))
        return (slug.isEmpty ? "file" : slug) + "." + ending
    }

    /// What to do with the file `name`, which is somewhere else: move it (renamed if need be) to `Layouts/assets/`
    /// and link to it there; nil when it is no image or document.
    static func hint(for name: String) -> String? {
        guard isOne(name) else { return nil }
        let published = publishedName(name)
        let move = published == name ? "move it to Layouts/assets/" : "move it to Layouts/assets/ as ‘\(published)’"
        return "images and files to download are published from Layouts/assets/: \(move) and link to it as ‘/assets/\(published)’"
    }

    /// What to do with a folder of them.
    static func hint(forFolder name: String) -> String {
        let published = Slug.make(from: name).isEmpty ? "files" : Slug.make(from: name)
        return "images and files to download are published from Layouts/assets/: move the folder there as Layouts/assets/\(published)/ "
            + "and link to its files as ‘/assets/\(published)/<file>’"
    }

    /// What to do about a link to the file `name`, which the portal does not have.
    static func hint(forLinkTo name: String) -> String {
        let published = publishedName(name)
        return "images and files to download are published from Layouts/assets/: put the file there"
            + (published == name ? "" : " as ‘\(published)’") + " and link to it as ‘/assets/\(published)’"
    }
}
