/// Which side of a scheme is graded above the other, so that a grade gap can have a direction: "a mentor at
/// least two grades above their mentee" must not pass a mentor two grades below.
extension Scheme {
    /// The senior side and the other: the one `senior_side` names, or else the mentor of a mentor and a mentee, or the
    /// senior of a senior and a junior side (by id or name, so that content written before `senior_side`
    /// existed keeps its meaning). Nil for a scheme of one side, and for peers on two sides of equal standing
    /// (a researcher and a policy professional), whose grade gaps stay a distance. In a reverse-mentoring scheme
    /// a mentor and a mentee name no senior side (the mentor is the junior colleague); `senior_side` can.
    public var seniority: (senior: Side, junior: Side)? {
        guard sides.count == 2 else { return nil }
        if let named = rules.seniorSide {
            guard let senior = side(id: named), let junior = sides.first(where: { $0.id != named }) else { return nil }
            return (senior, junior)
        }
        // In reverse mentoring the mentor is the junior colleague, so mentor and mentee say nothing of grades.
        let pairs = models.contains(.reverse) ? [("senior", "junior")] : [("mentor", "mentee"), ("senior", "junior")]
        for (senior, junior) in pairs {
            if let above = sides.first(where: { Self.side($0, is: senior) }),
               let below = sides.first(where: { Self.side($0, is: junior) }), above.id != below.id {
                return (above, below)
            }
        }
        return nil
    }

    /// `mentor`, `Mentor`, `senior-partner`, `Senior partner`: the word alone or first, in the id or the name.
    private static func side(_ side: Side, is word: String) -> Bool {
        let id = side.id.lowercased()
        let name = side.name.lowercased()
        return id == word || id.hasPrefix(word + "-") || id.hasPrefix(word + "_") || name == word || name.hasPrefix(word + " ")
    }
}
