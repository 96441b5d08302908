/// Everything issued on one inspection day, in the order it happened: the teams of each draw as
/// drawn, and every replacement made to them since. It is the one definition of "the day so far"
/// that the draw (a draw's snapshot history), `why`, replacement checks and publication use.
public struct DaySoFar: Sendable, Hashable, Codable {
    public let date: Day
    /// Issued draws and replacements, in the order they happened.
    public private(set) var entries: [Entry]

    public enum Entry: Sendable, Hashable, Codable {
        case issued(Issued)
        case replaced(Replacement)
    }

    /// A draw's teams as drawn.
    public struct Issued: Sendable, Hashable, Codable {
        /// The draw's name: unique within the day (the daemon's draw id, or the public folder name).
        public var draw: String
        public var teams: [Team]

        public init(draw: String, teams: [Team]) {
            self.draw = draw
            self.teams = teams
        }
    }

    /// One team: the target and its members' inspector ids, lead first.
    public struct Team: Sendable, Hashable, Codable {
        public var department: String
        public var members: [String]

        public init(department: String, members: [String]) {
            self.department = department
            self.members = members
        }
    }

    /// An inspector taken off an issued team and another put in their place (same role). Also the
    /// entry of a public `replacements.json`.
    public struct Replacement: Sendable, Hashable, Codable {
        public var draw: String
        public var department: String
        /// The inspector who leaves the team.
        public var outgoing: String
        /// The inspector who takes their place.
        public var incoming: String
        public var reason: String
        /// When it was made: an ISO 8601 instant, as the caller writes it.
        public var at: String
        /// The entry's salt in the hash chain (`salt(seed:index:)`); `nil` before it is chained.
        public var salt: String?
        /// The hash of the record or entry made before it in the chain; `nil` before it is chained.
        public var previousRecordHash: String?
        /// How `incoming` was chosen: `rule` or `coordinator` (ReplacementRule.swift); `nil` in
        /// entries made before it was recorded.
        public var chosenBy: String?
        /// With `chosenBy` `rule`: the rule's earlier choices that could not go on the day (retired,
        /// absent, conflicted or reciprocal with a later draw since the commit), in the rule's order.
        public var passedOver: [String]?

        enum CodingKeys: String, CodingKey {
            case draw, department, reason, at, salt, previousRecordHash, chosenBy, passedOver
            case outgoing = "out"
            case incoming = "in"
        }

        public init(
            draw: String, department: String, outgoing: String, incoming: String, reason: String, at: String,
            salt: String? = nil, previousRecordHash: String? = nil
        ) {
            self.draw = draw
            self.department = department
            self.outgoing = outgoing
            self.incoming = incoming
            self.reason = reason
            self.at = at
            self.salt = salt
            self.previousRecordHash = previousRecordHash
        }
    }

    public init(date: Day) {
        self.date = date
        self.entries = []
    }

    /// Adds a draw's teams as drawn, after the teams issued before it.
    public mutating func issue(draw: String, record: DrawRecord) throws(DaySoFarError) {
        guard record.date == date else { throw .wrongDate(draw: draw, date: record.date) }
        guard teams(of: draw) == nil else { throw .duplicateDraw(draw) }
        entries.append(
            .issued(
                Issued(
                    draw: draw,
                    teams: record.teams.map { Team(department: $0.department, members: $0.members.map(\.inspector)) })))
    }

    /// Applies a replacement to the team as it stands. Only the shape is checked here (the draw,
    /// the team and the outgoing member exist, the incoming one is not on the team); whether the
    /// new team meets every rule is `verifyReplacements`'s question.
    public mutating func apply(_ replacement: Replacement) throws(DaySoFarError) {
        guard let teams = teams(of: replacement.draw) else { throw .noSuchDraw(replacement.draw) }
        guard let team = teams.first(where: { $0.department == replacement.department }) else {
            throw .noSuchTeam(draw: replacement.draw, department: replacement.department)
        }
        guard team.members.contains(replacement.outgoing) else {
            throw .notOnTeam(
                draw: replacement.draw, department: replacement.department, inspector: replacement.outgoing)
        }
        guard !team.members.contains(replacement.incoming) else {
            throw .alreadyOnTeam(
                draw: replacement.draw, department: replacement.department, inspector: replacement.incoming)
        }
        entries.append(.replaced(replacement))
    }

