extension Explanation {
    static let fields: [Explanation] = []
}
