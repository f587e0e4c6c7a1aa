import Foundation
import XCTest

/// Waits for something the server or watcher does in the background. The limit is generous and only
/// stops a broken run from hanging: no test asserts how fast anything happens.
func waitUntil(_ what: String, timeout: Double = 30, file: StaticString = #filePath, line: UInt = #line,
               _ condition: () async throws -> Bool) async rethrows {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try await condition() { return }
        try? await Task.sleep(nanoseconds: 20_000_000)
    }
    XCTFail("gave up waiting (\(Int(timeout)) s) for \(what)", file: file, line: line)
}

/// What a watcher reported, in order, safe to read from the test while the watcher's thread adds to it.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [[String]] = []

    func add(_ paths: [String]) { lock.withLock { items.append(paths) } }
    var all: [[String]] { lock.withLock { items } }
    func mentioning(_ path: String) -> [[String]] { all.filter { $0.contains(path) } }
}
