import Foundation
import SchemePortal
#if canImport(Glibc)
import Glibc
#endif

/// One line on the terminal saying what a long build is doing ("building: rendering, 4,210 pages written,
/// 2.4 s"), shown only on a terminal and only once a build has taken a second, redrawn in place, and
/// cleared before the build's own report. Piped or redirected output never gets it.
final class ProgressLine: @unchecked Sendable {
    private let verb: String
    private let started = DispatchTime.now()
    private let lock = NSLock()
    private var step: Build.Step = .load
    private var pages = 0
    private var shown = false
    private var timer: DispatchSourceTimer?
    private let wait: Double

    /// Nil when standard error is not a terminal, or with `--quiet`. `SCHEMEPORTAL_PROGRESS_AFTER` (seconds)
    /// changes the one-second wait, for tests.
    init?(verb: String, quiet: Bool) {
        let environment = ProcessInfo.processInfo.environment
        guard !quiet, isatty(STDERR_FILENO) == 1, environment["TERM"] != "dumb" else { return nil }
        self.verb = verb
        let wait = max(0, environment["SCHEMEPORTAL_PROGRESS_AFTER"].flatMap(Double.init) ?? 1)
        self.wait = wait
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "progress"))
        timer.schedule(deadline: .now() + wait, repeating: .milliseconds(100))
        timer.setEventHandler { [weak self] in self?.draw() }
        self.timer = timer
        timer.resume()
    }

    /// What `Build.run` calls with each step as it starts, and with the pages written so far.
    var report: @Sendable (Build.Step, Int) -> Void {
        { [self] step, pages in update(step, pagesWritten: pages) }
    }

    /// What the build reports: a step starting, or pages written so far.
    func update(_ step: Build.Step, pagesWritten: Int) {
        lock.withLock {
            let next = step != self.step
            self.step = step
            pages = max(pages, pagesWritten)
            // A new step is shown at once (once the wait is over), not at the next tick.
            if next, elapsed >= wait { drawLocked() }
        }
    }

    /// Clears the line before the build's report is printed.
    func finish() {
        lock.withLock {
            timer?.cancel()
            timer = nil
            if shown { write("\r\u{1B}[2K") }
            shown = false
        }
    }

    private var elapsed: Double {
        Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    }

    private func draw() {
        lock.withLock { drawLocked() }
    }

    private func drawLocked() {
        guard timer != nil else { return }
        var text = "\(verb): \(Self.doing[step] ?? step.rawValue)"
        if step == .render, pages > 0 { text += ", \(pages.formatted()) pages written" }
        text += String(format: ", %.1f s", elapsed)
        write("\r\u{1B}[2K" + text)
        shown = true
    }

    private static let doing: [Build.Step: String] = [
        .load: "reading the content", .validate: "checking the rules", .render: "making the pages",
        .check: "checking the links", .write: "putting the new site in place",
    ]

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
