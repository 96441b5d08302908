/// A policy's team-composition rule: whose home departments a team must draw on.
///
/// - `leadFrom`: when not empty, the lead of every team comes from one of these departments
///   (needs `lead_required`). An inspector from elsewhere may still be a plain member.
/// - `memberFrom`: every group names departments; every team has at least one member (the lead
///   counts) whose home is one of the group's departments.
///
/// The draw enforces the rule by reading the roster through it: only inspectors who may lead
/// and come from `leadFrom` count as able to lead, and each group is a required skill of every
/// department held by the inspectors whose home is in the group. Every part of the solver (its
/// counting bounds, the SAT model, the canonical choice) therefore enforces it exactly.
public struct Composition: Sendable, Hashable, Codable {
    /// Department ids, sorted by bytes, each once.
    public var leadFrom: [String]
    /// Groups of department ids, each sorted by bytes with each id once, in the order given.
    public var memberFrom: [[String]]

    public init(leadFrom: [String] = [], memberFrom: [[String]] = []) {
        self.leadFrom = Composition.normalized(leadFrom)
        self.memberFrom = memberFrom.map(Composition.normalized)
    }

    /// nil when the rule asks for nothing.
    public var orNil: Composition? {
        leadFrom.isEmpty && memberFrom.isEmpty ? nil : self
    }

    static func normalized(_ ids: [String]) -> [String] {
        Array(Set(ids)).sorted(by: idLess)
    }

    /// Splits a space-separated list of department ids (as the policy writes it).
    public static func ids(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// The lines the rule adds to the policy's canonical text, after every other key:
    /// `lead_from<TAB>IDS` when it names departments, then `member_from<TAB>IDS` per group, ids
    /// joined by one space.
    var canonicalFields: [(key: String, value: String)] {
        var fields: [(key: String, value: String)] = []
        if !leadFrom.isEmpty { fields.append(("lead_from", leadFrom.joined(separator: " "))) }
        for group in memberFrom { fields.append(("member_from", group.joined(separator: " "))) }
        return fields
    }

    /// The problems with the rule under `policy`, each naming the key at fault.
    public func problems(_ policy: Policy) -> [String] {
        var problems: [String] = []
        if !leadFrom.isEmpty, !policy.leadRequired {
            problems.append("lead_from needs lead_required = true")
        }
        for group in memberFrom where group.isEmpty {
            problems.append("member_from must name at least one department")
            break
        }
        for id in leadFrom + memberFrom.flatMap({ $0 }) where id.isEmpty || id.contains(where: \.isWhitespace) {
            problems.append("lead_from and member_from take department ids separated by spaces ('\(id)')")
            break
        }
        return problems
    }

    // MARK: The rule as the draw reads it

    /// The name of the required skill that stands for a `member_from` group. It starts with `;`,
    /// which no roster skill can hold (`;` separates list items), so it never meets a real skill.
    static func skillName(_ group: [String]) -> String {
        ";member_from:" + group.joined(separator: " ")
    }

    /// The group a skill name stands for, or nil for a roster skill.
    static func group(ofSkill name: String) -> String? {
        let prefix = ";member_from:"
        guard name.hasPrefix(prefix) else { return nil }
        return String(name.dropFirst(prefix.count))
    }

    /// Whether an inspector from `home` may be the lead.
    func allowsLead(home: String) -> Bool {
        leadFrom.isEmpty || leadFrom.contains(home)
    }

    /// The group skills an inspector from `home` holds.
    func skills(home: String) -> [String] {
        memberFrom.filter { $0.contains(home) }.map(Composition.skillName)
    }

    /// The blocker for a pick no eligible inspector of a group can join (table row 3 for a
    /// group skill).
    static func missingBlocker(_ name: String) -> Blocker? {
        guard let group = group(ofSkill: name) else { return nil }
        return Blocker(
            code: "no-member-from",
            message: "no eligible inspector comes from any of \(listed(group)) (member_from)")
    }

    /// The blocker for a Hall deficiency on a group skill (table row 7 for a group skill).
    static func exhaustedBlocker(_ name: String, _ certificate: Certificate) -> Blocker? {
        guard let group = group(ofSkill: name) else { return nil }
        return Blocker(
            code: "member-from-exhausted",
            message:
                "\(certificate.demand) targets need a member from \(listed(group)) but only \(certificate.supply) eligible places with one are available to them",
            certificate: certificate)
    }

    /// The certificate resource of a skill: `member-from:IDS` for a group, `skill:NAME` otherwise.
    static func resource(skill name: String) -> String {
        if let group = group(ofSkill: name) { return "member-from:" + group }
        return "skill:" + name
    }

    /// The blocker when a lead is required and none of the eligible inspectors who may lead
    /// comes from `leadFrom` (table row 2).
    func noLeadBlocker(summary: String) -> Blocker {
        Blocker(
            code: "no-lead-from",
            message: "no eligible inspector who can lead comes from \(leadFrom.joined(separator: ", "))\(summary)")
    }

    private static func listed(_ group: String) -> String {
        group.split(separator: " ").joined(separator: ", ")
    }
}

extension Policy {
    /// Reads the composition lines that may follow the fixed keys of a canonical policy text:
    /// at most one `lead_from`, then any number of `member_from`, each holding ids sorted by
    /// bytes and joined by one space (so that the text is the one the policy writes).
    static func parseCompositionLines(
        _ lines: [Substring], firstLine: Int
    ) -> Result<
        Composition?, CanonicalPolicyError
    > {
        var composition = Composition()
        for (offset, line) in lines.enumerated() {
            let number = firstLine + offset
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0] == "lead_from" || parts[0] == "member_from" else {
                return .failure(.init(line: number, message: "expected 'lead_from<TAB>ids' or 'member_from<TAB>ids'"))
            }
            let ids = parts[1].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard !ids.isEmpty, ids == Composition.normalized(ids), !ids.contains("") else {
                return .failure(.init(line: number, message: "ids must be distinct, sorted and separated by one space"))
            }
            if parts[0] == "lead_from" {
                guard offset == 0 else {
                    return .failure(.init(line: number, message: "lead_from must come first, once"))
                }
                composition.leadFrom = ids
            } else {
                composition.memberFrom.append(ids)
            }
        }
        return .success(composition.orNil)
    }
}
