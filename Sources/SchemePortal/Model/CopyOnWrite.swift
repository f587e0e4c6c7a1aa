/// A record held in one box that copies share until one of them changes it (copy on write). People are
/// copied about by rules, the publication gate, directories and facet lists; copying a record of two dozen
/// strings, arrays and places retained each of them, where copying the box retains once.
struct CopyOnWrite<Value: Sendable>: @unchecked Sendable {
    // Changed only in `value`'s `_modify`, after making the box unique, so never while another copy sees it.
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    /// Read in place (a field read copies that field only), changed in place once the box is this copy's own.
    var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    /// Whether two copies still share one box (and so hold the same record without comparing it).
    func shares(with other: CopyOnWrite) -> Bool { box === other.box }
}
