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
struct MatchingSolution: Sendable, Equatable {
    var pairs: [MatchingProblem.Candidate]
    var score: Int { pairs.reduce(0) { $0 + $1.score } }
}

/// The best proposal for a `MatchingProblem`: as many pairs as the capacities and candidates allow, and of
/// all proposals with that many pairs, one with the highest total score. Minimum-cost flow by successive
/// shortest paths (Dijkstra over reduced costs): source → each first-side person (their capacity) → each
/// candidate partner (one pair, cost −score) → sink (the partner's capacity). Every tie is broken by
/// numbers alone (people's and candidates' order), so the same problem always gives the same proposal.
enum AssignmentSolver {
    static func solve(_ problem: MatchingProblem) -> MatchingSolution {
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
        return MatchingSolution(pairs: pairs)
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

    /// Sends as much as can go from `source` to `sink` at the least cost (primal–dual): Dijkstra over costs
    /// made non-negative by the potentials finds the cheapest distance to the sink, then a blocking flow
    /// pushes along every path of that cost at once (edges of reduced cost 0, Dinic's levels keeping the search
    /// off zero-cost cycles), so a phase moves many units, not one.
    mutating func flowAll(from source: Int, to sink: Int) {
        var potential = initialPotentials(from: source)
        var distance = Array(repeating: Int.max, count: nodeCount)
        var done = Array(repeating: false, count: nodeCount)
        var level = Array(repeating: -1, count: nodeCount)
        var nextEdge = Array(repeating: 0, count: nodeCount)
        var queue: [Int] = []
        queue.reserveCapacity(nodeCount)
        var heap = MinHeap()
        while true {
            for node in 0..<nodeCount { distance[node] = Int.max; done[node] = false }
            distance[source] = 0
            heap.push((0, source))
            // Stops once the sink is settled: nodes beyond it cannot shorten the cheapest path.
            while let (reached, node) = heap.pop() {
                guard !done[node] else { continue }
                done[node] = true
                if node == sink { break }
                for edge in edgesOf[node] where capacity[edge] > 0 && potential[to[edge]] != Int.max {
                    let next = to[edge]
                    guard !done[next] else { continue }
                    let candidate = reached + cost[edge] + potential[node] - potential[next]
                    if candidate < distance[next] {
                        distance[next] = candidate
                        heap.push((candidate, next))
                    }
                }
            }
            heap.removeAll()
            guard done[sink] else { return }
            let toSink = distance[sink]
            // Settled nodes move by how much nearer than the sink they are; the rest keep their potential,
            // which leaves every residual edge's reduced cost non-negative.
            for node in 0..<nodeCount where done[node] {
                potential[node] -= toSink - distance[node]
            }
            while admissibleLevels(from: source, to: sink, potential: potential, level: &level, queue: &queue) {
                for node in 0..<nodeCount { nextEdge[node] = 0 }
                while push(from: source, to: sink, potential: potential, level: level, nextEdge: &nextEdge) {}
            }
        }
    }

    private func reducedCostIsZero(_ edge: Int, from node: Int, _ potential: [Int]) -> Bool {
        let next = to[edge]
        return potential[node] != Int.max && potential[next] != Int.max && cost[edge] + potential[node] - potential[next] == 0
    }

    /// Breadth-first levels over the edges that have room and reduced cost 0; true when the sink is reached.
    private func admissibleLevels(from source: Int, to sink: Int, potential: [Int], level: inout [Int], queue: inout [Int]) -> Bool {
        for node in 0..<nodeCount { level[node] = -1 }
        queue.removeAll(keepingCapacity: true)
        level[source] = 0
        queue.append(source)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for edge in edgesOf[node] where capacity[edge] > 0 && level[to[edge]] < 0 && reducedCostIsZero(edge, from: node, potential) {
                level[to[edge]] = level[node] + 1
                queue.append(to[edge])
            }
        }
        return level[sink] >= 0
    }

    /// One unit along a path of rising levels (every path here ends at a person's single place or a pair's edge
    /// of capacity 1, so a unit at a time loses nothing); `nextEdge` skips edges already found to lead nowhere.
    private mutating func push(from source: Int, to sink: Int, potential: [Int], level: [Int], nextEdge: inout [Int]) -> Bool {
        var path: [Int] = []
        var node = source
        while node != sink {
            let edges = edgesOf[node]
            var advanced = false
            while nextEdge[node] < edges.count {
                let edge = edges[nextEdge[node]]
                let next = to[edge]
                if capacity[edge] > 0 && level[next] == level[node] + 1 && reducedCostIsZero(edge, from: node, potential) {
                    path.append(edge)
                    node = next
                    advanced = true
                    break
                }
                nextEdge[node] += 1
            }
            if advanced { continue }
            // A dead end: nothing more goes through this node in this phase; step back and try the next edge.
            guard let last = path.popLast() else { return false }
            node = to[last ^ 1]
            nextEdge[node] += 1
        }
        for edge in path {
            capacity[edge] -= 1
            capacity[edge ^ 1] += 1
        }
        return true
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

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }

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
