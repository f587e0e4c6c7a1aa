/// Runs every rule over the loaded portal. Rules only read the model and return diagnostics; none stops
/// at the first problem, so one run reports everything.
public struct Validator: Sendable {
    public init() {}

    public func validate(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let references = SchemeReferenceRules(settings: portal.settings)
        let dates = KeyDateRules()
        for scheme in portal.schemes {
            diagnostics += references.check(scheme)
            diagnostics += dates.check(scheme)
            diagnostics += SchemeShapeRules().check(scheme)
        }
        diagnostics += DuplicateRules().check(portal)
        diagnostics += IdentifierRules().check(portal)
        diagnostics += EmailAddressRules().check(portal)
        diagnostics += PortalSettingsRules().check(portal.settings)
        diagnostics += AddressRules().check(portal)
        diagnostics += PeopleRules(portal: portal).check()
        diagnostics += EmailInTextRules().check(portal)
        diagnostics += PairingRules(portal: portal).check()
        diagnostics += OutputNameRules().check(portal)
        diagnostics += LookAlikeLetterRules().check(portal)
        diagnostics += FieldLimitRules().check(portal)
        return diagnostics
    }
}
