/// Names that must differ from every name given before (anchors on a page, calendar files, filter
/// addresses, table names): the wanted name, or the first numbered form of it that is still free.
public enum UniqueName {
    /// The names given so far. For each wanted name it also remembers the next number to try (the ones
    /// below it are taken or not allowed), so a thousand repeats of one name cost no more than a thousand
    /// different names: trying every number again for each repeat made a page of 16,000 headings with the
    /// same text take a minute (a fuzzing finding, docs/fuzzing.md). Use one per kind of name, numbered one way.
    public struct Taken: Sendable {
        public fileprivate(set) var names: Set<String>
        fileprivate var next: [String: Int] = [:]

        public init(_ names: Set<String> = []) {
            self.names = names
        }

        public func contains(_ name: String) -> Bool { names.contains(name) }
        public var count: Int { names.count }
    }

    /// `base`, else `base-2`, `base-3`, … (or whatever `numbered` makes): the first that `taken` does not
    /// hold and `allowed` accepts. It is added to `taken`.
    public static func make(_ base: String, taken: inout Taken,
                            numbered: (String, Int) -> String = { "\($0)-\($1)" },
                            allowed: (String) -> Bool = { _ in true }) -> String {
        var candidate = base
        if taken.names.contains(base) || !allowed(base) {
            var number = taken.next[base] ?? 2
            candidate = numbered(base, number)
            while taken.names.contains(candidate) || !allowed(candidate) {
                number += 1
                candidate = numbered(base, number)
            }
            taken.next[base] = number + 1
        }
        taken.names.insert(candidate)
        return candidate
    }
}
