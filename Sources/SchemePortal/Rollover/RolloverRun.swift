import Foundation

/// `portal rollover SCHEME --cohort 2024-25`: the content read and checked as `portal check` does, then the
/// scheme's next cohort written beside it, whole or not at all. The old scheme is never changed. The command
/// line decides what to print.
public enum RolloverRun {
    public enum Outcome: Sendable {
        /// Nothing was written, for the reason given in one line (an existing folder, an unknown scheme).
        case refused(String)
        /// The scheme has errors that stop its dates being read and moved: these, to be fixed first.
        case contentErrors([Diagnostic])
        case rolledOver(RolloverReport)
    }

    public static func run(configuration: Build.Configuration, scheme slug: String, cohort: String, to: String? = nil) -> Outcome {
        guard !DateExamples.years(in: cohort).isEmpty else { return .refused(cohortProblem(cohort)) }
        let outcome = Build(configuration: configuration).run(until: .validate)
        if let failure = outcome.readFailure { return .refused(failure) }
        if let refusal = outcome.refusal { return .refused("\(refusal)") }
        guard let portal = outcome.portal else { return .refused("the content could not be read") }
        let shownFolder = "\(configuration.contentDisplay)/schemes/\(slug)/"
        // Errors anywhere in the scheme's files but its people (who are not copied) would be copied, or
        // stop a date being moved: they are put right first. The rest of the portal is not this run's business.
        let blocking = outcome.diagnostics.filter {
            $0.severity == .error && $0.location.file.hasPrefix(shownFolder) && !$0.location.file.hasSuffix("/people.yaml")
        }
        if !blocking.isEmpty { return .contentErrors(blocking) }
        guard let scheme = portal.scheme(slug: slug) else { return .refused(SchemeChoice.unknown(slug, in: portal)) }
        if let old = scheme.cohort, let problem = cohortOrderProblem(slug, old: old, new: cohort) { return .refused(problem) }
        let newSlug = to ?? RolloverPlan.defaultSlug(for: slug, cohort: cohort)
        if let problem = slugProblem(newSlug, old: slug, given: to != nil) { return .refused(problem) }
        let schemes = configuration.contentDirectory.appendingPathComponent("schemes")
        let target = schemes.appendingPathComponent(newSlug)
        let shownTarget = "\(configuration.contentDisplay)/schemes/\(newSlug)"
        if RolloverWriter.exists(target) {
            return .refused("\(shownTarget) already exists, and portal rollover never writes over anything; nothing was written. Move or delete it first, or choose another folder with --to NAME")
        }
        let staging = RolloverWriter.staging(for: target)
        if let problem = RolloverWriter.stagingProblem(staging) {
            return .refused("\(configuration.contentDisplay)/schemes/\(staging.lastPathComponent) \(problem), and portal rollover writes the new scheme there first; nothing was written. Move or delete it, then run this again")
        }
        let folder = schemes.appendingPathComponent(slug)
        let files: RolloverWriter.Folder
        let source: String
        do {
            files = try RolloverWriter.read(folder)
            guard let schemeFile = files.files.first(where: { $0.path == "scheme.md" }) else {
                return .refused("\(shownFolder)scheme.md could not be read")
            }
            source = String(decoding: schemeFile.bytes, as: UTF8.self)
        } catch {
            return .refused("\(shownFolder) could not be read (\(error)); nothing was written")
        }
        let people = portal.people.filter { $0.memberships.contains { $0.scheme == slug } }.count
        var plan = RolloverPlan(scheme: scheme, schemeSource: source, others: files.files, cohort: cohort, newSlug: newSlug, people: people)
        plan.leftBehind = files.leftBehind
        plan.shortcuts = files.links
        let peopleFolder = "\(configuration.contentDisplay)/people/"
        plan.peopleFilesNameOldScheme = portal.people.contains { person in
            person.location.file.hasPrefix(peopleFolder) && person.memberships.contains { $0.scheme == slug }
        }
        do {
            try RolloverWriter.write(plan.files, to: target)
        } catch {
            return .refused("\(shownTarget) could not be written (\(error)); nothing was written")
        }
        return .rolledOver(RolloverReport(plan: plan, folder: shownTarget, oldFolder: String(shownFolder.dropLast()),
                                          content: configuration.contentDisplay))
    }

    static func cohortProblem(_ cohort: String) -> String {
        "--cohort ‘\(cohort)’ names no year; give the new cohort as the scheme writes cohorts, such as --cohort 2024-25 or --cohort 2025"
    }

    /// The largest step between cohorts: further, a year is more likely typed wrong than skipped.
    static let largestGap = 10

    /// Why `new` cannot follow the scheme's cohort `old`: the same cohort, however written (`2022/23` is
    /// `2022-23`), an earlier one (the dates would move the wrong way), or one more than `largestGap` years
    /// on. Compared by their first years; nil when they follow, or when `old` names no year.
    static func cohortOrderProblem(_ slug: String, old: String, new: String) -> String? {
        let next = nextCohort(after: old)
        guard let from = DateExamples.years(in: old).first, let to = DateExamples.years(in: new).first else {
            return old.trimmingSpaces() == new.trimmingSpaces()
                ? "\(slug) is already the \(old) cohort; give the cohort that comes next, such as --cohort \(next)" : nil
        }
        if to == from { return "\(slug) is already the \(old) cohort; give the cohort that comes next, such as --cohort \(next)" }
        if to < from {
            return "--cohort \(new) comes before \(slug)’s cohort, \(old), and portal rollover starts a later cohort (it moves dates on, never back); give the cohort that comes next, such as --cohort \(next)"
        }
        if to - from > largestGap {
            return "--cohort \(new) is \(to - from) years after \(slug)’s cohort, \(old), and portal rollover moves dates at most \(largestGap) years on; check the year, and give the cohort that comes next, such as --cohort \(next)"
        }
        return nil
    }

    /// "2023-24" after "2022-23", "2025" after "2024": what the message suggests.
    static func nextCohort(after cohort: String) -> String {
        let years = DateExamples.years(in: cohort)
        guard let first = years.first else { return "2024-25" }
        if years.count == 2 { return "\(first + 1)-\(String(first + 2).suffix(2))" }
        return cohort.contains("-") ? "\(first + 1)-\(String(first + 2).suffix(2))" : "\(first + 1)"
    }

    static func slugProblem(_ slug: String, old: String, given: Bool) -> String? {
        let what = given ? "--to ‘\(slug)’" : "the new folder’s name ‘\(slug)’"
        if slug == old { return "\(what) is the scheme’s own folder; give the new cohort’s folder, such as --to \(RolloverPlan.defaultSlug(for: old, cohort: "2024-25"))" }
        if !Slug.isValid(slug) {
            return "\(what) is not a scheme folder name: use lowercase letters, digits and hyphens, such as --to \(Slug.make(from: slug).isEmpty ? "pilot-2024-25" : Slug.make(from: slug))"
        }
        if ReservedFileName.isReserved(slug) { return "\(what): \(ReservedFileName.problem(slug)); choose another with --to NAME" }
        return nil
    }
}
