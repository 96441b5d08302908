/// Weighted sampling without replacement, exact in integers and independent of row order.
///
/// The candidates are the eligible departments sorted by id. Pick `k` (1, 2, …) draws a ticket
/// `r` uniform in `0..<W`, where `W` is the total weight of the departments not yet picked, and
/// takes the first remaining department (in id order) whose running weight total exceeds `r`.
/// `Seed.uniform` defines the ticket: HMAC-SHA256(seed, "spotcheck/v2/target/k/attempt").
struct WeightedSampler {
    struct Draw: Equatable {
        var index: Int
        var ticket: UInt64
        var remainingWeight: UInt64
        var attempt: Int
    }

    private let seed: Seed
    private var tree: [UInt64]  // Fenwick tree over the weights, 1-based
    private var weights: [UInt64]
    private(set) var remaining: UInt64
    private(set) var picked = 0

    init(seed: Seed, weights: [UInt64]) {
        self.seed = seed
        self.weights = weights
        self.tree = [UInt64](repeating: 0, count: weights.count + 1)
        self.remaining = 0
        for (index, weight) in weights.enumerated() { add(index, weight) }
    }

    private mutating func add(_ index: Int, _ delta: UInt64) {
        var i = index + 1
        while i < tree.count {
            tree[i] &+= delta
            i += i & -i
        }
        remaining &+= delta
    }

    private mutating func subtract(_ index: Int, _ delta: UInt64) {
        var i = index + 1
        while i < tree.count {
            tree[i] -= delta
            i += i & -i
        }
        remaining -= delta
    }

    /// The next pick, or nil when every weighted candidate has been picked.
    mutating func next() -> Draw? {
        guard remaining > 0 else { return nil }
        picked += 1
        let total = remaining
        let (ticket, attempt) = seed.uniform("spotcheck/v2/target/\(picked)", below: total)
        // Smallest index whose prefix sum exceeds the ticket.
        var position = 0
        var rest = ticket
        var step = 1
        while step * 2 < tree.count { step *= 2 }
        while step > 0 {
            let next = position + step
            if next < tree.count, tree[next] <= rest {
                position = next
                rest -= tree[next]
            }
            step /= 2
        }
        let index = position  // 0-based index of the department
        subtract(index, weights[index])
        weights[index] = 0
        return Draw(index: index, ticket: ticket, remainingWeight: total, attempt: attempt)
    }
}
