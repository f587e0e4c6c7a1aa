extension Explanation {
    static let dates: [Explanation] = []
}
