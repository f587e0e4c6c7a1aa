/// `portal match SCHEME`: the content read and checked as `portal check` does, then a proposal for the scheme.
/// Nothing is written here; the command line decides what to print and where the private report goes.
public enum MatchRun {
    public enum Outcome: Sendable {
        /// The content could not be read, or the scheme cannot be matched: said in one line.
        case refused(String)
        /// The content has errors a proposal would rest on: these, to be fixed first.
        case contentErrors([Diagnostic])
        /// A proposal, with the content's warnings and the errors it works around (grades outside a side's
        /// eligible range: those people are left out, and the report says why).
        case proposed(MatchReport, diagnostics: [Diagnostic])
    }

    public static func run(configuration: Build.Configuration, scheme slug: String) -> Outcome {
        let outcome = Build(configuration: configuration).run(until: .validate)
        if let failure = outcome.readFailure { return .refused(failure) }
        if let refusal = outcome.refusal { return .refused("\(refusal)") }
        guard let portal = outcome.portal else { return .refused("the content could not be read") }
        guard let scheme = portal.scheme(slug: slug) else { return .refused(SchemeChoice.unknown(slug, in: portal)) }
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        guard let pool = MatchPool(scheme: scheme, portal: portal) else {
            if !errors.isEmpty { return .contentErrors(errors) }
            return .refused("\(slug) has \(scheme.sides.count == 1 ? "one side" : "\(scheme.sides.count) sides"); portal match pairs people across two sides, so write its pairs by hand in each person's ‘partners’")
        }
        // A person whose grade is outside their side's eligible range is simply not matched (the report says
        // why); any other error could make the proposal wrong (an unknown partner, a capacity too large), so
        // it is fixed first.
        // Errors in another scheme's own files cannot change this scheme's proposal.
        let leftOut = Set(pool.members.filter { !$0.eligible }.compactMap { $0.person.grade?.location })
        let elsewhere = portal.schemes.filter { $0.slug != slug }.map { "schemes/\($0.slug)/" }
        let blocking = errors.filter { error in
            !leftOut.contains(error.location) && !elsewhere.contains { error.location.file.hasPrefix($0) || error.location.file.contains("/" + $0) }
        }
        if !blocking.isEmpty { return .contentErrors(blocking) }
        let report = MatchReport(proposal: MatchProposal(pool: pool), day: configuration.options.today.description)
        return .proposed(report, diagnostics: outcome.diagnostics)
    }
}
