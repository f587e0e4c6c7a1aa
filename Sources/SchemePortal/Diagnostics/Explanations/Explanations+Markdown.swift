extension Explanation {
    static let markdown: [Explanation] = []
}
