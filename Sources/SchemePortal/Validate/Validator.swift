/// Runs every rule over the loaded portal. Rules only read the model and return diagnostics; none stops
/// at the first problem, so one run reports everything.
public struct Validator: Sendable {
    public init() {}

    public func validate(_ portal: Portal) -> [Diagnostic] {
        // The families are independent, so they run on every core; their messages keep this order.
        let families: [@Sendable () -> [Diagnostic]] = [
            {
                var diagnostics: [Diagnostic] = []
                let references = SchemeReferenceRules(settings: portal.settings)
                let dates = KeyDateRules()
                for scheme in portal.schemes {
                    diagnostics += references.check(scheme)
                    diagnostics += dates.check(scheme)
                    diagnostics += SchemeShapeRules().check(scheme)
                    diagnostics += DateConfirmRules().check(scheme)
                }
                return diagnostics
            },
            { DuplicateRules().check(portal) },
            { IdentifierRules().check(portal) },
            { EmailAddressRules().check(portal) },
            { PortalSettingsRules().check(portal.settings) },
            { AddressRules().check(portal) },
            { PeopleRules(portal: portal).check() },
            { EmailInTextRules().check(portal) },
            { PairingRules(portal: portal).check() },
            { OutputNameRules().check(portal) },
            { LookAlikeLetterRules().check(portal) },
            { FieldLimitRules().check(portal) },
        ]
        return Parallel.map(families).flatMap { $0 }
    }
}
