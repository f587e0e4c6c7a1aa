extension Explanation {
    static let settings: [Explanation] = []
}
