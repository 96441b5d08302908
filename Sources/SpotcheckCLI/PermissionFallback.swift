import SpotcheckProtocol

/// Who may make a call the daemon refused without saying so (`needs`): deciding a declaration is
/// for coordinators only (not the declarant), so the refusal names no other role.
enum PermissionFallback {
    static func needs(_ failure: Varlink.Failure) -> PermissionNeed? {
        switch failure.parameters["method"]?.description {
        case "io.spotcheck.DecideDeclaration": .coordinator
        default: nil
        }
    }
}
