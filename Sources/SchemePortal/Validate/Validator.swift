/// Runs every rule over the loaded portal. Rules only read the model and return diagnostics; none stops
/// at the first problem, so one run reports everything.
public struct Validator: Sendable {
    public init() {}

    public func validate(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let references = SchemeReferenceRules(settings: portal.settings)
        let dates = DateRules()
        var titles: [String: Scheme] = [:]
        for scheme in portal.schemes {
            diagnostics += references.check(scheme)
            diagnostics += dates.check(scheme)
            if let earlier = titles[scheme.title.lowercased()] {
                diagnostics.append(.error("two schemes are called ‘\(scheme.title)’ (the other is \(earlier.location.file))",
                                          at: scheme.location, hint: "give each scheme its own title, e.g. with its cohort"))
            } else {
                titles[scheme.title.lowercased()] = scheme
            }
        }
        diagnostics += AddressRules().check(portal)
        diagnostics += PeopleRules(portal: portal).check()
        diagnostics += EmailInTextRules().check(portal)
        diagnostics += PairingRules(portal: portal).check()
        diagnostics += OutputNameRules().check(portal)
        diagnostics += LookAlikeLetterRules().check(portal)
        return diagnostics
    }
}
