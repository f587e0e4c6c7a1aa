/// People for the matching fixture's `pairs` scheme, made up from a seed: mentees and mentors on the
/// civil-service ladder, with ranked preferences, areas of expertise, organisations, some conflicts of
/// interest, some pairs declined before, some pairs already accepted, some partners asked for by name and
/// some mentees who take two mentors, all within what `portal check` accepts as errors go.
enum SyntheticScheme {
    static let grades = ["AA", "AO", "EO", "HEO", "SEO", "Grade 7", "Grade 6", "SCS1"]
    static let areas = ["Policy design", "Data science", "Leadership", "Project delivery", "Finance", "Digital", "Law", "Communications"]
    static let organisations = ["Home Office", "HM Treasury", "Cabinet Office", "Department for Education"]

    private struct Person {
        var id: String
        var side: String
        var grade: Int
        var capacity: Int?
        var lines: [String] = []
        var conflicts: [String] = []
        var partners: [String] = []
        var requested: String?
        var places: Int { capacity ?? 1 }
    }

    static func peopleYAML(mentees: Int, mentors: Int, seed: UInt64, capacities: ClosedRange<Int> = 1...3) -> String {
        var random = SplitMix(seed: seed)
        var people: [String: Person] = [:]
        let menteeIDs = (0..<mentees).map { "mentee-\($0)" }, mentorIDs = (0..<mentors).map { "mentor-\($0)" }
        for id in menteeIDs { people[id] = Person(id: id, side: "mentee", grade: 2 + random.next(4), capacity: random.next(6) == 0 ? 2 : nil) }
        for id in mentorIDs { people[id] = Person(id: id, side: "mentor", grade: 3 + random.next(5), capacity: capacities.lowerBound + random.next(capacities.count)) }
        var declined: Set<[String]> = []
        for _ in 0..<(mentees / 4) {
            let a = menteeIDs[random.next(mentees)], b = mentorIDs[random.next(mentors)]
            if random.next(2) == 0 { declined.insert([a, b]) } else if !declined.contains([a, b]) { people[b]!.conflicts.append(a) }
        }
        let conflicted = { (a: String, b: String) in people[a]!.conflicts.contains(b) || people[b]!.conflicts.contains(a) || declined.contains([a, b]) }
        // Pairs already accepted: within the grade gap (1 to 3 above), free of conflicts, within both capacities.
        for _ in 0..<(mentees / 5) {
            let a = menteeIDs[random.next(mentees)], b = mentorIDs[random.next(mentors)]
            let gap = people[b]!.grade - people[a]!.grade
            guard (1...3).contains(gap), !conflicted(a, b), !people[a]!.partners.contains(b),
                  people[a]!.partners.count < people[a]!.places, people[b]!.partners.count < people[b]!.places else { continue }
            people[a]!.partners.append(b)
            people[b]!.partners.append(a)
        }
        // Some mentees ask for a mentor by name: any without a conflict, whatever the grades (the match decides).
        for _ in 0..<(mentees / 6) {
            let a = menteeIDs[random.next(mentees)], b = mentorIDs[random.next(mentors)]
            if people[a]!.requested == nil, !conflicted(a, b) { people[a]!.requested = b }
        }
        func pick(_ ids: [String], _ count: Int, avoiding: (String) -> Bool) -> [String] {
            var chosen: [String] = []
            for _ in 0..<(count * 3) where chosen.count < count {
                let id = ids[random.next(ids.count)]
                if !chosen.contains(id), !avoiding(id) { chosen.append(id) }
            }
            return chosen
        }
        var records: [String] = []
        for id in menteeIDs + mentorIDs {
            let person = people[id]!
            let others = person.side == "mentee" ? mentorIDs : menteeIDs
            var lines = ["  - id: \(id)", "    name: \(id.replacingOccurrences(of: "-", with: " ").capitalized)", "    side: \(person.side)",
                         "    grade: \(grades[person.grade])", "    organisation: \(organisations[random.next(organisations.count)])"]
            if let capacity = person.capacity { lines.append("    capacity: \(capacity)") }
            let offered = pick(areas, random.next(3)) { _ in false }, sought = pick(areas, random.next(3)) { _ in false }
            if !offered.isEmpty { lines.append("    expertise_offered: [\(offered.joined(separator: ", "))]") }
            if !sought.isEmpty { lines.append("    expertise_sought: [\(sought.joined(separator: ", "))]") }
            // Nobody ranks someone they, or who, declared a conflict with (an error in `portal check`).
            let preferences = pick(others, random.next(4)) { other in people[other]!.conflicts.contains(id) || person.conflicts.contains(other) }
            if !preferences.isEmpty { lines.append("    preferences: [\(preferences.joined(separator: ", "))]") }
            if let requested = person.requested { lines.append("    requested_partner: \(requested)") }
            if !person.conflicts.isEmpty { lines.append("    conflicts: [\(person.conflicts.joined(separator: ", "))]") }
            let history = others.filter { declined.contains(person.side == "mentee" ? [id, $0] : [$0, id]) }
            let partners = person.partners + history.map { "{id: \($0), status: declined}" }
            if !partners.isEmpty { lines.append("    partners: [\(partners.joined(separator: ", "))]") }
            lines.append("    consent: [name]")
            records.append(lines.joined(separator: "\n"))
        }
        return "people:\n" + records.joined(separator: "\n\n") + "\n"
    }
}
