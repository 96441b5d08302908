import SpotcheckCore
import SpotcheckStore

extension Engine {
    /// The first of `departments` whose ordered draw of `day` was cancelled, with that draw.
    /// A department called off today is not ordered again today: a new order would draw a new
    /// team from a new seed, and ordering, looking and cancelling until a team suits would steer
    /// who inspects.
    func cancelledOrder(of departments: [String], on day: Day) throws -> (String, Int64)? {
        let cancelled = try store.cancellations()
        for draw in try store.draws(on: day) where cancelled[draw.id] != nil {
            if let department = draw.fixedTargets?.first(where: departments.contains) {
                return (department, draw.id)
            }
        }
        return nil
    }
}
