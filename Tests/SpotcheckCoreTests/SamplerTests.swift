import Testing

@testable import SpotcheckCore

@Suite struct SamplerTests {
    /// Chi-square statistic of observed counts against expected shares.
    static func chiSquare(_ observed: [Int], _ shares: [Double]) -> Double {
        let total = Double(observed.reduce(0, +))
        return zip(observed, shares).reduce(0) { sum, pair in
            let expected = total * pair.1
            return sum + (Double(pair.0) - expected) * (Double(pair.0) - expected) / expected
        }
    }

    @Test func firstPickFrequenciesMatchWeightShares() {
        let weights: [UInt64] = [1, 2, 3, 4, 10]
        var counts = [Int](repeating: 0, count: weights.count)
        for seed in 0..<8_000 {
            var sampler = WeightedSampler(seed: Fixture.seed(seed), weights: weights)
            counts[sampler.next()!.index] += 1
        }
        let total = Double(weights.reduce(0, +))
        let statistic = Self.chiSquare(counts, weights.map { Double($0) / total })
        // Critical value for 4 degrees of freedom at p = 0.001.
        #expect(statistic < 18.47, "counts \(counts), chi-square \(statistic)")
    }

    @Test func samplesWithoutReplacementUntilExhausted() {
        var sampler = WeightedSampler(seed: Fixture.seed(1), weights: [5, 0, 1, 7, 2])
        var seen: [Int] = []
        while let draw = sampler.next() { seen.append(draw.index) }
        #expect(Set(seen) == [0, 2, 3, 4])
        #expect(seen.count == 4)
    }

    @Test func ticketsAreUniformBelowTheRemainingWeight() {
        for seed in 0..<200 {
            var sampler = WeightedSampler(seed: Fixture.seed(seed), weights: [3, 1_000_000, 17, 5])
            while let draw = sampler.next() {
                #expect(draw.ticket < draw.remainingWeight)
            }
        }
    }

    @Test func rejectsBiasedValuesInsteadOfReducingThem() {
        // A bound just over 2^63 rejects almost half of all words, so some attempt > 0 shows up.
        let seed = Fixture.seed(4)
        let attempts = (0..<64).map { seed.uniform("probe/\($0)", below: (1 << 63) + 1).attempt }
        #expect(attempts.contains { $0 > 0 })
        #expect(attempts.allSatisfy { $0 < 64 })
    }
}
