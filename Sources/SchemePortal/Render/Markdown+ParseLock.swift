import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The lock around cmark-gfm's parsing (`CMarkTree`). A parse holds it for tens of microseconds, and at
/// thousands of biographies every core queues for it: a sleeping lock put the waiting thread to sleep and
/// woke it through the kernel each time, which cost more than the parses (about 4% of `portal check` at
/// 10,000 people, in the scheduler). So a waiter spins, and steps aside for other threads now and then in
/// case the holder is not running.
final class MarkdownParseLock: @unchecked Sendable {
    #if canImport(Glibc)
    private let spin: UnsafeMutablePointer<pthread_spinlock_t>

    init() {
        spin = .allocate(capacity: 1)
        pthread_spin_init(spin, Int32(PTHREAD_PROCESS_PRIVATE))
    }

    func withLock<T>(_ body: () -> T) -> T {
        var tries = 0
        while pthread_spin_trylock(spin) != 0 {
            tries += 1
            if tries % 128 == 0 { sched_yield() }
        }
        defer { pthread_spin_unlock(spin) }
        return body()
    }
    #else
    private let lock = NSLock()

    func withLock<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
    #endif
}
