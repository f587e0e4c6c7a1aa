/// Every e-mail address written in a field of its own (the portal's contact, a scheme's contacts,
/// a person's `email`) must look like one.
struct EmailAddressRules {
    func check(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let settings = portal.settings
        if let email = settings.contactEmail, !EmailAddress.isPlausible(email) {
            diagnostics.append(.error(.emailInvalid, "‘\(email)’ is not an e-mail address", at: settings.contactEmailPlace ?? SourcePlace(settings.location),
                                      hint: "write an address such as ‘mentoring@example.org’"))
        }
        for scheme in portal.schemes {
            for contact in scheme.contacts {
                guard let email = contact.email, !EmailAddress.isPlausible(email) else { continue }
                diagnostics.append(.error(.emailInvalid, "‘\(email)’ is not an e-mail address", at: contact.emailPlace ?? SourcePlace(contact.location),
                                          hint: "write an address such as ‘mentoring@example.org’"))
            }
        }
        for person in portal.people {
            guard let email = person.email, !EmailAddress.isPlausible(email) else { continue }
            // The address itself is not repeated in the message: it is personal data.
            diagnostics.append(.error(.emailInvalid, "‘email’ is not an e-mail address", at: person.emailPlace ?? SourcePlace(person.location),
                                      hint: "write an address such as ‘name@example.org’"))
        }
        return diagnostics
    }
}

enum EmailAddress {
    /// Deliberately loose: catches a name or a URL written where an address belongs, not every RFC 5322 corner.
    static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !text.contains(where: { $0.isWhitespace || "<>(),;:\"[]".contains($0) })
    }
}
