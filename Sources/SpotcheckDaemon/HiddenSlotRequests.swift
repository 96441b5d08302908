import Foundation
import Logging
import SpotcheckCampaign
import SpotcheckCore
import SpotcheckProtocol
import SpotcheckStore
import SpotcheckSystem

// A complaint-driven inspection hidden in the next scheduled draw (docs/draw-algorithm.md §8,
// docs/campaign.md): a handler asks for it (`RequestInspection`), the next scheduled draw of a
// pool that may draw the department that day carries it as its hidden slot, and once the
// complaint is closed the opening is published next to the draw's public record.

extension Engine {
    /// The hidden slot a scheduled draw of `pool` on `day` carries: the oldest waiting request
    /// whose department the pool may draw that day (in the pool, weight > 0, not cooling down),
    /// or nil. Requests for a department the pool cannot draw wait for another draw.
    func hiddenSlotForScheduledDraw(
        pool: String, day: Day, roster: Roster, policy: Policy, seed: Seed, previousRecordHash: String?
    ) throws -> HiddenSlot? {
        for request in try store.pendingHiddenSlots() {
            guard roster.departments.contains(where: { $0.id == request.slot.department && $0.pools.contains(pool) })
            else { continue }
            do {
                _ = try SpotcheckCore.draw(
                    DrawInput(
                        roster: roster, policy: policy, date: day, pool: pool, seed: seed,
                        previousRecordHash: previousRecordHash, hidden: request.slot))
                return request.slot
            } catch {
                continue
            }
        }
        return nil
    }

    /// The hidden slot committed draw `draw` carries (its commitment's `hiddenSlot`), linking the
    /// request to the draw; nil for a draw without one.
    func hiddenSlot(of draw: StoredDraw) throws -> HiddenSlot? {
        guard draw.kind == .scheduled, let bytes = draw.commitment,
            let commitment = try? JSONDecoder().decode(Commitment.self, from: Data(bytes)),
            let committed = commitment.hiddenSlot
        else { return nil }
        return try store.hiddenSlot(commitment: committed, drawID: draw.id)?.slot
    }

    /// Writes `hidden-slot.txt` (`DEPARTMENT:SALTHEX`, the form `spotcheck verify --hidden-slot`
    /// takes) into the public folder of every published draw whose complaint is closed. Each pass
    /// first looks again at the requests still waiting (`watchHiddenSlotRequests`).
    func publishHiddenSlotOpenings(config: DaemonConfig, now: Date) throws {
        try watchHiddenSlotRequests(config: config, now: now)
        for request in try store.hiddenSlotsToOpen() {
            guard let drawID = request.drawID, let draw = try store.draw(id: drawID) else { continue }
            let folder = Self.publicFolder(draw, config: config)
            try AtomicFile.write(
                Array(Self.hiddenSlotOpening(request.slot).utf8), to: "\(folder)/\(Self.hiddenSlotFile)", mode: 0o644)
            try store.markHiddenSlotOpened(complaint: request.complaint, at: now)
            logger.notice(
                "pool \(draw.pool) on \(draw.date): the hidden slot's opening is public in \(folder)/\(Self.hiddenSlotFile)"
            )
        }
    }

    /// Looks again, at each pass, at every request no draw carries yet, of a complaint not closed:
    /// a roster edit or a step of the campaign after the request may leave no pool holding its
    /// department that draws in the active phase or a later one. The request stays (the department
    /// may be put back in a pool), but it does not wait blind: the daemon notes on the complaint
    /// that it cannot be carried now, and again when it can, each once, and journals it by the
    /// complaint's number (never the department, which the journal says of picks only).
    func watchHiddenSlotRequests(config: DaemonConfig, now: Date) throws {
        let pending = try store.pendingHiddenSlots()
        guard !pending.isEmpty else { return }
        let roster = try store.currentRoster()?.roster()
        let active = try config.campaign.map { try campaignTimeline($0).timeline.active }
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        for request in pending {
            guard let complaint = try store.complaint(id: request.complaint), complaint.state != .closed else {
                continue
            }
            let stall = HiddenSlotReach.stall(
                department: request.slot.department, roster: roster, config: config, active: active)
            guard let note = HiddenInspectionNote.next(stall, after: complaint.entries) else { continue }
            _ = try store.addComplaintEntry(
                complaint: complaint.id, kind: .note, text: note, state: nil, reply: nil,
                actor: HiddenInspectionNote.daemon, at: now, day: local.day(of: now))
            var fields = ["COMPLAINT": String(complaint.id)]
            switch stall {
            case nil:
                events.emit(
                    .hiddenInspectionResumed,
                    "complaint \(complaint.id): its requested hidden inspection can be carried again by a scheduled draw",
                    fields)
            case .noPool?:
                fields["REASON"] = "no-pool"
                events.emit(
                    .hiddenInspectionStalled,
                    "complaint \(complaint.id): no scheduled pool holds its department, so no draw can carry its "
                        + "requested hidden inspection now; the request stays",
                    fields)
            case .noDrawAhead(let phase)?:
                fields["REASON"] = "no-draw-ahead"
                fields["PHASE"] = phase.identifier
                events.emit(
                    .hiddenInspectionStalled,
                    "complaint \(complaint.id): no pool that holds its department draws in \(phase.identifier) or a "
                        + "later phase, so no draw can carry its requested hidden inspection now; the request stays",
                    fields)
            }
        }
    }

