import Foundation

/// What every page shows around its own content (the site's settings, the navigation and the assets'
/// addresses), prepared once for each set of links: every profile, and every page of a directory, links
/// to the same places, and making those values again for each of ten thousand pages was a tenth of the build.
///
/// Shared by the render workers of one `SiteRenderer`, behind a lock; a frame depends only on its key,
/// so which worker makes it first never changes a page.
final class PageFrames: @unchecked Sendable {
    struct Frame {
        let site: PreparedValue
        let nav: PreparedValue
        let assets: PreparedValue
        /// The header's menu (docs/templates.md): `nav` split into Home, the schemes and People.
        var menu = PreparedValue([String: Any]())
    }

    private let lock = NSLock()
    private var frames: [String: Frame] = [:]

    /// The frame for `key`, made by `make` the first time it is asked for.
    func frame(_ key: String, make: () -> Frame) -> Frame {
        lock.lock()
        let found = frames[key]
        lock.unlock()
        if let found { return found }
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let first = frames[key] { return first }
        frames[key] = made
        return made
    }
}
