/// Names that must differ from every name given before (anchors on a page, calendar files, filter
/// addresses, table names): the wanted name, or the first numbered form of it that is still free.
public enum UniqueName {
    /// `base`, else `base-2`, `base-3`, … (or whatever `numbered` makes): the first that `taken` does not
    /// hold and `allowed` accepts. It is added to `taken`.
    public static func make(_ base: String, taken: inout Set<String>,
                            numbered: (String, Int) -> String = { "\($0)-\($1)" },
                            allowed: (String) -> Bool = { _ in true }) -> String {
        var candidate = base
        var number = 2
        while taken.contains(candidate) || !allowed(candidate) {
            candidate = numbered(base, number)
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
