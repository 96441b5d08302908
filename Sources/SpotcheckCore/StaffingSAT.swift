import CCaDiCaL

/// An incremental SAT solver (CaDiCaL through its C API): clauses are added once, questions are
/// asked again and again under assumptions. Literals are non-zero integers, `-v` the negation of
/// `v`. CaDiCaL is deterministic: the same clauses in the same order give the same answers and
/// models.
final class SATSolver {
    private let handle: OpaquePointer
    private(set) var variableCount: Int32 = 0
    private(set) var clauseCount = 0
    /// A literal that is always true.
    private(set) var top: Int32 = 0

    init() {
        guard let handle = ccadical_init() else { fatalError("CaDiCaL could not allocate a solver") }
        self.handle = handle
        ccadical_set_option(handle, "quiet", 1)
        top = variable()
        clause([top])
    }

    deinit { ccadical_release(handle) }

    func variable() -> Int32 {
        variableCount += 1
        return variableCount
    }

    func clause(_ literals: [Int32]) {
        for literal in literals { ccadical_add(handle, literal) }
        ccadical_add(handle, 0)
        clauseCount += 1
    }

    func clause(_ literals: Int32...) { clause(literals) }

    /// Whether the clauses have a model that makes every assumption true.
    func solve(assuming assumptions: [Int32] = []) -> Bool {
        for literal in assumptions { ccadical_assume(handle, literal) }
        let result = ccadical_solve(handle)
        precondition(result == 10 || result == 20, "CaDiCaL returned \(result) without a limit set")
        return result == 10
    }

    /// The literal's value in the last model (after `solve` returned true).
    @inline(__always)
    func value(_ literal: Int32) -> Bool { ccadical_val(handle, literal) > 0 }

    // MARK: Cardinality

    /// Sequential counter (Sinz) over `literals`: register `r` of the result is true when at least
    /// `r + 1` literals are true (`up`: a true count forces its register) and only then (`down`:
    /// a true register forces the count), for r < bound. `nil` stands for a register that is
    /// false whatever the literals (fewer literals than r + 1).
    func counter(_ literals: [Int32], bound: Int, up: Bool, down: Bool) -> [Int32?] {
        var previous = [Int32?](repeating: nil, count: bound)
        for (position, x) in literals.enumerated() {
            var current = [Int32?](repeating: nil, count: bound)
            for r in 0..<min(bound, position + 1) {
                let register = variable()
                current[r] = register
                if up {
                    if r == 0 { clause(-x, register) }
                    if let same = previous[r] { clause(-same, register) }
                    if r > 0, let below = previous[r - 1] { clause(-below, -x, register) }
                }
                if down {
                    // At least r + 1 among the first position + 1: r + 1 among the earlier ones, or
                    // this one and r among the earlier ones.
                    if let same = previous[r] { clause(-register, same, x) } else { clause(-register, x) }
                    if r > 0 {
                        if let same = previous[r] {
                            clause(-register, same, previous[r - 1]!)
                        } else {
                            clause(-register, previous[r - 1]!)
                        }
                    }
                }
            }
            previous = current
        }
        return previous
    }

    /// At most `bound` of the literals are true.
    func atMost(_ literals: [Int32], _ bound: Int) {
        guard literals.count > bound else { return }
        if bound == 0 {
            for literal in literals { clause(-literal) }
        } else if bound == 1, literals.count <= 6 {
            for a in literals.indices {
                for b in literals.indices where b > a { clause(-literals[a], -literals[b]) }
            }
        } else {
            let registers = counter(literals, bound: bound + 1, up: true, down: false)
            clause(-registers[bound]!)
        }
    }

    /// At least `bound` of the literals are true.
    func atLeast(_ literals: [Int32], _ bound: Int) {
        guard bound > 0 else { return }
        guard literals.count >= bound else {
            clause(-top)
            return
        }
        if bound == 1 {
            clause(literals)
        } else if bound == literals.count {
            for literal in literals { clause(literal) }
        } else {
            let registers = counter(literals, bound: bound, up: false, down: true)
            clause(registers[bound - 1]!)
        }
    }

    /// Exactly `count` of the literals are true.
    func exactly(_ literals: [Int32], _ count: Int) {
        guard literals.count >= count else {
            clause(-top)
            return
        }
        if count == 0 {
            for literal in literals { clause(-literal) }
            return
        }
        if literals.count == count {
            for literal in literals { clause(literal) }
            return
        }
        let registers = counter(literals, bound: count + 1, up: true, down: true)
        clause(registers[count - 1]!)
        if let over = registers[count] { clause(-over) }
    }
}

/// A sequential counter that grows one literal at a time: register `r` of the last column is
/// true when at least `r + 1` of the literals so far are true (`up`) and only then (`down`),
/// for r < bound. Appending a literal adds one column and never changes the clauses before, so
/// an at-most bound stays valid as the literal set grows and an at-least bound can be asked of
/// the current column under a guard literal.
struct GrowingCounter {
    let bound: Int
    let up: Bool
    let down: Bool
    /// The registers of the last column; nil for a register that is false whatever the literals.
    private(set) var column: [Int32?]
    private(set) var count = 0

    init(bound: Int, up: Bool, down: Bool) {
        self.bound = bound
        self.up = up
        self.down = down
        column = [Int32?](repeating: nil, count: bound)
    }

    mutating func append(_ x: Int32, in sat: SATSolver) {
        let previous = column
        var current = [Int32?](repeating: nil, count: bound)
        for r in 0..<min(bound, count + 1) {
            let register = sat.variable()
            current[r] = register
            if up {
                if r == 0 { sat.clause(-x, register) }
                if let same = previous[r] { sat.clause(-same, register) }
                if r > 0, let below = previous[r - 1] { sat.clause(-below, -x, register) }
            }
            if down {
                if let same = previous[r] { sat.clause(-register, same, x) } else { sat.clause(-register, x) }
                if r > 0 {
                    if let same = previous[r] {
                        sat.clause(-register, same, previous[r - 1]!)
                    } else {
                        sat.clause(-register, previous[r - 1]!)
                    }
                }
            }
        }
        column = current
        count += 1
    }
}
