/// Page data made into a `TemplateValue` once and put into many pages' contexts, so that what a
/// thousand pages share (a directory's "Browse by" lists, the navigation of pages in one folder) is not
/// converted again for each of them.
///
/// It keeps the data it was made from: a page that swift-mustache renders (when ours cannot) is given
/// that instead, and renders exactly as it would have without the preparation.
struct PreparedValue {
    let original: Any
    /// Nil when the data holds something only swift-mustache renders; the page then falls back as a whole.
    let made: (value: TemplateValue, count: Int, textBytes: Int)?

    init(_ original: Any) {
        self.original = original
        made = TemplateValue.make(original)
    }

    /// The context with every prepared value swapped back for what it was made from.
    static func originals(in context: [String: Any]) -> [String: Any] {
        context.mapValues(original)
    }

    private static func original(_ any: Any) -> Any {
        switch any {
        case let prepared as PreparedValue: return prepared.original
        case let map as [String: Any]: return map.mapValues(original)
        case let list as [[String: Any]]: return list.map { $0.mapValues(original) }
        // Only a list of exactly `[Any]` is rebuilt: a `[String]` made into `[Any]` would lose its sorting.
        case let list as [Any] where type(of: any) == [Any].self: return list.map(original)
        default: return any
        }
    }
}
