/// The scheme a one-scheme command (`portal match`, `portal rollover`) is given, and what it says when
/// the portal has no such scheme.
enum SchemeChoice {
    /// "there is no scheme ‘open-peer’; did you mean ‘open-peer-mentoring’? (the schemes: …)".
    static func unknown(_ slug: String, in portal: Portal) -> String {
        let meant = NearMatch.meant(slug, among: portal.schemes.map { NearMatch.Name($0.slug) })
        let known = portal.schemes.map(\.slug).joined(separator: ", ")
        return "there is no scheme ‘\(slug)’\(meant.isEmpty ? "" : "; did you mean ‘\(meant[0])’?") (the schemes: \(known.isEmpty ? "none" : known))"
    }
}
