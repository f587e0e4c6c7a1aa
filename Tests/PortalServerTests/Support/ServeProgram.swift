import Foundation

/// The built `portal` program running `serve` as staff run it, with what it prints collected as it comes.
final class ServeProgram: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()

    /// The program sits beside the test bundle in .build/<platform>/<configuration>/.
    static var executable: URL {
        let bundle = Bundle(for: ServeProgram.self).bundleURL
        let candidates = [bundle.appendingPathComponent("portal"), bundle.deletingLastPathComponent().appendingPathComponent("portal")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    init(_ arguments: [String], in folder: URL) throws {
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        outPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.out.append(data) }
        }
        errPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.err.append(data) }
        }
        try process.run()
    }

    /// A program a failed test left running is stopped with the test.
    deinit {
        if process.isRunning { process.terminate() }
    }

    var standardOutput: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
    var standardError: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

    /// Sends a signal, as Ctrl-C (SIGINT) or a service manager (SIGTERM) does.
    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// The exit status; -1 (after stopping it) when it did not stop by itself.
    func waitForExit() async -> Int32 {
        await waitUntil("the program to stop") { !process.isRunning }
        guard !process.isRunning else {
            process.terminate()
            return -1
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
