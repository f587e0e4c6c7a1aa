import Foundation
import SchemePortal
#if canImport(Glibc)
import Glibc
#endif

/// One line on the terminal saying what a long build is doing ("building: making the pages, 4,210 pages
/// written, 2.4 s"), shown only on a terminal and only once a build has taken a second, redrawn in place,
/// cut to the terminal's width, and cleared before the build's own report. Piped or redirected output
/// never gets it.
///
/// The render workers only store what they report; the line is drawn on a queue of its own, outside any
/// lock they take, so a terminal that stops reading (Ctrl-S) never stops the build.
final class ProgressLine: @unchecked Sendable {
    private let verb: String
    private let started = DispatchTime.now()
    private let wait: Double
    private let queue = DispatchQueue(label: "progress")
    private let lock = NSLock()
    private var step: Build.Step = .load
    private var pages = 0
    private var drawnStep: Build.Step?
    private var finished = false
    // Only touched on `queue`.
    private var shown = false
    private var timer: DispatchSourceTimer?

    /// Nil when standard error is not a terminal, or with `--quiet`. `SCHEMEPORTAL_PROGRESS_AFTER` (seconds)
    /// changes the one-second wait, for tests.
    init?(verb: String, quiet: Bool) {
        let environment = ProcessInfo.processInfo.environment
        guard !quiet, isatty(STDERR_FILENO) == 1, environment["TERM"] != "dumb" else { return nil }
        self.verb = verb
        let wait = environment["SCHEMEPORTAL_PROGRESS_AFTER"].flatMap(Double.init).map { $0.isFinite ? max(0, min($0, 3600)) : 1 } ?? 1
        self.wait = wait
        queue.sync {
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + wait, repeating: .milliseconds(100))
            timer.setEventHandler { [weak self] in self?.draw() }
            self.timer = timer
            timer.resume()
            // With no wait, the line is there from the start, however quick the build.
            if wait == 0 { draw() }
        }
    }

    /// What `Build.run` calls with each step as it starts, and with the pages written so far.
    var report: @Sendable (Build.Step, Int) -> Void {
        { [self] step, pages in update(step, pagesWritten: pages) }
    }

    /// Stores what the build reports; a new step is drawn soon after, not at the next tick.
    func update(_ step: Build.Step, pagesWritten: Int) {
        let redraw = lock.withLock { () -> Bool in
            self.step = step
            pages = max(pages, pagesWritten)
            return !finished && drawnStep != step && elapsed >= wait
        }
        if redraw { queue.async { [weak self] in self?.draw() } }
    }

    /// Clears the line before the build's report is printed.
    func finish() {
        lock.withLock { finished = true }
        queue.sync {
            timer?.cancel()
            timer = nil
            if shown { write("\r\u{1B}[2K") }
            shown = false
        }
    }

    private var elapsed: Double {
        Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    }

    /// On `queue`.
    private func draw() {
        guard timer != nil else { return }
        let (step, pages) = lock.withLock {
            drawnStep = self.step
            return (self.step, self.pages)
        }
        var text = "\(verb): \(Self.doing[step] ?? step.rawValue)"
        if step == .render, pages > 0 { text += ", \(pages.formatted()) pages written" }
        text += String(format: ", %.1f s", elapsed)
        // A line longer than the terminal would wrap, and clearing it would clear only its last row.
        if let width = Self.width(), text.count >= width { text = String(text.prefix(max(0, width - 1))) }
        write("\r\u{1B}[2K" + text)
        shown = true
    }

    private static let doing: [Build.Step: String] = [
        .load: "reading the content", .validate: "checking the rules", .render: "making the pages",
        .check: "checking the links", .write: "putting the new site in place",
    ]

    private static func width() -> Int? {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
