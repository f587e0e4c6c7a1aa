/// Each id's first record in `portal.people` (a later one is `DuplicateRules`' concern), found by position:
/// three rules each made a dictionary of whole records, copying (and retaining every field of) ten thousand
/// people apiece.
struct PeopleByID {
    let people: [Participant]
    private let positions: [String: Int]

    init(_ people: [Participant]) {
        self.people = people
        var positions: [String: Int] = [:]
        positions.reserveCapacity(people.count)
        for index in people.indices where positions[people[index].id] == nil { positions[people[index].id] = index }
        self.positions = positions
    }

    subscript(id: String) -> Participant? { positions[id].map { people[$0] } }

    func contains(_ id: String) -> Bool { positions[id] != nil }

    /// Where in `people` the id's first record is.
    func position(of id: String) -> Int? { positions[id] }

    var ids: [String] { Array(positions.keys) }
}
