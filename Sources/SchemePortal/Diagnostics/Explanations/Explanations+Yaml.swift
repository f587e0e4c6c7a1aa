extension Explanation {
    static let yaml: [Explanation] = []
}
