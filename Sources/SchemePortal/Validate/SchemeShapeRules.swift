/// How a scheme is put together: one or two sides, a way to reach each contact, grade gaps that can
/// both hold.
struct SchemeShapeRules {
    func check(_ scheme: Scheme) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Counted as written: a side that could not be read is still one too many.
        if scheme.sidesWritten > 2 {
            diagnostics.append(.error(.sidesCount, "a scheme has one or two sides, but this one lists \(scheme.sidesWritten)",
                                      at: scheme.sidesLocation ?? scheme.location,
                                      hint: "describe the two sides (e.g. mentor and mentee); peers in a circle are one side"))
        }
        for contact in scheme.contacts where contact.email == nil && contact.phone == nil && contact.url == nil {
            diagnostics.append(.error(.contactIncomplete, "this contact has no ‘email’, ‘phone’ or ‘url’", at: contact.location,
                                      hint: "add at least one way to reach the role"))
        }
        let rules = scheme.rules
        if let min = rules.minGradeGap, let max = rules.maxGradeGap, min > max {
            diagnostics.append(.error(.gradeGapReversed, "‘min_grade_gap’ (\(min)) is larger than ‘max_grade_gap’ (\(max))",
                                      at: rules.gradeGapLocation ?? scheme.location, hint: "swap them, or correct one").causing(.gradeGaps(scheme.slug)))
        }
        return diagnostics
    }
}
