import Foundation

extension Build {
    /// The named steps of a build, in the order they run.
    public enum Step: String, CaseIterable, Sendable, Comparable {
        case load, validate, render, check, write

        public static func < (a: Step, b: Step) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// What one step took and did.
    public struct StepRecord: Sendable, Equatable {
        public var step: Step
        public var seconds: Double
        /// Counts in words: "5 schemes, 3 pages, 77 people".
        public var summary: String
        public var ran: Bool

        /// `render     0.412 s  408 pages, 428 files, 6.2 MB`
        public var line: String {
            let name = step.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            let time = ran ? String(format: "%7.3f s", seconds) : "      – "
            return "\(name)\(time)  \(summary)"
        }
    }

    /// Times the steps with a monotonic clock (the build's reference day is a separate input).
    struct StepClock {
        private(set) var records: [StepRecord] = []
        var progress: (@Sendable (Step, Int) -> Void)?

        mutating func time<T>(_ step: Step, _ work: () -> T) -> T {
            progress?(step, 0)
            let start = DispatchTime.now().uptimeNanoseconds
            let result = work()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            records.append(StepRecord(step: step, seconds: seconds, summary: "", ran: true))
            return result
        }

        mutating func note(_ step: Step, _ summary: String) {
            guard let index = records.lastIndex(where: { $0.step == step }) else { return }
            records[index].summary = summary
        }

        mutating func skip(_ step: Step, _ reason: String) {
            records.append(StepRecord(step: step, seconds: 0, summary: reason, ran: false))
        }
    }

    struct Loaded {
        var portal: Portal?
        var templates: Templates?
        var diagnostics: [Diagnostic]
        var failure: String?
    }

    /// Reads the content and, when the run goes as far as rendering, the templates; a folder that cannot
    /// be read at all is a failure, not a diagnostic.
    func load(templates wanted: Bool) -> Loaded {
        let configuration = configuration
        let loadContent = { @Sendable in
            ContentLoader(contentDirectory: configuration.contentDirectory, displayRoot: configuration.contentDisplay,
                          cache: configuration.loadCache, today: configuration.options.today).load()
        }
        guard wanted else {
            let content = loadContent()
            if let failure = content.failure { return Loaded(diagnostics: [], failure: failure.message) }
            return Loaded(portal: content.portal, diagnostics: content.diagnostics)
        }
        // The layouts do not depend on the content: they are read while the people are.
        let (content, layouts) = Parallel.both(loadContent) {
            Templates.load(layoutsDirectory: configuration.layoutsDirectory, displayRoot: configuration.layoutsDisplay)
        }
        if let failure = content.failure { return Loaded(diagnostics: [], failure: failure.message) }
        let (templates, templateDiagnostics, layoutsFailure) = layouts
        if let layoutsFailure { return Loaded(diagnostics: [], failure: layoutsFailure.message) }
        return Loaded(portal: content.portal, templates: templates, diagnostics: content.diagnostics + templateDiagnostics)
    }

    /// Refuses an output folder that holds someone's work, and repairs what a killed build left, before anything is read.
    func prepareOutput() -> OutputFolder.Refusal? {
        let protected = OutputFolder.Protected(
            contentDirectory: configuration.contentDirectory, layoutsDirectory: configuration.layoutsDirectory,
            currentDirectory: configuration.currentDirectory, homeDirectory: configuration.homeDirectory)
        if let refusal = OutputFolder.check(configuration.outputDirectory, display: configuration.outputDisplay,
                                            protecting: protected) {
            return refusal
        }
        StagedOutput(outputDirectory: configuration.outputDirectory).recover()
        return nil
    }

    static func describe(_ portal: Portal, templates: Templates?) -> String {
        let pages = portal.schemes.reduce(portal.pages.count) { $0 + $1.sections.count + $1.handbook.count + $1.toolkit.count }
        var parts = [Counted.words(portal.schemes.count, "scheme"), Counted.words(pages, "page"), Counted.words(portal.people.count, "person", "people")]
        if let templates { parts.append(Counted.words(templates.assets.count, "asset")) }
        return parts.joined(separator: ", ")
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
