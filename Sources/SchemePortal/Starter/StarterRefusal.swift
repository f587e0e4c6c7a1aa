/// Why `portal new` or `portal add-scheme` made nothing, in words for the person who typed the command:
/// what is wrong, then what to do. Each is a usage or I/O problem (exit status 2), never the content's.
public enum StarterRefusal: Error, Equatable, CustomStringConvertible {
    /// `portal new` on a folder that already holds something.
    case folderNotEmpty(shown: String)
    /// `portal new` on a file.
    case notAFolder(shown: String)
    /// A folder or file could not be made (permissions, a full disk, a file where a folder should be).
    /// Whatever had been made was removed again.
    case cannotWrite(shown: String, reason: String)
    case noContentFolder(shown: String, path: String)
    case contentNotAFolder(shown: String, path: String)
    /// The scheme's folder exists already (shown as the user would type it: `Content/schemes/<slug>`).
    case schemeExists(slug: String, shown: String)
    /// `Content/schemes` is a file or a shortcut, so the scheme cannot go inside it.
    case schemesNotAFolder(shown: String)
    case nameHasNoAddress(name: String)
    case nameIsReserved(name: String, slug: String)
    case nameNotOneLine

    public var description: String {
        switch self {
        case .folderNotEmpty(let shown):
            return "refusing to make a portal in ‘\(shown)’: the folder is not empty; name a new folder, such as ‘portal new my-portal’, or empty this one first"
        case .notAFolder(let shown):
            return "refusing to make a portal at ‘\(shown)’: it is a file, not a folder; name a new folder, such as ‘portal new my-portal’"
        case .cannotWrite(let shown, let reason):
            return "could not write ‘\(shown)’ (\(reason)), so nothing was made; choose a folder you may write to"
        case .noContentFolder(let shown, let path):
            return "there is no content folder ‘\(shown)’ here (looked for \(path)); run portal add-scheme in the portal's folder (the one holding Content/), or name the content folder with --content"
        case .contentNotAFolder(let shown, let path):
            return "the content folder ‘\(shown)’ is not a folder (\(path)); run portal add-scheme in the portal's folder (the one holding Content/), or name the content folder with --content"
        case .schemeExists(let slug, let shown):
            return "the scheme ‘\(slug)’ already exists (\(shown)); choose another name, or edit that scheme's files"
        case .schemesNotAFolder(let shown):
            return "‘\(shown)’ is not an ordinary folder, so no scheme can be added to it; make it a folder holding one folder per scheme"
        case .nameHasNoAddress(let name):
            return "the name ‘\(name)’ has no letters a–z or digits to make the scheme's address from; choose a name such as ‘Reverse mentoring’"
        case .nameIsReserved(let name, let slug):
            return "the name ‘\(name)’ would give the scheme the address ‘\(slug)’: \(ReservedFileName.problem(slug)); choose another name"
        case .nameNotOneLine:
            return "a scheme's name is one line of text; write it without line breaks or tabs"
        }
    }
}
