import Foundation

/// The pipeline from `Content/` and `Layouts/` to `Output/`: load → validate → render → check → write.
/// It never prints or exits: it returns what happened, and the CLI or dev server presents it.
public struct Build: Sendable {
    public struct Configuration: Sendable {
        public var contentDirectory: URL
        public var layoutsDirectory: URL
        public var outputDirectory: URL
        /// How the folders are named in messages (as the user typed them).
        public var contentDisplay: String
        public var layoutsDisplay: String
        public var outputDisplay: String
        /// Folders a build must never replace besides the content and layouts folders.
        public var currentDirectory: URL?
        public var homeDirectory: URL?
        public var options: RenderOptions
        /// What earlier builds read of participant files, for a rebuild that parses only what changed
        /// (`portal serve` keeps one); nil reads every file afresh.
        public var loadCache: LoadCache? = nil
        /// What the last build rendered, for a rebuild that renders only the pages whose inputs changed
        /// (`portal serve` keeps one, with a `loadCache`); used only by builds that do not write.
        public var renderMemo: RenderMemo? = nil

        public init(contentDirectory: URL, layoutsDirectory: URL, outputDirectory: URL,
                    contentDisplay: String = "Content", layoutsDisplay: String = "Layouts", outputDisplay: String = "Output",
                    currentDirectory: URL? = nil, homeDirectory: URL? = nil, options: RenderOptions) {
            self.contentDirectory = contentDirectory
            self.layoutsDirectory = layoutsDirectory
            self.outputDirectory = outputDirectory
            self.contentDisplay = contentDisplay
            self.layoutsDisplay = layoutsDisplay
            self.outputDisplay = outputDisplay
            self.currentDirectory = currentDirectory
            self.homeDirectory = homeDirectory
            self.options = options
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// Every file of the site, when rendering got that far. In a build that wrote (or tried to), the
        /// files went to the output folder as they were made, and only their paths are kept here.
        public var files: [OutputFile]
        public var pageCount: Int
        /// Whether `Output/` was replaced.
        public var wrote: Bool
        /// Why writing failed (a disk or permission problem, not the content's fault).
        public var writeFailure: String?
        /// Why the output folder may not be built into; when set, nothing was read or written.
        public var refusal: OutputFolder.Refusal?
        /// Why a whole input folder could not be read (it does not exist, or is not a folder): a problem
        /// with the command or the machine, not the content's fault, so the CLI exits 2 for it.
        public var readFailure: String? = nil
        /// The loaded portal, when it could be read (for reports that run the pipeline part of the way).
        public var portal: Portal? = nil
        /// What each step took and did, in order (`portal build --timings`).
        public var steps: [StepRecord] = []
        /// What each file of `files` was made from, by its path (`portal build --inputs`).
        public var inputs: [String: PageInputs] = [:]

        func finished(_ clock: StepClock, quoting sources: SourceLines) -> Outcome {
            var outcome = self
            let folded = Build.foldingFollowers(diagnostics, unread: portal?.unread ?? UnreadContent())
            outcome.diagnostics = Diagnostic.ordered(SourceSpan.measured(sources.filled(folded)))
            outcome.steps = clock.records
            return outcome
        }
    }

    public let configuration: Configuration

