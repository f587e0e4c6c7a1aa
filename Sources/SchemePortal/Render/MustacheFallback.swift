import Foundation
import Mustache

/// swift-mustache's copy of the templates, for the pages it renders (`Templates.rendering`). The built-in
/// theme's templates are given to its parser only when a page first needs it: parsing them took a fifth of a
/// 1,000-person `portal check`, they parse (TemplatesTests), and most builds never render with swift-mustache.
final class MustacheFallback: @unchecked Sendable {
    private let lock = NSLock()
    private var library: MustacheLibrary
    /// Templates not yet in `library`, by name.
    private var waiting: [String: String]

    init(library: MustacheLibrary, waiting: [String: String]) {
        self.library = library
        self.waiting = waiting
    }

    /// The library with every template in it.
    var complete: MustacheLibrary {
        lock.lock()
        defer { lock.unlock() }
        for (name, text) in waiting.sorted(by: { $0.key < $1.key }) {
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        waiting = [:]
        return library
    }
}
