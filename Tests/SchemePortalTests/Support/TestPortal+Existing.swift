import Foundation

extension TestPortal {
    /// A portal already on disk (one `portal new` made), to build and read like any other.
    init(existing root: URL) {
        self.root = root
    }
}
