/// People for the matching fixture's `pairs` scheme, made up from a seed: mentees and mentors on the
/// civil-service ladder, with ranked preferences, areas of expertise, organisations, some conflicts of
/// interest and some pairs declined before, all within what `portal check` accepts.
enum SyntheticScheme {
    static let grades = ["AA", "AO", "EO", "HEO", "SEO", "Grade 7", "Grade 6", "SCS1"]
    static let areas = ["Policy design", "Data science", "Leadership", "Project delivery", "Finance", "Digital", "Law", "Communications"]
    static let organisations = ["Home Office", "HM Treasury", "Cabinet Office", "Department for Education"]

    static func peopleYAML(mentees: Int, mentors: Int, seed: UInt64, capacities: ClosedRange<Int> = 1...3) -> String {
        var random = SplitMix(seed: seed)
        let menteeIDs = (0..<mentees).map { "mentee-\($0)" }, mentorIDs = (0..<mentors).map { "mentor-\($0)" }
        var records: [String] = []
        var declined: [String: [String]] = [:]
        var conflicts: [String: [String]] = [:]
        // A few pairs declined before (written in both records) and a few conflicts (in the mentor's).
        for _ in 0..<(mentees / 4) {
            let a = menteeIDs[random.next(mentees)], b = mentorIDs[random.next(mentors)]
            if random.next(2) == 0 {
                if declined[a]?.contains(b) != true { declined[a, default: []].append(b); declined[b, default: []].append(a) }
            } else if conflicts[b]?.contains(a) != true, declined[a]?.contains(b) != true {
                conflicts[b, default: []].append(a)
            }
        }
        func pick(_ ids: [String], _ count: Int, avoiding: Set<String>) -> [String] {
            var chosen: [String] = []
            for _ in 0..<(count * 3) where chosen.count < count {
                let id = ids[random.next(ids.count)]
                if !chosen.contains(id), !avoiding.contains(id) { chosen.append(id) }
            }
            return chosen
        }
        for (side, ids, others) in [("mentee", menteeIDs, mentorIDs), ("mentor", mentorIDs, menteeIDs)] {
            for id in ids {
                let grade = side == "mentee" ? grades[2 + random.next(4)] : grades[3 + random.next(5)]
                var lines = ["  - id: \(id)", "    name: \(id.replacingOccurrences(of: "-", with: " ").capitalized)", "    side: \(side)",
                             "    grade: \(grade)", "    organisation: \(organisations[random.next(organisations.count)])"]
                if side == "mentor" { lines.append("    capacity: \(capacities.lowerBound + random.next(capacities.count))") }
                let offered = pick(areas, random.next(3), avoiding: []), sought = pick(areas, random.next(3), avoiding: [])
                if !offered.isEmpty { lines.append("    expertise_offered: [\(offered.joined(separator: ", "))]") }
                if !sought.isEmpty { lines.append("    expertise_sought: [\(sought.joined(separator: ", "))]") }
                // Nobody ranks someone they, or who, declared a conflict with (an error in `portal check`).
                let conflicted = Set(conflicts[id] ?? []).union(conflicts.filter { $0.value.contains(id) }.map(\.key))
                let preferences = pick(others, random.next(4), avoiding: conflicted)
                if !preferences.isEmpty { lines.append("    preferences: [\(preferences.joined(separator: ", "))]") }
                if let mine = conflicts[id] { lines.append("    conflicts: [\(mine.joined(separator: ", "))]") }
                if let mine = declined[id] { lines.append("    partners: [\(mine.map { "{id: \($0), status: declined}" }.joined(separator: ", "))]") }
                lines.append("    consent: [name]")
                records.append(lines.joined(separator: "\n"))
            }
        }
        return "people:\n" + records.joined(separator: "\n\n") + "\n"
    }
}
