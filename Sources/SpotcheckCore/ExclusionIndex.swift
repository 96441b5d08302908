/// For every department, the inspectors the static recusal rules keep away from it and why, in
/// flat arrays: a department's inspectors are a sorted run of `inspectors`, so that asking
/// whether one is kept away is a binary search in a few cache lines, and building the index
/// makes no dictionary or array per department or per pair.
struct ExclusionIndex: Sendable {
    /// One reason, compact: what `Exclusion` it stands for is made only when asked.
    struct Code: Sendable {
        enum Kind: UInt8, Sendable {
            case ownDepartment, formerDepartment, declaredConflict, rotation, reciprocal
        }
        var kind: Kind
        /// The day's ordinal (former department, rotation) or the conflict's index in the roster.
        var value: Int
    }

    /// Department `d`'s entries are `runStart[d]..<runStart[d + 1]`.
    private let runStart: [Int]
    /// Each entry's inspector, ascending within a department.
    private let inspectors: [Int32]
    /// Entry `e`'s reasons are `codes[reasonStart[e]..<reasonStart[e + 1]]`.
    private let reasonStart: [Int32]
    private let codes: [Code]
    private let conflicts: [Conflict]
    /// Department ids by index, for the reciprocal reasons of the day so far.
    private let departmentIDs: [String]

    /// The reasons in the order the rules are told: own department, former departments (in the
    /// roster's order), declared conflicts (in the roster's order), rotation.
    /// - Parameter pairs: every reason, as (department, inspector, reason), in that order for any
    ///   one department and inspector; several rotations of a pair keep the latest.
    init(
        departments: Int, pairs: [(department: Int32, inspector: Int32, code: Code)], conflicts: [Conflict],
        departmentIDs: [String] = []
    ) {
        self.conflicts = conflicts
        self.departmentIDs = departmentIDs
        // Counting sort by department (stable), then each department's run by (inspector, order).
        var runStart = [Int](repeating: 0, count: departments + 1)
        for pair in pairs { runStart[Int(pair.department) + 1] += 1 }
        for index in 0..<departments { runStart[index + 1] += runStart[index] }
        var keys = [UInt64](repeating: 0, count: pairs.count)
        var fill = runStart
        for (order, pair) in pairs.enumerated() {
            keys[fill[Int(pair.department)]] = UInt64(UInt32(pair.inspector)) << 32 | UInt64(order)
            fill[Int(pair.department)] += 1
        }
        var inspectors: [Int32] = []
        var reasonStart: [Int32] = []
        var codes: [Code] = []
        inspectors.reserveCapacity(pairs.count)
        reasonStart.reserveCapacity(pairs.count + 1)
        codes.reserveCapacity(pairs.count)
        var entryStart = [Int](repeating: 0, count: departments + 1)
        for department in 0..<departments {
            entryStart[department] = inspectors.count
            let run = runStart[department]..<runStart[department + 1]
            keys[run].sort()
            var previous: Int32 = -1
            for key in keys[run] {
                let inspector = Int32(truncatingIfNeeded: key >> 32)
                let code = pairs[Int(key & 0xFFFF_FFFF)].code
                if inspector != previous {
                    inspectors.append(inspector)
                    reasonStart.append(Int32(codes.count))
                    previous = inspector
                } else if code.kind == .rotation, let last = codes.last, last.kind == .rotation {
                    if code.value > last.value { codes[codes.count - 1] = code }
                    continue
                }
                codes.append(code)
            }
        }
        entryStart[departments] = inspectors.count
        reasonStart.append(Int32(codes.count))
        self.runStart = entryStart
        self.inspectors = inspectors
        self.reasonStart = reasonStart
        self.codes = codes
    }

    /// The entry of the inspector in the department's run, if the rules keep them away.
    @inline(__always)
    private func entry(_ department: Int, _ inspector: Int) -> Int? {
        var low = runStart[department]
        var high = runStart[department + 1]
        let wanted = Int32(truncatingIfNeeded: inspector)
        return inspectors.withUnsafeBufferPointer { list in
            while low < high {
                let middle = (low + high) >> 1
                let value = list[middle]
                if value == wanted { return middle }
                if value < wanted { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    /// Whether any static rule keeps the inspector away from the department.
    @inline(__always)
    func contains(department: Int, inspector: Int) -> Bool {
        entry(department, inspector) != nil
    }

    /// The static reasons that keep the inspector away from the department, nil when none.
    func reasons(department: Int, inspector: Int) -> [Exclusion]? {
        guard let entry = entry(department, inspector) else { return nil }
        return codes[Int(reasonStart[entry])..<Int(reasonStart[entry + 1])].map { code in
            switch code.kind {
            case .ownDepartment: .ownDepartment
            case .formerDepartment: .formerDepartment(until: Day(ordinal: code.value))
            case .declaredConflict: .declaredConflict(reason: conflicts[code.value].reason)
            case .rotation: .rotation(until: Day(ordinal: code.value))
            case .reciprocal: .reciprocal(with: departmentIDs[code.value])
            }
        }
    }

    /// The department's exclusions: `keys` (its inspectors, ascending) and a subscript by
    /// inspector, as a dictionary from inspector to reasons would answer.
    struct Run {
        let index: ExclusionIndex
        let department: Int

        var keys: [Int] {
            index.inspectors[index.runStart[department]..<index.runStart[department + 1]].map(Int.init)
        }

        subscript(inspector: Int) -> [Exclusion]? {
            index.reasons(department: department, inspector: inspector)
        }
    }

    subscript(department: Int) -> Run {
        Run(index: self, department: department)
    }
}
