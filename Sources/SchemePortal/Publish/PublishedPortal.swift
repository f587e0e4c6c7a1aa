/// What Render receives: the validated portal with its participants replaced by what `Publication` lets
/// out. It has no raw people at all, so no page can show a field the gate did not pass.
public struct PublishedPortal: Sendable {
    public let settings: PortalSettings
    public let schemes: [Scheme]
    /// Stand-alone pages such as the accessibility statement (`Content/pages/*.md`).
    public let pages: [ContentPage]
    /// Everything about people that pages may show.
    public let publication: Publication

    public init(_ portal: Portal) {
        settings = portal.settings
        schemes = portal.schemes
        pages = portal.pages
        publication = Publication(portal: portal)
    }

    public func scheme(slug: String) -> Scheme? { schemes.first { $0.slug == slug } }
}
