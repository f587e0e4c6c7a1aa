import Foundation

/// What the load found but could not read (a scheme whose `scheme.md` does not parse, a page without a
/// title, a people file with a mistake, a broken `portal.yaml`), each with the place of the message that
/// says why. A message about a reference to something here (a scheme, person or page named elsewhere)
/// only follows from that message, so it is folded into it rather than shown as a problem of its own.
public struct UnreadContent: Sendable, Equatable {
    /// Schemes by folder name. Their handbook and toolkit pages and their own people are unread too.
    public var schemes: [String: SourceLocation] = [:]
    /// Pages by where they would be, and their file's name without `.md`.
    public var pages: [UnreadPage] = []
    /// People by id, as far as a file that could not be read names them (`id:` lines).
    public var people: [String: SourceLocation] = [:]
    /// Schemes whose own people file (`schemes/<slug>/people.yaml`) could not all be read, by folder name: a
    /// missing page of the scheme's directory follows from that file's problem.
    public var schemePeople: [String: SourceLocation] = [:]
    /// Where `portal.yaml` could not be read: grade ladders and vocabularies are then unknown.
    public var settings: SourceLocation?

    public init() {}

    public var isEmpty: Bool { schemes.isEmpty && pages.isEmpty && people.isEmpty && schemePeople.isEmpty && settings == nil }

    /// The ids a people file names on its `id:` lines (with or without the list's `- `), for a file whose
    /// people could not all be read: a reference to one of them follows from the file's own problem.
    public static func ids(in text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
            guard rest.hasPrefix("id:") else { return nil }
            let value = rest.dropFirst(3).drop { $0 == " " }.prefix { $0 != "#" }
                .trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
    }
}

/// A Markdown page that could not be read, by where it would have been.
public struct UnreadPage: Sendable, Equatable {
    public enum Place: Sendable, Equatable {
        case standalone
        case handbook(scheme: String)
        case toolkit(scheme: String)
    }

    public var place: Place
    /// The file's name without `.md`: the last part of the page's address.
    public var slug: String
    public var location: SourceLocation

    public init(place: Place, slug: String, location: SourceLocation) {
        self.place = place
        self.slug = slug
        self.location = location
    }
}
