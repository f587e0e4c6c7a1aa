/// Reads a scheme's `rules:` mapping.
enum RulesLoader {
    static func load(_ rules: YAMLFields?, fields: inout YAMLFields) -> SchemeRules {
        guard var rules else { return SchemeRules() }
        var result = SchemeRules()
        result.gradeLadder = rules.text("grade_ladder")
        result.biographyWordLimit = rules.integer("biography_word_limit", in: 1...10_000)
        result.expressionOfInterestWordLimit = rules.integer("expression_of_interest_word_limit", in: 1...10_000)
        result.maxPreferences = rules.integer("max_preferences", in: 1...100)
        result.mentorCapacity = rules.integer("mentor_capacity", in: 1...100)
        result.minGradeGap = rules.integer("min_grade_gap", in: 0...50)
        result.maxGradeGap = rules.integer("max_grade_gap", in: 0...50)
        result.preferCrossDepartment = rules.boolean("prefer_cross_department") ?? false
        if result.gradeLadder != nil { result.gradeLadderLocation = rules.valueLocation("grade_ladder") }
        if result.minGradeGap != nil { result.gradeGapLocation = rules.valueLocation("min_grade_gap") }
        else if result.maxGradeGap != nil { result.gradeGapLocation = rules.valueLocation("max_grade_gap") }
        if var eligible = rules.mapping("eligible_grades", owner: "‘eligible_grades’") {
            for (side, key, value) in eligible.entries {
                var local: [Diagnostic] = []
                defer { eligible.append(local) }
                let fallback = eligible.location
                result.eligibleGrades[side] = rules.document.readMapping(
                    value, owner: "the eligible grades of ‘\(side)’", fallback: fallback, diagnostics: &local) { bounds in
                    GradeBounds(lowest: bounds.text("lowest"), highest: bounds.text("highest"),
                                location: bounds.document.location(of: key) ?? fallback)
                }
            }
            rules.append(eligible.diagnostics)
        }
        rules.reportUnknownKeys()
        fields.append(rules.diagnostics)
        return result
    }
}
