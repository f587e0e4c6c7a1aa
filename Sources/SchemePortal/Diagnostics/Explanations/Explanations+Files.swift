extension Explanation {
    static let files: [Explanation] = []
}
