/// Who may be paired with whom, and how good each pairing would be: what `portal match` (issue 16) hands to
/// the solver once the hard rules have ruled out every pair they forbid. People are numbers here, on two
/// sides (mentees and mentors, juniors and seniors); each may take up to its capacity of partners.
struct MatchingProblem: Sendable {
    struct Candidate: Sendable, Hashable {
        var first: Int
        var second: Int
        /// How good the pair is by the soft preferences; higher is better, and may be negative.
        var score: Int
    }

    var firstCapacities: [Int]
    var secondCapacities: [Int]
    /// Every pair the hard rules allow, at most once each.
    var candidates: [Candidate]
}

/// A proposal: the pairs, in the order of the candidates they come from, and their total score.
struct Matching: Sendable, Equatable {
    var pairs: [MatchingProblem.Candidate]
    var score: Int { pairs.reduce(0) { $0 + $1.score } }
}

/// The best proposal for a `MatchingProblem`: as many pairs as the capacities and candidates allow, and of
/// all proposals with that many pairs, one with the highest total score. Minimum-cost flow by successive
/// shortest paths (Dijkstra over reduced costs): source → each first-side person (their capacity) → each
/// candidate partner (one pair, cost −score) → sink (the partner's capacity). Every tie is broken by
/// numbers alone (people's and candidates' order), so the same problem always gives the same proposal.
enum AssignmentSolver {
    static func solve(_ problem: MatchingProblem) -> Matching {
        var graph = FlowGraph(nodes: problem.firstCapacities.count + problem.secondCapacities.count + 2)
        let source = 0, sink = graph.nodeCount - 1
        let firstNode = { (person: Int) in 1 + person }
        let secondNode = { (person: Int) in 1 + problem.firstCapacities.count + person }
        for (person, capacity) in problem.firstCapacities.enumerated() where capacity > 0 {
            graph.add(from: source, to: firstNode(person), capacity: capacity, cost: 0)
        }
        var pairEdges: [Int] = []
        for candidate in problem.candidates {
            guard problem.firstCapacities.indices.contains(candidate.first), problem.secondCapacities.indices.contains(candidate.second) else {
                pairEdges.append(-1)
                continue
            }
            pairEdges.append(graph.add(from: firstNode(candidate.first), to: secondNode(candidate.second), capacity: 1, cost: -candidate.score))
        }
        for (person, capacity) in problem.secondCapacities.enumerated() where capacity > 0 {
            graph.add(from: secondNode(person), to: sink, capacity: capacity, cost: 0)
        }
        graph.flowAll(from: source, to: sink)
        let pairs = zip(problem.candidates, pairEdges).compactMap { candidate, edge in
            edge >= 0 && graph.flow(edge) > 0 ? candidate : nil
        }
        return Matching(pairs: pairs)
    }
}

/// A flow network with costs, for `AssignmentSolver`: edges stored in pairs (each with its reverse).
struct FlowGraph {
    private(set) var nodeCount: Int
    private var to: [Int] = []
    private var capacity: [Int] = []
    private var cost: [Int] = []
    private var edgesOf: [[Int]]

    init(nodes: Int) {
        nodeCount = nodes
        edgesOf = Array(repeating: [], count: nodes)
    }

    /// Adds an edge and its reverse; returns the edge's number.
    @discardableResult
    mutating func add(from: Int, to target: Int, capacity limit: Int, cost price: Int) -> Int {
        let number = to.count
        to += [target, from]
        capacity += [limit, 0]
        cost += [price, -price]
        edgesOf[from].append(number)
        edgesOf[target].append(number + 1)
        return number
    }

    /// How much flows through an edge: what its reverse can send back.
    func flow(_ edge: Int) -> Int { capacity[edge ^ 1] }

    /// Sends as much as can go from `source` to `sink`, each unit along a cheapest path.
    mutating func flowAll(from source: Int, to sink: Int) {
        var potential = initialPotentials(from: source)
        while true {
            // Dijkstra over costs made non-negative by the potentials; ties go to the lower node, then the earlier edge.
            var distance = Array(repeating: Int.max, count: nodeCount)
            var via = Array(repeating: -1, count: nodeCount)
            var heap = MinHeap()
            distance[source] = 0
            heap.push((0, source))
            while let (reached, node) = heap.pop() {
                guard reached == distance[node] else { continue }
                for edge in edgesOf[node] where capacity[edge] > 0 && potential[to[edge]] != Int.max {
                    let next = to[edge]
                    let candidate = reached + cost[edge] + potential[node] - potential[next]
                    if candidate < distance[next] {
                        distance[next] = candidate
                        via[next] = edge
                        heap.push((candidate, next))
                    }
                }
            }
            guard distance[sink] != Int.max else { return }
            for node in 0..<nodeCount where distance[node] != Int.max && potential[node] != Int.max {
                potential[node] += distance[node]
            }
            var amount = Int.max
            var node = sink
            while node != source {
                let edge = via[node]
                amount = min(amount, capacity[edge])
                node = to[edge ^ 1]
            }
            node = sink
            while node != source {
                let edge = via[node]
                capacity[edge] -= amount
                capacity[edge ^ 1] += amount
                node = to[edge ^ 1]
            }
        }
    }

    /// Shortest distances from the source before any flow (Bellman–Ford; the network has no cycles yet), so
    /// that every cost is non-negative once reduced.
    private func initialPotentials(from source: Int) -> [Int] {
        var distance = Array(repeating: Int.max, count: nodeCount)
        distance[source] = 0
        for _ in 0..<nodeCount {
            var changed = false
            for node in 0..<nodeCount where distance[node] != Int.max {
                for edge in edgesOf[node] where capacity[edge] > 0 && distance[node] + cost[edge] < distance[to[edge]] {
                    distance[to[edge]] = distance[node] + cost[edge]
                    changed = true
                }
            }
            if !changed { break }
        }
        return distance
    }
}

/// A binary heap of (distance, node), smallest first, the lower node first at equal distance.
private struct MinHeap {
    private var items: [(Int, Int)] = []

    private static func before(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a.0 != b.0 ? a.0 < b.0 : a.1 < b.1 }

    mutating func push(_ item: (Int, Int)) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.before(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count, Self.before(items[left], items[smallest]) { smallest = left }
                if right < items.count, Self.before(items[right], items[smallest]) { smallest = right }
                guard smallest != parent else { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return first
    }
}
