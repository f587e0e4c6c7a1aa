import Foundation

/// The built `portal` program, run as staff run it.
enum PortalProgram {
    /// The program sits beside the test bundle in .build/<platform>/<configuration>/.
    static var executable: URL {
        let bundle = Bundle(for: Marker.self).bundleURL
        let candidates = [bundle.appendingPathComponent("portal"), bundle.deletingLastPathComponent().appendingPathComponent("portal")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    private final class Marker {}

    /// Runs the program to its end and returns its exit status and what it printed; with `environment`,
    /// only that environment (none of the shell's COLUMNS or SOURCE_DATE_EPOCH).
    static func run(_ arguments: [String], in folder: URL, environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