    /// The day as it stood just before `draw` was issued (the whole day when no such draw).
    public func before(draw: String) -> DaySoFar {
        var copy = DaySoFar(date: date)
        for entry in entries {
            if case .issued(let issued) = entry, issued.draw == draw { break }
            copy.entries.append(entry)
        }
        return copy
    }

    /// The names of the draws issued, in order.
    public var draws: [String] {
        entries.compactMap {
            if case .issued(let issued) = $0 { return issued.draw }
            return nil
        }
    }

    /// A draw's teams with the replacements made to them applied; `nil` when it was not issued.
    public func teams(of draw: String) -> [Team]? {
        var teams: [Team]?
        for entry in entries {
            switch entry {
            case .issued(let issued) where issued.draw == draw:
                teams = issued.teams
            case .replaced(let replacement) where replacement.draw == draw:
                guard let index = teams?.firstIndex(where: { $0.department == replacement.department }),
                    let member = teams?[index].members.firstIndex(of: replacement.outgoing)
                else { continue }
                teams?[index].members[member] = replacement.incoming
            default:
                continue
            }
        }
        return teams
    }

    /// The replacements made to one draw's teams, in order.
    public func replacements(of draw: String) -> [Replacement] {
        entries.compactMap {
            if case .replaced(let replacement) = $0, replacement.draw == draw { return replacement }
            return nil
        }
    }

    /// One assignment per member of every issued team as it stands, dated the day, in issue order.
    public var assignments: [PastAssignment] {
        draws.flatMap { draw in
            (teams(of: draw) ?? []).flatMap { team in
                team.members.map { PastAssignment(date: date, inspector: $0, department: team.department) }
            }
        }
    }

    /// `base` with the day's assignments added to its history: the roster a draw made now commits
    /// to. `base` must not already hold the day's issued teams.
    public func roster(_ base: Roster) -> Roster {
        var roster = base
        roster.history += assignments
        return roster
    }
}

/// A day-so-far entry that does not fit the day. Each case names what is wrong.
public enum DaySoFarError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongDate(draw: String, date: Day)
    case duplicateDraw(String)
    case noSuchDraw(String)
    case noSuchTeam(draw: String, department: String)
    case notOnTeam(draw: String, department: String, inspector: String)
    case alreadyOnTeam(draw: String, department: String, inspector: String)

    public var description: String {
        switch self {
        case .wrongDate(let draw, let date): "draw \(draw) is dated \(date), not the day's date"
        case .duplicateDraw(let draw): "draw \(draw) was already issued this day"
        case .noSuchDraw(let draw): "no draw \(draw) was issued this day"
        case .noSuchTeam(let draw, let department): "draw \(draw) has no team for \(department)"
        case .notOnTeam(let draw, let department, let inspector):
            "\(inspector) is not on the team for \(department) of draw \(draw)"
        case .alreadyOnTeam(let draw, let department, let inspector):
            "\(inspector) is already on the team for \(department) of draw \(draw)"
        }
    }
}

extension DaySoFar {
    /// The day's teams as they stand (replacements applied), in issue order, with each member's
    /// home from `roster`: the round `Eligibility` weighs (daily load, reciprocal ban). Roles are
    /// not part of the day so far: every member is given `member`.
    public func round(in roster: Roster) -> [DrawRecord.Team] {
        let people = Dictionary(roster.inspectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(roster.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return draws.flatMap { draw in
            (teams(of: draw) ?? []).map { team in
                DrawRecord.Team(
                    department: team.department, departmentName: names[team.department] ?? team.department,
                    members: team.members.map { id in
                        DrawRecord.Member(
                            inspector: id, name: people[id]?.name ?? id, home: people[id]?.home ?? "", role: .member)
                    })
            }
        }
    }
}
