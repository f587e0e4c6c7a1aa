import Foundation

/// What a template sees of a page's data, made from the renderers' `[String: Any]` once per page, so
/// that rendering asks no `Any` what it is: swift-mustache casts at every name, and at ten thousand people
/// that was a seventh of the build.
///
/// It holds what the renderers put in a context. Anything else (an Optional, a Double, a Set, a type of
/// our own) makes `init?` fail, and that page is rendered by swift-mustache instead.
enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    case int(Int)
    /// `sortable` when the array's element type is Comparable (`[String]`, `[Int]`), which is when
    /// swift-mustache's `sorted()` sorts it; a `[Any]` of strings is not.
    case list([TemplateValue], sortable: Bool)
    case map([String: TemplateValue])
    /// One `(key:, value:)` pair of a map's `sorted()`; names `key` and `value` find its halves.
    indirect case entry(key: String, value: TemplateValue)

    /// The value, and how many values and text bytes it holds (for `TemplateRenderer`'s limits).
    static func make(_ any: Any) -> (value: TemplateValue, count: Int, textBytes: Int)? {
        var count = 0
        var textBytes = 0
        guard let value = make(any, count: &count, textBytes: &textBytes) else { return nil }
        return (value, count, textBytes)
    }

    private static func make(_ any: Any, count: inout Int, textBytes: inout Int) -> TemplateValue? {
        count += 1
        // The renderers' data is almost all of a few exact types. Opening the `Any` reads the value as its own
        // type, where a cast (even after naming the type) went through the runtime's casting machinery: a
        // quarter of the time spent making a page's data.
        switch _openExistential(any, do: exactValue) {
        case .text(let text):
            textBytes += text.utf8.count
            return .text(text)
        case .bool(let bool):
            return .bool(bool)
        case .int(let int):
            return .int(int)
        case .map(let map):
            return makeMap(map, count: &count, textBytes: &textBytes)
        case .maps(let maps):
            var values: [TemplateValue] = []
            values.reserveCapacity(maps.count)
            for map in maps {
                count += 1
                guard let value = makeMap(map, count: &count, textBytes: &textBytes) else { return nil }
                values.append(value)
            }
            return .list(values, sortable: false)
        case .list(let list):
            return makeList(list, sortable: false, count: &count, textBytes: &textBytes)
        case .prepared(let prepared):
            guard let made = prepared.made else { return nil }
            count += made.count - 1
            textBytes += made.textBytes
            return made.value
        case .texts(let list):
            count += list.count
            for text in list { textBytes += text.utf8.count }
            return .list(list.map { .text($0) }, sortable: true)
        case .other:
            break
        }
        // An Optional would cast to what it wraps here, but swift-mustache prints a nil one as "nil".
        guard !(any is OptionalValue) else { return nil }
        switch any {
        case let text as String:
            textBytes += text.utf8.count
            return .text(text)
        case let bool as Bool:
            return .bool(bool)
        case let int as Int:
            return .int(int)
        case let map as [String: Any] where any is StringKeyedMap:
            return makeMap(map, count: &count, textBytes: &textBytes)
        case let list as [Any] where any is ArrayValue:
            return makeList(list, sortable: any is SortableArray, count: &count, textBytes: &textBytes)
        default:
            return nil
        }
    }

    private static func makeMap(_ map: [String: Any], count: inout Int, textBytes: inout Int) -> TemplateValue? {
        var values: [String: TemplateValue] = [:]
        values.reserveCapacity(map.count)
        for (key, element) in map {
            guard let value = make(element, count: &count, textBytes: &textBytes) else { return nil }
            values[key] = value
        }
        return .map(values)
    }

    private static func makeList(_ list: [Any], sortable: Bool, count: inout Int, textBytes: inout Int) -> TemplateValue? {
        var values: [TemplateValue] = []
        values.reserveCapacity(list.count)
        for element in list {
            guard let value = make(element, count: &count, textBytes: &textBytes) else { return nil }
            values.append(value)
        }
        return .list(values, sortable: sortable)
    }

    /// What `name` finds directly in this value: a map's key, or an entry's `key` or `value`.
    func child(_ name: String) -> TemplateValue? {
        switch self {
        case .map(let values): return values[name]
        case .entry(let key, let value):
            if name == "key" { return .text(key) }
            return name == "value" ? value : nil
        default: return nil
        }
    }

    /// swift-mustache's transforms, as each kind of value has them; nil where it has none of that name.
    func transformed(by transform: TemplateTransform) -> TemplateValue? {
        switch self {
        case .text(let text):
            switch transform {
            case .empty: return .bool(text.isEmpty)
            case .capitalized: return .text(text.capitalized)
            case .lowercased: return .text(text.lowercased())
            case .uppercased: return .text(text.uppercased())
            case .reversed: return .text(String(text.reversed()))
            default: return nil
            }
        case .int(let int):
            switch transform {
            case .equalzero: return .bool(int == 0)
            case .plusone: return .int(int &+ 1)
            case .minusone: return .int(int &- 1)
            case .even: return .bool(int & 1 == 0)
            case .odd: return .bool(int & 1 == 1)
            default: return nil
            }
        case .list(let values, let sortable):
            switch transform {
            case .first: return values.first
            case .last: return values.last
            case .reversed: return .list(values.reversed(), sortable: sortable)
            case .count: return .int(values.count)
            case .empty: return .bool(values.isEmpty)
            case .sorted: return sortable ? .list(values.sorted(by: Self.ascending), sortable: true) : nil
            default: return nil
            }
        case .map(let values):
            switch transform {
            case .count: return .int(values.count)
            case .empty: return .bool(values.isEmpty)
            case .sorted:
                return .list(values.sorted { $0.key < $1.key }.map { .entry(key: $0.key, value: $0.value) }, sortable: false)
            // `enumerated` lists the pairs in the dictionary's own order, which differs from run to run;
            // TemplateRenderer leaves it to swift-mustache rather than pretend to match it.
            default: return nil
            }
        case .bool, .entry:
            return nil
        }
    }

    /// A sortable list holds only text or only whole numbers (`make` sees to that).
    private static func ascending(_ left: TemplateValue, _ right: TemplateValue) -> Bool {
        switch (left, right) {
        case (.text(let a), .text(let b)): return a < b
        case (.int(let a), .int(let b)): return a < b
        default: return false
        }
    }
}

