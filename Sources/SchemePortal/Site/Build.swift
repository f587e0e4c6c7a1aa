import Foundation

/// The pipeline from `Content/` and `Layouts/` to `Output/`: load → validate → render → check links → write.
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
        /// Every file of the site, when rendering got that far.
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
    }

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Runs every stage that can run, so one pass reports every problem; writes only when there are no errors
    /// (and, with `strict`, no warnings).
    public func run(write: Bool, strict: Bool = false) -> Outcome {
        var diagnostics: [Diagnostic] = []
        if write {
            let protected = OutputFolder.Protected(
                contentDirectory: configuration.contentDirectory, layoutsDirectory: configuration.layoutsDirectory,
                currentDirectory: configuration.currentDirectory, homeDirectory: configuration.homeDirectory)
            if case .failure(let refusal) = OutputFolder.check(configuration.outputDirectory, display: configuration.outputDisplay,
                                                               protecting: protected) {
                return Outcome(diagnostics: [], files: [], pageCount: 0, wrote: false, writeFailure: nil, refusal: refusal)
            }
            StagedOutput(outputDirectory: configuration.outputDirectory).recover()
        }
        let loaded = ContentLoader(contentDirectory: configuration.contentDirectory,
                                   displayRoot: configuration.contentDisplay).load()
        if let failure = loaded.failure {
            return Outcome(diagnostics: [], files: [], pageCount: 0, wrote: false, writeFailure: nil, readFailure: failure.message)
        }
        diagnostics += loaded.diagnostics
        let (templates, templateDiagnostics, layoutsFailure) = Templates.load(layoutsDirectory: configuration.layoutsDirectory,
                                                                              displayRoot: configuration.layoutsDisplay)
        if let layoutsFailure {
            return Outcome(diagnostics: [], files: [], pageCount: 0, wrote: false, writeFailure: nil,
                           readFailure: layoutsFailure.message)
        }
        diagnostics += templateDiagnostics
        guard let portal = loaded.portal else {
            return Outcome(diagnostics: Diagnostic.ordered(diagnostics), files: [], pageCount: 0, wrote: false, writeFailure: nil)
        }
        diagnostics += Validator().validate(portal)
        guard let templates else {
            return Outcome(diagnostics: Diagnostic.ordered(diagnostics), files: [], pageCount: 0, wrote: false, writeFailure: nil)
        }
        let rendered = SiteRenderer(portal: portal, templates: templates, options: configuration.options).render()
        diagnostics += rendered.diagnostics
        diagnostics += LinkRules().check(rendered.pages, extraFiles: Set(rendered.files.map(\.path)))
        diagnostics = Diagnostic.ordered(diagnostics)

        let blocked = diagnostics.hasErrors || (strict && !diagnostics.isEmpty)
        var wrote = false
        var writeFailure: String?
        if write && !blocked {
            do {
                try StagedOutput(outputDirectory: configuration.outputDirectory).write(rendered.files)
                wrote = true
            } catch {
                writeFailure = "\(error)"
            }
        }
        return Outcome(diagnostics: diagnostics, files: rendered.files, pageCount: rendered.pages.count, wrote: wrote,
                       writeFailure: writeFailure)
    }
}
