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