/// A value of one of the exact types the renderers put in a page's data, read as that type.
private enum Exact {
    case text(String), bool(Bool), int(Int), map([String: Any]), maps([[String: Any]]), list([Any])
    case prepared(PreparedValue), texts([String]), other
}

/// Only the exact types: a `[String: String]` or an `[Int]` is left to the casts, as before.
private func exactValue<T>(_ value: T) -> Exact {
    if T.self == String.self { return .text(unsafeBitCast(value, to: String.self)) }
    if T.self == [String: Any].self { return .map(unsafeBitCast(value, to: [String: Any].self)) }
    if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
    if T.self == Int.self { return .int(unsafeBitCast(value, to: Int.self)) }
    if T.self == [[String: Any]].self { return .maps(unsafeBitCast(value, to: [[String: Any]].self)) }
    if T.self == [Any].self { return .list(unsafeBitCast(value, to: [Any].self)) }
    if T.self == PreparedValue.self { return .prepared(unsafeBitCast(value, to: PreparedValue.self)) }
    if T.self == [String].self { return .texts(unsafeBitCast(value, to: [String].self)) }
    return .other
}

/// Marks the types swift-mustache treats as it does, so a cast asks the value's real type, not what its
/// elements could be converted to (a `[AnyHashable: Any]` of string keys casts to `[String: Any]`, but
/// swift-mustache does not look names up in it).
private protocol OptionalValue {}
extension Optional: OptionalValue {}
private protocol StringKeyedMap {}
extension Dictionary: StringKeyedMap where Key == String {}
private protocol ArrayValue {}
extension Array: ArrayValue {}
private protocol SortableArray {}
extension Array: SortableArray where Element: Comparable {}