    /// Whether what was found so far stops the site being written.
    static func blocked(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && !diagnostics.isEmpty)
    }

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Runs every step up to `last` that can run, so one pass reports every problem: load → validate →
    /// render → check → write. Writes only when there are no errors (and, with `strict`, no warnings);
    /// `check` stops after `.check`, `report privacy` after `.validate`.
    ///
    /// `progress` hears each step as it starts, and, while pages stream into the output folder, how many
    /// are written so far (from any thread), for a progress line on a terminal. `drawing` says whether a run
    /// that stops at `.check` draws every page (the dev server serves them) or only what the checks read.
    public func run(strict: Bool = false, until last: Step = .write, drawing: PageDrawing = .everyPage,
                    progress: (@Sendable (Step, _ pagesWritten: Int) -> Void)? = nil) -> Outcome {
        var outcome = Outcome(diagnostics: [], files: [], pageCount: 0, wrote: false, writeFailure: nil)
        if last == .write, let refusal = prepareOutput() {
            outcome.refusal = refusal
            return outcome
        }
        var clock = StepClock(progress: progress)
        // Every message quotes the line it points at, even where the rule that found it did not.
        let quoting = SourceLines(folders: [(configuration.contentDisplay, configuration.contentDirectory.path),
                                            (configuration.layoutsDisplay, configuration.layoutsDirectory.path)])
        let loaded = clock.time(.load) { load(templates: last >= .render) }
        outcome.diagnostics += loaded.diagnostics
        outcome.readFailure = loaded.failure
        guard loaded.failure == nil, let portal = loaded.portal else { return outcome.finished(clock, quoting: quoting) }
        clock.note(.load, Self.describe(portal, templates: loaded.templates))
        outcome.portal = portal
        guard last != .load else { return outcome.finished(clock, quoting: quoting) }

        let found = clock.time(.validate) { Validator().validate(portal) }
        outcome.diagnostics += found
        clock.note(.validate, "\(Counted.words(found.errorCount, "error")), \(Counted.words(found.warningCount, "warning"))")
        guard last != .validate, let templates = loaded.templates else { return outcome.finished(clock, quoting: quoting) }

        // A build that can still write streams each page into a staging folder as it is rendered, so that the
        // site is never held in memory whole; Check still runs before the staging folder is swapped in, and
        // a build that Check blocks removes it, leaving the previous site as it was.
        var staging: StagingFolder?
        if last == .write, !Self.blocked(outcome.diagnostics, strict: strict) {
            do {
                staging = try StagedOutput(outputDirectory: configuration.outputDirectory).begin()
            } catch {
                outcome.writeFailure = "\(error)"
            }
        }
        // A memo is only as good as the file comparison behind it, so it goes with the load cache.
        let reuse = configuration.loadCache.flatMap { cache in
            configuration.renderMemo.map { RenderReuse(memo: $0, load: cache.loadCount, files: cache.changes()) }
        }
        let rendered = clock.time(.render) {
            let renderer = SiteRenderer(portal: PublishedPortal(portal), templates: templates, options: configuration.options,
                                        drawing: last == .write ? .everyPage : drawing)
            defer {
                // What the renderer holds (everyone as published, their cards) is freed on another thread, not on
                // the way to the checks.
                DispatchQueue.global(qos: .utility).async { withExtendedLifetime(renderer) {} }
            }
            return renderer.render(sink: staging.map { folder in
                { @Sendable file in
                    folder.write([file])
                    if let progress { progress(.render, folder.written) }
                }
            }, reuse: reuse)
        }
        outcome.diagnostics += rendered.diagnostics
        outcome.files = rendered.files
        outcome.inputs = rendered.inputs
        outcome.pageCount = rendered.pages.count
        var renderNote = "\(rendered.pages.count) pages, \(rendered.files.count) files, \(Self.megabytes(rendered.byteCount))"
        if last != .write, drawing == .forChecking {
            renderNote += "; \(rendered.files.filter { $0.path.hasSuffix(".html") && !$0.contents.isEmpty }.count) drawn by their templates"
        }
        if let counts = reuse?.memo.lastCounts { renderNote += "; \(counts.rendered) pages rendered, \(counts.reused) kept from the last build" }
        clock.note(.render, renderNote)
        guard last != .render else {
            staging?.abandon()
            return outcome.finished(clock, quoting: quoting)
        }

        let checked = clock.time(.check) {
            LinkRules().check(rendered.pages, extraFiles: Set(rendered.files.map(\.path)))
                + OutputAddressRules().check(rendered.files, portal: portal)
        }
        outcome.diagnostics += checked
        clock.note(.check, "\(rendered.pages.reduce(0) { $0 + $1.links.count }) links from the content, \(rendered.files.count) addresses")
        guard last == .write else { return outcome.finished(clock, quoting: quoting) }

        guard !Self.blocked(outcome.diagnostics, strict: strict) else {
            staging?.abandon()
            outcome.writeFailure = nil
            clock.skip(.write, "not run: the content has \(strict && !outcome.diagnostics.hasErrors ? "warnings (--strict)" : "errors")")
            return outcome.finished(clock, quoting: quoting)
        }
        var reused = 0
        clock.time(.write) {
            guard let staging else { return }
            do {
                let written = try staging.commit()
                outcome.wrote = true
                reused = written.reused
            } catch {
                outcome.writeFailure = "\(error)"
            }
        }
        clock.note(.write, outcome.wrote ? "\(rendered.files.count) files into \(configuration.outputDisplay)/, \(reused) of them unchanged" : "failed")
        return outcome.finished(clock, quoting: quoting)
    }
}
