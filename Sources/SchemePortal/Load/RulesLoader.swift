/// Reads a scheme's `rules:` mapping.
enum RulesLoader {
    static func load(_ rules: inout YAMLFields) -> SchemeRules {
        var result = SchemeRules()
        result.gradeLadder = rules.text("grade_ladder")
        result.biographyWordLimit = rules.integer("biography_word_limit", in: 1...10_000)
        result.expressionOfInterestWordLimit = rules.integer("expression_of_interest_word_limit", in: 1...10_000)
        result.maxPreferences = rules.integer("max_preferences", in: 1...100)
        result.mentorCapacity = rules.integer("mentor_capacity", in: 1...100)
        result.minGradeGap = rules.integer("min_grade_gap", in: 0...50)
        result.maxGradeGap = rules.integer("max_grade_gap", in: 0...50)
        result.preferCrossDepartment = rules.boolean("prefer_cross_department") ?? false
        result.preferSimilarExpertise = rules.boolean("prefer_similar_expertise") ?? false
        if let weights = rules.mapping("matching", owner: "the matching weights", { weights -> MatchingWeights in
            var read = MatchingWeights(preferences: weights.integer("preferences", in: 0...1_000),
                                       expertise: weights.integer("expertise", in: 0...1_000),
                                       crossDepartment: weights.integer("cross_department", in: 0...1_000),
                                       similarFields: weights.integer("similar_fields", in: 0...1_000))
            read.location = weights.location
            return read
        }) {
            result.matching = weights
        }
        result.seniorSide = rules.text("senior_side")
        if result.seniorSide != nil { result.seniorSideLocation = rules.valueLocation("senior_side") }
        if result.gradeLadder != nil { result.gradeLadderLocation = rules.valueLocation("grade_ladder") }
        if result.minGradeGap != nil { result.gradeGapLocation = rules.valueLocation("min_grade_gap") }
        else if result.maxGradeGap != nil { result.gradeGapLocation = rules.valueLocation("max_grade_gap") }
        if var eligible = rules.mapping("eligible_grades", owner: "‘eligible_grades’") {
            let fallback = eligible.location
            for (side, key, _) in eligible.entries {
                result.eligibleGrades[side] = eligible.mapping(side, owner: "the eligible grades of ‘\(side)’") { bounds in
                    var result = GradeBounds(lowest: bounds.text("lowest"), highest: bounds.text("highest"),
                                             location: bounds.document.location(of: key) ?? fallback)
                    result.lowestLocation = bounds.valueLocation("lowest")
                    result.highestLocation = bounds.valueLocation("highest")
                    result.ideally = bounds.boolean("ideally") ?? false
                    return result
                }
            }
            rules.append(eligible.diagnostics)
        }
        return result
    }
}
