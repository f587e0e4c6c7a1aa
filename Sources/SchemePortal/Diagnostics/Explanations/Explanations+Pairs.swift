extension Explanation {
    static let pairs: [Explanation] = []
}
