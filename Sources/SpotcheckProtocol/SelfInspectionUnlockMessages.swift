extension SelfInspectionMessages {
    /// `UnlockForm`: a coordinator unlocks a form locked as late, giving a reason, and its new due
    /// date (default: seven days from today).
    public struct UnlockParameters: Codable, Sendable {
        public var department: String
        public var reason: String
        public var due: String?

        public init(department: String, reason: String, due: String? = nil) {
            self.department = department
            self.reason = reason
            self.due = due
        }
    }

    public struct UnlockReply: Codable, Sendable {
        public var form: Form

        public init(form: Form) {
            self.form = form
        }
    }
}
