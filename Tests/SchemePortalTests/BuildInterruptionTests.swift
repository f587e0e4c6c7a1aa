import XCTest
@testable import SchemePortal

/// A build killed at any moment leaves one complete site in the output folder, the previous or the new,
/// never a mix and never none (except in the documented gap of the two-rename fallback, which the next
/// build repairs); and what it left beside the folder is removed by the next build.
final class BuildInterruptionTests: XCTestCase {
    private var folder: URL!
    private var output: URL { folder.appendingPathComponent("Output") }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("interrupted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The demo portal, with a base address that differs between the two sites so every page differs.
    private func arguments(site: String, content: URL? = nil) -> [String] {
        let repository = TestPortal.repository
        return ["build", "--content", (content ?? repository.appendingPathComponent("Content")).path,
                "--layouts", repository.appendingPathComponent("Layouts").path,
                "--output", output.path, "--today", "2026-11-23", "--base-url", "https://\(site).example.org/"]
    }

    private func build(_ site: String) throws -> [String: Data] {
        let result = try PortalProgram.run(arguments(site: site), in: folder)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(leftovers(), [], "a complete build leaves nothing beside the output folder")
        return try siteFiles()
    }

    private func siteFiles() throws -> [String: Data] {
        try TestPortal.files(under: output)
    }

    private func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != "Output" }.sorted()
    }

    func test_fifty_builds_killed_at_random_moments_never_leave_a_missing_or_mixed_site() throws {
        let started = Date()
        let siteA = try build("a")
        let duration = Date().timeIntervalSince(started)
        let siteB = try build("b")
        XCTAssertGreaterThan(siteA.count, 400)
        let differing = siteA.keys.filter { siteA[$0] != siteB[$0] }.count
        XCTAssertGreaterThan(differing, siteA.count / 2, "the two sites must differ on most files, or a mix could pass unseen")
        var delays: [Double] = []
        for round in 0..<50 {
            let delay = Double.random(in: 0...(duration * 1.2))
            delays.append(delay)
            let process = Process()
            process.executableURL = PortalProgram.executable
            process.arguments = arguments(site: round % 2 == 0 ? "a" : "b")
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let files = try siteFiles()
            XCTAssertTrue(!files.isEmpty && (files == siteA || files == siteB),
                          "after a kill at \(String(format: "%.3f", delay)) s (round \(round)) Output/ holds \(files.isEmpty ? "no site" : "a mixed site")")
        }
        _ = try build("a")
        print("killed 50 builds at (s): " + delays.map { String(format: "%.2f", $0) }.joined(separator: " "))
    }

    /// Runs a build of site B under strace, which kills it (or fails a system call) exactly where asked.
    private func buildUnderStrace(_ injections: [String], content: URL? = nil) throws -> Bool {
        let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let strace else {
            XCTFail("strace is needed to aim kills at the swap; scripts/test.sh installs it (apt-get install strace)")
            return false
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: strace)
        process.arguments = ["-f", "-o", "/dev/null", "-e", "trace=renameat2,rename,syncfs,unlink"]
            + injections.flatMap { ["-e", "inject=\($0)"] } + [PortalProgram.executable.path] + arguments(site: "b", content: content)
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // strace ends itself with the signal that killed the build.
        return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    /// Which of the two sites the output folder holds, in words (dictionaries of 400 files make unreadable failures).
    private func which(_ sites: [String: [String: Data]]) throws -> String {
        let files = try siteFiles()
        if files.isEmpty { return "no site" }
        return sites.first { $0.value == files }?.key ?? "a mixed site"
    }

    func test_kills_aimed_at_each_step_of_the_one_step_exchange() throws {
        // Before the flush, at the exchange, just after it, and half-way through removing the old site.
        let steps: [(String, Bool)] = [("syncfs:signal=KILL:when=1", false), ("renameat2:signal=KILL:when=1", false),
                                       ("unlink:signal=KILL:when=1", true), ("unlink:signal=KILL:when=200", true)]
        let siteB = try build("b")
        for (step, newSiteExpected) in steps {
            let siteA = try build("a")
            XCTAssertTrue(try buildUnderStrace([step]), step)
            XCTAssertEqual(try which(["A": siteA, "B": siteB]), newSiteExpected ? "B" : "A", "killed at \(step)")
            if newSiteExpected { XCTAssertEqual(leftovers().count, 1, "the old site, to be removed by the next build") }
        }
        _ = try build("a")
    }

    func test_kills_aimed_at_each_step_of_the_two_rename_fallback() throws {
        let noExchange = "renameat2:error=EINVAL"
        let siteB = try build("b")
        let siteA = try build("a")
        XCTAssertTrue(try buildUnderStrace([noExchange, "rename:signal=KILL:when=1"]))
        XCTAssertEqual(try which(["A": siteA, "B": siteB]), "A", "killed before the first rename")

        _ = try build("a")
        XCTAssertTrue(try buildUnderStrace([noExchange, "unlink:signal=KILL:when=1"]))
        XCTAssertEqual(try which(["A": siteA, "B": siteB]), "B", "killed after the second rename")

        _ = try build("a")
        XCTAssertTrue(try buildUnderStrace([noExchange, "rename:signal=KILL:when=2"]))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "the gap between the two renames")
        // The next build puts the previous site back before it reads anything, so even a failed build repairs it.
        let broken = folder.appendingPathComponent("Broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try "title: [unclosed\n".write(to: broken.appendingPathComponent("portal.yaml"), atomically: true, encoding: .utf8)
        var failed = arguments(site: "a", content: broken)
        failed[failed.firstIndex(of: "--base-url")!...].removeAll()
        XCTAssertEqual(try PortalProgram.run(failed, in: folder).status, 1)
        XCTAssertEqual(try which(["A": siteA, "B": siteB]), "A", "the previous site is back")
        XCTAssertEqual(leftovers(), ["Broken"])
    }
}
