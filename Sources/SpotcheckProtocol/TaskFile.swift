public import SpotcheckCore
public import SpotcheckText

/// What an inspector reads on the day: where, with whom, in what role, what to look for.
/// `docs/task-file.md` documents the schema; its version is in `schema`.
public struct TaskFile: Codable, Sendable, Equatable {
    public static let currentSchema = "spotcheck-task/2"

    public struct Person: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var login: String

        public init(id: String, name: String, login: String) {
            self.id = id
            self.name = name
            self.login = login
        }
    }

    public struct Place: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        /// The department's address from the roster; absent when the roster gives none.
        public var address: String?

        public init(id: String, name: String, address: String? = nil) {
            self.id = id
            self.name = name
            self.address = address
        }
    }

    public struct Member: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var home: String
        public var role: String
        /// True when a coordinator named this member in a replacement (hand-picked, not drawn);
        /// absent otherwise.
        public var handPicked: Bool?

        public init(id: String, name: String, home: String, role: String, handPicked: Bool? = nil) {
            self.id = id
            self.name = name
            self.home = home
            self.role = role
            self.handPicked = handPicked
        }
    }

    public struct Assignment: Codable, Sendable, Equatable {
        public var drawID: Int64
        public var pool: String
        public var target: Place
        public var role: String
        public var team: [Member]
        /// When and where the team meets: local time with offset.
        public var reportTime: String
        public var revealedAt: String
        /// SHA-256 of the draw record, to check against the public record later.
        public var recordSHA256: String
        /// When the inspection day of the team ends (the pool's `day_end`), local time with
        /// offset; absent in files written before it was added.
        public var endTime: String?
        /// `open` (明察) or `covert` (暗访: the team does not announce itself); absent in files
        /// written before visit modes existed, which were open.
        public var visit: String?
        /// What the visit checks in the problem ledger, when it is a ledger draw's; absent for
        /// an inspection.
        public var check: Check?
        /// Why a coordinator ordered the inspection; absent for a scheduled draw.
        public var orderReason: String?
        /// `withdrawn` when a replacement took the inspector off the team: the file keeps the
        /// assignment so that the inspector learns of it; absent for a standing assignment.
        public var status: String?
        /// Why a coordinator cancelled the ordered inspection (then `status` is `withdrawn`);
        /// absent otherwise.
        public var cancelReason: String?

        /// `spotcheck-task/2` names (docs/json.md); `TaskFile.decode` also reads /1's `drawID`
        /// and `recordSHA256`.
        /// Every stored property needs a case here, or it is silently left out of the file
        /// (a test compares these with the properties).
        enum CodingKeys: String, CodingKey, CaseIterable {
            case drawID = "drawId", recordSHA256 = "recordSha256"
            case pool, target, role, team, reportTime, revealedAt, endTime, visit, check, orderReason, status,
                cancelReason
        }

        public init(
            drawID: Int64, pool: String, target: Place, role: String, team: [Member], reportTime: String,
            revealedAt: String, recordSHA256: String, endTime: String? = nil, visit: String? = nil,
            check: Check? = nil, orderReason: String? = nil, status: String? = nil, cancelReason: String? = nil
        ) {
            self.cancelReason = cancelReason
            self.check = check
            self.orderReason = orderReason
            self.status = status
            self.endTime = endTime
            self.drawID = drawID
            self.pool = pool
            self.target = target
            self.role = role
            self.team = team
            self.reportTime = reportTime
            self.revealedAt = revealedAt
            self.recordSHA256 = recordSHA256
            self.visit = visit
        }
    }

    /// A ledger draw's visit: `verification` of a rectification, `recheck` of a closed finding
    /// (回头看), or `honesty` (a department whose self-inspection reported no problem), with the
    /// findings it checks (none for an honesty visit).
    public struct Check: Codable, Sendable, Equatable {
        public var kind: String
        public var findings: [String]
        /// Once recorded (`spotcheck findings check … --passed|--failed|--not-carried-out`), the
        /// outcome of a re-check or honesty visit: `passed`, `failed` or `not-carried-out`
        /// (TaskCheckOutcome.swift); absent until then, on verifications and in older files.
        public var outcome: String?
        /// The note recorded with the outcome (what did not hold, why the visit was not carried
        /// out); absent when none was given.
        public var outcomeNote: String?

        public init(kind: String, findings: [String], outcome: String? = nil, outcomeNote: String? = nil) {
            self.kind = kind
            self.findings = findings
            self.outcome = outcome
            self.outcomeNote = outcomeNote
        }
    }

    public struct ChecklistItem: Codable, Sendable, Equatable {
        public var code: String
        public var title: String
        /// The explanation in English.
        public var description: String
        /// The explanation in Simplified Chinese; absent in files written before it was added.
        public var descriptionZhCN: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case descriptionZhCN = "descriptionZhCn"
            case code, title, description
        }

        public init(code: String, title: String, description: String, descriptionZhCN: String? = nil) {
            self.code = code
            self.title = title
            self.description = description
            self.descriptionZhCN = descriptionZhCN
        }

        /// Both languages of the explanation from the catalogue.
        init(code: String, title: String, _ explanation: Localized) {
            self.init(code: code, title: title, description: explanation.english, descriptionZhCN: explanation.chinese)
        }

        /// The explanation in a language (English when the file has no Chinese one).
        public func explanation(_ language: Language = .current) -> String {
            language == .chinese ? descriptionZhCN ?? description : description
        }
    }

    public var schema: String
    public var date: Day
    public var inspector: Person
    public var assignments: [Assignment]
    public var checklist: [ChecklistItem]

    public init(schema: String, date: Day, inspector: Person, assignments: [Assignment], checklist: [ChecklistItem]) {
        self.schema = schema
        self.date = date
        self.inspector = inspector
        self.assignments = assignments
        self.checklist = checklist
    }

    /// The five problem categories of the campaign against bureaucratic work styles; the codes
    /// are the problem ledger's categories (`FindingCategory`), so a finding names its item.
    public static let checklist: [ChecklistItem] = [
        ChecklistItem(code: "detached", title: "脱离实际、脱离群众", Catalogue.TaskText.detached),
        ChecklistItem(code: "sluggish", title: "慢作为、懒作为、松懈拖沓", Catalogue.TaskText.sluggish),
        ChecklistItem(code: "evasive", title: "推诿扯皮、拖延敷衍、回避矛盾", Catalogue.TaskText.evasive),
        ChecklistItem(code: "arrogant", title: "门难进、脸难看、事难办", Catalogue.TaskText.arrogant),
        ChecklistItem(code: "hollow", title: "表态多调门高、落实少行动虚、弄虚作假", Catalogue.TaskText.hollow),
    ]
}
