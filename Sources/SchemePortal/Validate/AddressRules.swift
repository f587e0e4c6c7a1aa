/// Every address written in a YAML field must be one the portal may link to (`LinkAddress`): a web page,
/// an e-mail address or a page of the portal. Markdown links are judged by the same rule as they render.
struct AddressRules: Sendable {
    /// Every `WebAddress` of the model. A new address field must be added here; `AddressFieldTests` fails
    /// until it is.
    static func addresses(in portal: Portal) -> [WebAddress] {
        var all: [WebAddress] = []
        if let base = portal.settings.baseURL { all.append(base) }
        for scheme in portal.schemes {
            all += scheme.contacts.compactMap(\.url)
            all += scheme.links.map(\.url)
        }
        return all
    }

    func check(_ portal: Portal) -> [Diagnostic] {
        Self.addresses(in: portal).compactMap { address in
            if let problem = Self.problem(with: address) { return problem }
            // The site's own address is also the start of every canonical link and sitemap entry.
            if address.key == "base_url", !PortalSettings.isValidBaseURL(address.text) {
                return Diagnostic(.addressNotAllowed, .error, at: address.location, "‘base_url’ should be an absolute web address",
                                  hint: "write it like ‘https://mentoring.example.org/’", sourceLine: address.sourceLine)
            }
            return nil
        }
    }

    static func problem(with address: WebAddress) -> Diagnostic? {
        guard case .refused(let scheme) = address.kind else { return nil }
        if scheme == "//" {
            return Diagnostic(.addressNotAllowed, .error, at: address.location, "‘\(address.key)’ starts with “//”, so browsers would guess how to reach it",
                              hint: "write the full address, starting with https://", sourceLine: address.sourceLine)
        }
        if scheme == "tel", address.key == "url" {
            return Diagnostic(.addressNotAllowed, .error, at: address.location, "‘url’ cannot be a telephone number",
                              hint: "write the number under ‘phone:’ instead, and keep ‘url:’ for a web page", sourceLine: address.sourceLine)
        }
        return Diagnostic(.addressNotAllowed, .error, at: address.location,
                          "‘\(address.key)’ cannot be a “\(scheme):” address: only web pages (https://…), e-mail (mailto:…) and pages of this portal can be linked",
                          hint: "write the full address of the page, e.g. ‘https://www.example.org/mentoring’", sourceLine: address.sourceLine)
    }
}
