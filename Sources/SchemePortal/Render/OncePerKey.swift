import Foundation

/// Values that many pages of one render share, each made the first time a page asks for it and handed to
/// every page after: the frames of `PageFrames`, the schemes' facts of `SchemeSummaries`.
///
/// Shared by the render workers of one `SiteRenderer`, behind a lock that is not held while a value is made.
/// A value must depend only on its key within the render, so that which worker makes it first (two may, at
/// once; the first kept wins) never changes a page.
final class OncePerKey<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// The value for `key`, made by `make` the first time it is asked for.
    func value(_ key: String, make: () -> Value) -> Value {
        lock.lock()
        let found = values[key]
        lock.unlock()
        if let found { return found }
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let first = values[key] { return first }
        values[key] = made
        return made
    }
}
