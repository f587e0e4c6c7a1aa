/// Caps that protect the build from hostile or mistaken input (a runaway export, a pasted file) without
/// refusing real data: a scheme's people file of a few thousand people is a few megabytes, a long
/// biography a few thousand characters. `portal.yaml` can raise each under `limits:`.
public struct Limits: Sendable, Equatable {
    /// The largest people file (`Content/people/*.yaml`, `schemes/<name>/people.yaml`), in megabytes.
    public var peopleFileMegabytes = 50
    /// The longest biography or expression of interest, in characters (Unicode scalars).
    public var biographyCharacters = 20_000
    /// The longest one-line field of a person (name, job title, e-mail, grade, organisation, profession,
    /// each area of expertise), in characters.
    public var fieldCharacters = 1_000

    public init() {}

    /// Each limit's key under `limits:` and the range it may be set to.
    public static let peopleFileKey = "people_file_mb"
    public static let biographyKey = "biography_characters"
    public static let fieldKey = "field_characters"
    static let peopleFileRange = 1...1_000
    static let biographyRange = 100...1_000_000
    static let fieldRange = 10...100_000

    /// How a message says to raise a limit.
    public static func raise(_ key: String) -> String { "raise ‘limits: \(key):’ in portal.yaml" }
}
