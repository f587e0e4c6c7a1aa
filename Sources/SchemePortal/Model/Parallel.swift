import Foundation

/// Runs independent pieces of work on every core and returns their results in the order given.
enum Parallel {
    static func map<T: Sendable>(_ work: [@Sendable () -> T]) -> [T] {
        let results = Results<T>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            results.set(index, work[index]())
        }
        return results.values
    }

    /// `items` cut into slices of `size`, each given to `work` on whichever core is free; the results in the
    /// slices' order. For many small pieces of the same kind (people, their files, their cards): one task each
    /// would cost more in handing out than in doing.
    static func slices<Element: Sendable, T: Sendable>(_ items: [Element], size: Int,
                                                       _ work: @escaping @Sendable (ArraySlice<Element>) -> T) -> [T] {
        precondition(size > 0, "a slice holds at least one item")
        return map(stride(from: 0, to: items.count, by: size).map { start in
            { @Sendable in work(items[start..<min(start + size, items.count)]) }
        })
    }

    /// Two pieces of work of different kinds, side by side: the second on another thread, the first on this one,
    /// so that work the first spreads over every core (`map`) is not held to the one core it would get inside
    /// `concurrentPerform`.
    static func both<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let other = Results<B>(count: 1)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { other.set(0, second()) }
        let mine = first()
        group.wait()
        return (mine, other.values[0])
    }

    /// Each slot is written once, by one worker, under the lock.
    private final class Results<T>: @unchecked Sendable {
        private var slots: [T?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: T) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [T] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
