extension ControlMessages {
    /// `Declare`: an inspector declares a conflict of interest or an absence.
    public struct DeclareParameters: Codable, Sendable {
        /// `conflict` or `absence`.
        public var kind: String
        /// A conflict's department.
        public var department: String?
        /// An absence's first and last day; a conflict's last day (`to`, optional), YYYY-MM-DD.
        public var from: String?
        public var to: String?
        public var reason: String

        public init(kind: String, department: String? = nil, from: String? = nil, to: String? = nil, reason: String) {
            self.kind = kind
            self.department = department
            self.from = from
            self.to = to
            self.reason = reason
        }
    }

    /// One declaration and where it stands.
    public struct DeclarationInfo: Codable, Sendable, Equatable {
        public var id: Int64
        public var kind: String
        public var inspector: String
        public var login: String
        public var department: String?
        public var from: String?
        public var to: String?
        public var reason: String
        /// `pending`, `approved` or `rejected`.
        public var state: String
        public var declaredAt: String
        public var decidedBy: String?
        public var decidedAt: String?
        public var note: String?

        public init(
            id: Int64, kind: String, inspector: String, login: String, department: String?, from: String?, to: String?,
            reason: String, state: String, declaredAt: String, decidedBy: String?, decidedAt: String?, note: String?
        ) {
            self.id = id
            self.kind = kind
            self.inspector = inspector
            self.login = login
            self.department = department
            self.from = from
            self.to = to
            self.reason = reason
            self.state = state
            self.declaredAt = declaredAt
            self.decidedBy = decidedBy
            self.decidedAt = decidedAt
            self.note = note
        }
    }

    public struct DeclarationReply: Codable, Sendable, Equatable {
        public var declaration: DeclarationInfo

        public init(declaration: DeclarationInfo) {
            self.declaration = declaration
        }
    }

    /// `ListDeclarations`: a coordinator's view (everyone's) or an inspector's (their own).
    public struct ListDeclarationsParameters: Codable, Sendable {
        /// Only declarations in this state.
        public var state: String?

        public init(state: String? = nil) {
            self.state = state
        }
    }

    public struct DeclarationsReply: Codable, Sendable, Equatable {
        public var declarations: [DeclarationInfo]

        public init(declarations: [DeclarationInfo]) {
            self.declarations = declarations
        }
    }

    /// `WithdrawDeclaration`: the declaring inspector takes back a pending declaration.
    public struct WithdrawParameters: Codable, Sendable {
        public var id: Int64

        public init(id: Int64) {
            self.id = id
        }
    }

    /// `DecideDeclaration`: a coordinator approves or rejects a pending declaration.
    public struct DecideParameters: Codable, Sendable {
        public var id: Int64
        public var approve: Bool
        public var note: String?

        public init(id: Int64, approve: Bool, note: String? = nil) {
            self.id = id
            self.approve = approve
            self.note = note
        }
    }
}
