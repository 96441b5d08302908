/// The reciprocal ban across the day's draws (`spotcheck-draw/3`, docs/draw-algorithm.md §2): the
/// snapshot's history dated the draw's day holds the teams issued earlier that day (the day so
/// far). When a team of the day for department `h` has a member whose home is `t`, no inspector
/// whose home is `h` is eligible for `t`: `t`'s staff inspect `h` in this round, so `h`'s staff
/// may not inspect `t`. The rule is an eligibility rule, so the staffing needs no change: it is
/// a reason (`reciprocal`, with `t`) counted in the recusal summaries like any other.
enum DayReciprocal {
    /// The first algorithm under which the rule holds; records of `spotcheck-draw/2` keep the ban
    /// within one draw only.
    static let since = "spotcheck-draw/3"

    static func applies(algorithm: String) -> Bool { algorithm != "spotcheck-draw/2" }

    /// The (department, inspector, reason) entries the rule adds: for every pair (`h`, `t`) of
    /// distinct departments of the roster where history dated `date` sends an inspector whose home
    /// is `t` to `h`, every inspector whose home is `h`, kept from `t`.
    static func pairs(
        history: [PastAssignment], date: Day, home: [Int], inspectorIndex: [String: Int], departmentIndex: [String: Int]
    ) -> [(department: Int32, inspector: Int32, code: ExclusionIndex.Code)] {
        var blocked = Set<Int>()  // h * count + t
        let count = departmentIndex.count
        for entry in history where entry.date == date {
            guard let inspector = inspectorIndex[entry.inspector], let inspected = departmentIndex[entry.department]
            else { continue }
            let from = home[inspector]
            guard from >= 0, from != inspected else { continue }
            blocked.insert(inspected * count + from)
        }
        guard !blocked.isEmpty else { return [] }
        var byHome = [[Int]](repeating: [], count: count)
        for (inspector, department) in home.enumerated() where department >= 0 {
            byHome[department].append(inspector)
        }
        var pairs: [(department: Int32, inspector: Int32, code: ExclusionIndex.Code)] = []
        for key in blocked.sorted() {
            let (h, t) = (key / count, key % count)
            for inspector in byHome[h] {
                pairs.append((Int32(t), Int32(inspector), .init(kind: .reciprocal, value: t)))
            }
        }
        return pairs
    }
}
