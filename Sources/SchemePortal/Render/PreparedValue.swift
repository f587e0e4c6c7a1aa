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

    /// Only values of exactly these types are looked into (as `TemplateValue.make` names them): a cast would
    /// also let, say, an empty `[String]` through as `[[String: Any]]`, and swift-mustache, which sorts only
    /// lists of comparable elements, would then render it differently.
    private static func original(_ any: Any) -> Any {
        switch ObjectIdentifier(type(of: any)) {
        case ObjectIdentifier(PreparedValue.self): return (any as! PreparedValue).original
        case ObjectIdentifier([String: Any].self): return (any as! [String: Any]).mapValues(original)
        case ObjectIdentifier([[String: Any]].self): return (any as! [[String: Any]]).map { $0.mapValues(original) }
        case ObjectIdentifier([Any].self): return (any as! [Any]).map(original)
        default: return any
        }
    }
}
