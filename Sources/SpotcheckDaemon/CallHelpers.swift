import SpotcheckProtocol

// What every interface's handler (DaemonControl, LedgerControl, CampaignControl) does with a
// call: read its parameters, encode a reply, journal a refusal.

/// The call's parameters as `type`. A call without parameters is taken as one with `{}` (as
/// Varlink allows, and as the call check already does), so a method whose parameters are all
/// optional may omit them; one with a parameter it needs is refused naming `parameters`.
func callParameters<T: Codable & Sendable>(_ type: T.Type, _ request: [UInt8]) throws -> T {
    if let value = try Varlink.decode(Varlink.Request<T>.self, from: request).parameters { return value }
    guard let empty = try? Varlink.decode(T.self, from: Array("{}".utf8)) else {
        throw Varlink.Failure.invalidParameter("parameters")
    }
    return empty
}

/// A reply carrying `value` as its parameters.
func encodedReply<T: Codable & Sendable>(_ value: T) -> [UInt8] {
    Varlink.encode(Varlink.Reply(parameters: value))
}

extension EventLog {
    /// Journals a call refused to `caller` (rate-limited like every refusal).
    func refused(_ method: String, _ caller: Caller) {
        emit(
            .requestRefused, "refused \(method) to uid \(caller.uid) (\(caller.login ?? "unknown user"))",
            ["METHOD": method, "UID": String(caller.uid), "PID": String(caller.pid), "LOGIN": caller.login ?? ""])
    }
}
