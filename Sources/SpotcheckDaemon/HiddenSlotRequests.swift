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
    /// takes) into the public folder of every published draw whose complaint is closed.
    func publishHiddenSlotOpenings(config: DaemonConfig, now: Date) throws {
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
    /// Accepted, the request would wait for ever, and its opening would never be published.
    func requireDrawAhead(_ complaint: Complaint) throws {
        let pools = try store.currentRoster()?.roster().departments.first { $0.id == complaint.department }?.pools ?? []
        let holding = config.pools.filter { pools.contains($0.name) }
        guard let plan = config.campaign else {
            guard holding.isEmpty else { return }
            throw CampaignRefusal.noDrawAhead(complaint: complaint.id, department: complaint.department, phase: nil)
                .complaints
        }
        let active = try engine.campaignTimeline(plan).timeline.active
        let ahead = CampaignStep.allCases.filter { $0 >= active && $0 != .closed }
        guard
            !holding.contains(where: { pool in
                ahead.contains { CampaignPlan.permitsDraw(poolPhases: pool.phases, active: $0) }
            })
        else { return }
        throw CampaignRefusal.noDrawAhead(
            complaint: complaint.id, department: complaint.department, phase: holding.isEmpty ? nil : active
        ).complaints
    }
}
