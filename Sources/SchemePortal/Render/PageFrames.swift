import Foundation

/// What every page shows around its own content (the site's settings, the navigation and the assets'
/// addresses), prepared once for each set of links: every profile, and every page of a directory, links
/// to the same places, and making those values again for each of ten thousand pages was a tenth of the build.
///
/// Shared by the render workers of one `SiteRenderer` (`OncePerKey`); a frame depends only on its key.
final class PageFrames: Sendable {
    struct Frame {
        let site: PreparedValue
        let nav: PreparedValue
        let assets: PreparedValue
        /// The header's menu (docs/templates.md): `nav` split into Home, the schemes and People.
        var menu = PreparedValue([String: Any]())
    }

    private let frames = OncePerKey<Frame>()

    /// The frame for `key`, made by `make` the first time it is asked for.
    func frame(_ key: String, make: () -> Frame) -> Frame {
        frames.value(key, make: make)
    }
}
