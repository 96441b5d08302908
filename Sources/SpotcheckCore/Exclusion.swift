/// Why an inspector may not inspect a department on a date. Every rule of recusal has a case.
public enum Exclusion: Sendable, Hashable, Codable {
    /// The inspector works in the department.
    case ownDepartment
    /// The inspector left the department recently; the exclusion lasts through `until`.
    case formerDepartment(until: Day)
    /// A declared conflict (kin, prior complaint, …).
    case declaredConflict(reason: String)
    /// Inspectors of the department `with` inspect the inspector's own department in this round.
    case reciprocal(with: String)
    /// The inspector inspected the department recently; the exclusion lasts through `until`.
    case rotation(until: Day)
    /// The inspector is unavailable on the date.
    case unavailable
    /// The inspector already has `cap` inspections on the date.
    case dailyCap(cap: Int)
    /// The inspector is retired (the roster's `active` column): never staffed.
    case retired

    /// A stable code for machines.
    public var code: String {
        switch self {
        case .ownDepartment: "own-department"
        case .formerDepartment: "former-department"
        case .declaredConflict: "declared-conflict"
        case .reciprocal: "reciprocal"
        case .rotation: "rotation"
        case .unavailable: "unavailable"
        case .dailyCap: "daily-cap"
        case .retired: "retired"
        }
    }

    /// A sentence for people.
    public var message: String {
        switch self {
        case .ownDepartment: "own department"
        case .formerDepartment(let until): "former department until \(until)"
        case .declaredConflict(let reason): "declared conflict: \(reason)"
        case .reciprocal(let department): "reciprocal with \(department)"
        case .rotation(let until): "rotation until \(until)"
        case .unavailable: "unavailable"
        case .dailyCap(let cap): "daily cap of \(cap) reached"
        case .retired: "retired"
        }
    }
}

extension Exclusion: CustomStringConvertible {
    public var description: String { message }
}
