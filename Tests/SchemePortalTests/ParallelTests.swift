import XCTest
@testable import SchemePortal

/// Parallel: every piece of work runs once and the results come back in the order given, however the cores finish.
final class ParallelTests: XCTestCase {
    func test_results_come_back_in_the_order_the_work_was_given() {
        // Earlier items take longer, so on several cores they finish last.
        let work: [@Sendable () -> Int] = (0..<64).map { index in
            { usleep(UInt32((64 - index) * 200)); return index * index }
        }
        XCTAssertEqual(Parallel.map(work), (0..<64).map { $0 * $0 })
    }

    func test_each_piece_of_work_runs_exactly_once() {
        let counter = Counter()
        let work: [@Sendable () -> Int] = (0..<500).map { index in { counter.increment(); return index } }
        XCTAssertEqual(Parallel.map(work).count, 500)
        XCTAssertEqual(counter.value, 500)
    }

    func test_no_work_gives_no_results() {
        XCTAssertEqual(Parallel.map([@Sendable () -> String]()), [])
    }

    func test_slices_cover_every_item_once_in_order_the_last_one_short() {
        let items = Array(0..<1_000)
        let slices = Parallel.slices(items, size: 64) { slice in Array(slice) }
        XCTAssertEqual(slices.map(\.count), Array(repeating: 64, count: 15) + [40])
        XCTAssertEqual(slices.flatMap { $0 }, items)
        XCTAssertEqual(Parallel.slices([Int](), size: 64) { Array($0) }, [])
        XCTAssertEqual(Parallel.slices([1, 2, 3], size: 64) { Array($0) }, [[1, 2, 3]])
    }

    private final class Counter: @unchecked Sendable {
        private var count = 0
        private let lock = NSLock()
        func increment() { lock.lock(); count += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }
}
