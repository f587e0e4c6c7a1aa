/// How many partners a person may have: their own `capacity`, or one. A scheme's `mentor_capacity` is the
/// most any capacity may be, never a default: a person who has agreed to more says so in their record.
extension PairingRules {
    func checkCapacity(_ person: Participant, _ membership: Membership, partners: [PersonReference], scheme: Scheme,
                       seniority: (senior: Side, junior: Side)?) -> [Diagnostic] {
        let rules = scheme.rules
        var diagnostics: [Diagnostic] = []
        if let capacity = membership.capacity, let limit = rules.mentorCapacity, capacity > limit {
            diagnostics.append(.error(.capacityExceeded, "a capacity of \(capacity) is more than the \(limit) that \(scheme.slug) allows",
                                      at: membership.capacityLocation ?? membership.location, hint: "lower ‘capacity’ to \(limit) or less"))
        }
        let limit = membership.places
        guard partners.count > limit else { return diagnostics }
        if let capacity = membership.capacity {
            diagnostics.append(.error(.capacityExceeded, "\(person.id) has \(partners.count) partners, more than their capacity of \(capacity)",
                                      at: partners[limit].location, hint: "remove a partner"))
            return diagnostics
        }
        let junior = seniority?.junior.id == membership.side
        if !junior, let allowed = rules.mentorCapacity, partners.count <= allowed {
            // Content written when `mentor_capacity` was also a default keeps building, with what to write now.
            diagnostics.append(.warning(.capacityUnstated, "\(person.id) has \(partners.count) partners but no ‘capacity’, and a person without one takes one partner",
                                        at: partners[limit].location, hint: "add ‘capacity: \(partners.count)’ to their record (\(scheme.slug) allows up to \(allowed))"))
            return diagnostics
        }
        if !junior, let allowed = rules.mentorCapacity {
            diagnostics.append(.error(.capacityExceeded, "\(person.id) has \(partners.count) partners, more than the \(allowed) that \(scheme.slug) allows",
                                      at: partners[allowed].location, hint: "remove a partner"))
            return diagnostics
        }
        let sideName = scheme.side(id: membership.side)?.name.lowercased() ?? membership.side
        let seniorName = seniority?.senior.name.lowercased() ?? "partner"
        diagnostics.append(.error(.capacityExceeded, junior
                                    ? "\(person.id) has \(partners.count) partners, but a \(sideName) has one \(seniorName) unless their ‘capacity’ says more"
                                    : "\(person.id) has \(partners.count) partners, more than 1 (no ‘capacity’ is given)",
                                  at: partners[limit].location,
                                  hint: "remove a partner, or add ‘capacity: \(partners.count)’ if they agreed to more"))
        return diagnostics
    }
}
