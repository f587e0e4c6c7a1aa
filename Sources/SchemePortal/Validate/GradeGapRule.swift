/// The scheme's grade-gap rules (`min_grade_gap`, `max_grade_gap`) judged for one pair: the one place that
/// decides whether a gap is too small or too large, for `portal check` (which words the message) and for
/// `portal match` (which never proposes a pair that breaks it).
public enum GradeGapRule {
    public enum Breach: Sendable, Equatable {
        /// Fewer grades apart, or above, than `min_grade_gap`: an error.
        case belowMinimum(Int)
        /// More than `max_grade_gap`: a warning (the scheme's "ideally no more than").
        case aboveMaximum(Int)
        /// The senior partner graded below the junior one, where only a maximum is given: a warning.
        case seniorBelow

        public var isError: Bool { if case .belowMinimum = self { return true } else { return false } }
    }

    /// With a senior side the gap counts upwards from the junior partner (`directed`), so a mentor graded
    /// below their mentee never passes a rule that asks for one above; between peers it is a distance.
    public static func breach(senior: Int, junior: Int, directed: Bool, rules: SchemeRules) -> Breach? {
        let gap = directed ? senior - junior : abs(senior - junior)
        if let minimum = rules.minGradeGap, gap < minimum { return .belowMinimum(minimum) }
        if let maximum = rules.maxGradeGap, gap > maximum { return .aboveMaximum(maximum) }
        if directed, rules.maxGradeGap != nil, rules.minGradeGap == nil, gap < 0 { return .seniorBelow }
        return nil
    }

    /// A grade inside its side's eligible range, or a range the scheme only prefers (`ideally: true`).
    public static func eligible(rank: Int, side: String, rules: SchemeRules, ladder: GradeLadder) -> Bool {
        guard let bounds = rules.eligibleGrades[side], !bounds.ideally else { return true }
        let outside = bounds.outside(rank, on: ladder)
        return outside.below == nil && outside.above == nil
    }
}
