/// The parameters and replies of `io.spotcheck.SelfInspection` (io.spotcheck.SelfInspection.varlink),
/// shared by daemon and CLI.
public enum SelfInspectionMessages {
    public static let interfaceName = "io.spotcheck.SelfInspection"

    public struct Prohibition: Codable, Sendable, Equatable {
        public var code: String
        public var text: String

        public init(code: String, text: String) {
            self.code = code
            self.text = text
        }
    }

    public struct Answer: Codable, Sendable, Equatable {
        public var code: String
        public var problemFound: Bool
        public var description: String
        public var measures: String
        public var finding: String?

        public init(code: String, problemFound: Bool, description: String, measures: String, finding: String?) {
            self.code = code
            self.problemFound = problemFound
            self.description = description
            self.measures = measures
            self.finding = finding
        }
    }

    public struct Form: Codable, Sendable, Equatable {
        public var department: String
        public var departmentName: String
        /// `issued`, `returned` or `locked` (late).
        public var state: String
        public var issuedAt: String
        public var issuedBy: String
        public var due: String
        public var returnedAt: String?
        public var returnedBy: String?
        public var fileSha256: String?
        public var lockedAt: String?
        public var prohibitions: [Prohibition]
        public var answers: [Answer]

        public init(
            department: String, departmentName: String, state: String, issuedAt: String, issuedBy: String,
            due: String, returnedAt: String? = nil, returnedBy: String? = nil, fileSha256: String? = nil,
            lockedAt: String? = nil, prohibitions: [Prohibition], answers: [Answer] = []
        ) {
            self.department = department
            self.departmentName = departmentName
            self.state = state
            self.issuedAt = issuedAt
            self.issuedBy = issuedBy
            self.due = due
            self.returnedAt = returnedAt
            self.returnedBy = returnedBy
            self.fileSha256 = fileSha256
            self.lockedAt = lockedAt
            self.prohibitions = prohibitions
            self.answers = answers
        }
    }

    public struct IssueParameters: Codable, Sendable {
        public var due: String?

        public init(due: String? = nil) { self.due = due }
    }

    public struct IssueReply: Codable, Sendable {
        public var issued: [Form]

        public init(issued: [Form]) { self.issued = issued }
    }

    public struct FormsReply: Codable, Sendable {
        public var forms: [Form]

        public init(forms: [Form]) { self.forms = forms }
    }

    public struct SubmitParameters: Codable, Sendable {
        public var department: String
        public var file: String
        public var text: String

        public init(department: String, file: String, text: String) {
            self.department = department
            self.file = file
            self.text = text
        }
    }

    public struct SubmitReply: Codable, Sendable {
        public var form: Form
        public var findings: [String]

        public init(form: Form, findings: [String]) {
            self.form = form
            self.findings = findings
        }
    }
}
