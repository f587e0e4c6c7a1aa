/// One file a new portal or scheme starts with: where it goes (relative to the portal's folder), what it
/// holds, and a few words on what it is for, which `portal new` prints beside it.
public struct StarterFile: Sendable, Equatable {
    public let path: String
    public let contents: String
    public let about: String

    public init(path: String, contents: String, about: String) {
        self.path = path
        self.contents = contents
        self.about = about
    }
}
