extension Explanation {
    static let people: [Explanation] = []
}