    /// The opening's file in a draw's public folder.
    static let hiddenSlotFile = "hidden-slot.txt"

    static func hiddenSlotOpening(_ slot: HiddenSlot) -> String { "\(slot.department):\(slot.saltHex)\n" }
}

extension CampaignControl {
    /// `io.spotcheck.Complaints.RequestInspection`: a complaints handler not recused from the
    /// complaint's department asks for a hidden inspection of it. A complaint the caller may not
    /// handle, or a stub, is answered as one that does not exist. Coordinators, who may not read
    /// complaints, may not ask: their answers would tell them which complaints exist (one about
    /// their own department among them) and which already have an inspection.
    func requestInspection(_ request: [UInt8], _ caller: Caller) throws -> [UInt8] {
        let method = "io.spotcheck.Complaints.RequestInspection"
        guard Self.isHandler(caller, config: config) else {
            events.refused(method, caller)
            throw Varlink.Failure.permissionDenied(method, uid: caller.uid, needs: .complaintsHandler)
        }
        let id = try callParameters(CampaignMessages.IDParameters.self, request).id
        let missing = Varlink.Failure("io.spotcheck.Complaints.NotFound", ["what": .string("complaint \(id)")])
        guard let complaint = try store.complaint(id: id), !complaint.stub,
            try Self.exclusions(caller, department: complaint.department, store: store, config: config).isEmpty
        else { throw missing }
        try requireDrawAhead(complaint)
        let now = Date()
        let local = LocalTime(zone: TimeZone(identifier: config.calendar.timeZone)!)
        do {
            try store.requestHiddenSlot(
                complaint: id, salt: try KernelRandom.seed().bytes,
                actor: "uid \(caller.uid) (\(caller.login ?? "unknown"))", at: now, day: local.day(of: now))
        } catch let error as ComplaintStoreError {
            switch error {
            case .notFound, .noRequest: throw missing
            case .refused(let refusal): throw CampaignRefusal.of(refusal).complaints
            }
        }
        return encodedReply(Varlink.Empty())
    }

    /// Refuses a hidden inspection that no draw would ever carry: no configured pool holds the
    /// complaint's department, or (with a campaign) none of those pools draws in the active phase
    /// or a later one (summing-up, or a closed campaign, when pools draw only in supervision).
    /// Accepted, the request would wait for ever, and its opening would never be published. A
    /// request accepted before such a change is watched at each pass (`watchHiddenSlotRequests`).
    func requireDrawAhead(_ complaint: Complaint) throws {
        let active = try config.campaign.map { try engine.campaignTimeline($0).timeline.active }
        let stall = HiddenSlotReach.stall(
            department: complaint.department, roster: try store.currentRoster()?.roster(), config: config,
            active: active)
        switch stall {
        case nil: return
        case .noPool?:
            throw CampaignRefusal.noDrawAhead(complaint: complaint.id, department: complaint.department, phase: nil)
                .complaints
        case .noDrawAhead(let phase)?:
            throw CampaignRefusal.noDrawAhead(complaint: complaint.id, department: complaint.department, phase: phase)
                .complaints
        }
    }
}

/// Whether a scheduled draw ahead may carry a hidden inspection of a department, asked at the
/// request and again at each pass while it waits.
enum HiddenSlotReach {
    /// Why no scheduled draw can carry it (`active`: the campaign's active phase, nil without a
    /// campaign), nil when one may.
    static func stall(
        department: String, roster: Roster?, config: DaemonConfig, active: CampaignStep?
    ) -> HiddenInspectionNote.Stall? {
        let pools = roster?.departments.first { $0.id == department }?.pools ?? []
        let holding = config.pools.filter { pools.contains($0.name) }
        if holding.isEmpty { return .noPool }
        guard config.campaign != nil, let active else { return nil }
        let ahead = CampaignStep.allCases.filter { $0 >= active && $0 != .closed }
        let draws = holding.contains { pool in
            ahead.contains { CampaignPlan.permitsDraw(poolPhases: pool.phases, active: $0) }
        }
        return draws ? nil : .noDrawAhead(active: active)
    }
}
