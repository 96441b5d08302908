import SpotcheckCore
import Testing

@testable import SpotcheckLedger

@Suite struct ExtensionTests {
    @Test func aGrantedExtensionMovesTheDeadline() throws {
        let finding = try Fixture.rectifying(due: "2026-12-15")
            .after(
                .requestExtension(to: Fixture.day("2026-12-22"), reason: "需采购设备"), by: Fixture.contact, on: "2026-12-10"
            )
        #expect(finding.pendingExtension?.requestedBy == "zhang")
        let decided = try finding.applying(
            .decideExtension(grant: true), by: Fixture.coordinator, at: Fixture.at("2026-12-11"), rules: Fixture.rules)
        #expect(decided.finding.deadline?.due == Fixture.day("2026-12-22"))
        #expect(decided.finding.deadline?.start == Fixture.day("2026-12-01"))
        #expect(decided.finding.grantedExtensions == 1)
        #expect(decided.event.detail["due"] == "2026-12-22")
    }

    @Test func aRefusedExtensionLeavesTheDeadline() throws {
        let finding = try Fixture.rectifying(due: "2026-12-15")
            .after(.requestExtension(to: Fixture.day("2026-12-22"), reason: "r"), by: Fixture.contact, on: "2026-12-10")
            .after(.decideExtension(grant: false), by: Fixture.coordinator, on: "2026-12-10")
        #expect(finding.deadline?.due == Fixture.day("2026-12-15"))
        #expect(finding.grantedExtensions == 0)
        #expect(finding.pendingExtension == nil)
    }

    @Test func mustBeRequestedBeforeTheDueDate() throws {
        let finding = try Fixture.rectifying(due: "2026-12-15")
        let request = LedgerCommand.requestExtension(to: Fixture.day("2026-12-22"), reason: "r")
        #expect(finding.refusal(request, by: Fixture.contact, on: "2026-12-14") == nil)
        #expect(
            finding.refusal(request, by: Fixture.contact, on: "2026-12-15")
                == .extensionTooLate(due: Fixture.day("2026-12-15"), today: Fixture.day("2026-12-15")))
        #expect(
            finding.refusal(request, by: Fixture.contact, on: "2026-12-16")
                == .extensionTooLate(due: Fixture.day("2026-12-15"), today: Fixture.day("2026-12-16")))
    }

    @Test func theRequesterCannotDecideTheirOwnRequest() throws {
        let finding = try Fixture.rectifying(due: "2026-12-15")
            .after(
                .requestExtension(to: Fixture.day("2026-12-22"), reason: "r"), by: Fixture.coordinator, on: "2026-12-10"
            )
        #expect(
            finding.refusal(.decideExtension(grant: true), by: Fixture.coordinator)
                == .extensionDecidedByRequester("wang"))
        #expect(
            finding.refusal(.decideExtension(grant: true), by: Fixture.contact)
                == .notPermitted(role: "contact of dept-a", action: .decideExtension))
        #expect(finding.refusal(.decideExtension(grant: true), by: Fixture.secondCoordinator) == nil)
    }

    @Test func extensionsAreCappedPerFinding() throws {
        let first = try Fixture.rectifying(due: "2026-12-15")
            .after(.requestExtension(to: Fixture.day("2026-12-22"), reason: "r"), by: Fixture.contact, on: "2026-12-10")
        #expect(
            first.refusal(.requestExtension(to: Fixture.day("2026-12-29"), reason: "r"), by: Fixture.contact)
                == .extensionPending(first.id))
        let granted = try first.after(.decideExtension(grant: true), by: Fixture.coordinator, on: "2026-12-10")
        #expect(
            granted.refusal(
                .requestExtension(to: Fixture.day("2026-12-29"), reason: "r"), by: Fixture.contact, on: "2026-12-18")
                == .extensionCapReached(cap: 1))
        var rules = Fixture.rules
        rules.extensionCap = 2
        #expect(
            (try? granted.applying(
                .requestExtension(to: Fixture.day("2026-12-29"), reason: "r"), by: Fixture.contact,
                at: Fixture.at("2026-12-18"), rules: rules)) != nil)
    }

    @Test func refusedRequestsDoNotCountAgainstTheCap() throws {
        let finding = try Fixture.rectifying(due: "2026-12-15")
            .after(.requestExtension(to: Fixture.day("2026-12-22"), reason: "r"), by: Fixture.contact, on: "2026-12-10")
            .after(.decideExtension(grant: false), by: Fixture.coordinator, on: "2026-12-10")
        #expect(
            finding.refusal(
                .requestExtension(to: Fixture.day("2026-12-18"), reason: "r"), by: Fixture.contact, on: "2026-12-11")
                == nil)
    }

    @Test func theNewDateMustBeLaterAndTheRequestNeedsAReason() throws {
        let finding = try Fixture.rectifying(due: "2026-12-15")
        #expect(
            finding.refusal(.requestExtension(to: Fixture.day("2026-12-15"), reason: "r"), by: Fixture.contact)
                == .extensionNotLater(requested: Fixture.day("2026-12-15"), due: Fixture.day("2026-12-15")))
        #expect(
            finding.refusal(.requestExtension(to: Fixture.day("2026-12-20"), reason: ""), by: Fixture.contact)
                == .missingField("reason"))
        #expect(
            finding.refusal(.decideExtension(grant: true), by: Fixture.coordinator) == .noExtensionPending(finding.id))
    }

    @Test func aTimelyRequestMayBeDecidedAfterTheDueDate() throws {
        let finding = try Fixture.rectifying(due: "2026-12-15")
            .after(.requestExtension(to: Fixture.day("2026-12-22"), reason: "r"), by: Fixture.contact, on: "2026-12-14")
            .after(.decideExtension(grant: true), by: Fixture.coordinator, on: "2026-12-16")
        #expect(finding.deadline?.due == Fixture.day("2026-12-22"))
    }
}

@Suite struct DismissalTests {
    @Test func dismissalNeedsTwoDifferentCoordinators() throws {
        let finding = try Fixture.confirmed()
        #expect(finding.refusal(.approveDismissal, by: Fixture.coordinator) == .noDismissalProposed(finding.id))
        let proposed = try finding.after(.proposeDismissal(reason: "经核实不属实"), by: Fixture.coordinator)
        #expect(proposed.state == .confirmed)
        #expect(
            proposed.refusal(.approveDismissal, by: Fixture.coordinator)
                == .dismissalNeedsSecondCoordinator(proposedBy: "wang"))
        #expect(
            proposed.refusal(.proposeDismissal(reason: "again"), by: Fixture.secondCoordinator)
                == .dismissalAlreadyProposed(finding.id))
        let transition = try proposed.applying(
            .approveDismissal, by: Fixture.secondCoordinator, at: Fixture.at("2026-12-02"), rules: Fixture.rules)
        #expect(transition.finding.state == .dismissed)
        #expect(transition.finding.dismissedBy == "li")
        #expect(transition.event.detail["proposedBy"] == "wang")
        #expect(transition.event.before == .confirmed)
        #expect(transition.event.after == .dismissed)
    }

    @Test func onlyCoordinatorsDismiss() throws {
        let finding = try Fixture.recorded()
        #expect(
            finding.refusal(.proposeDismissal(reason: "r"), by: Fixture.contact)
                == .notPermitted(role: "contact of dept-a", action: .proposeDismissal))
        let proposed = try finding.after(.proposeDismissal(reason: "r"), by: Fixture.coordinator)
        #expect(
            proposed.refusal(.approveDismissal, by: Fixture.inspector)
                == .notPermitted(role: "inspector", action: .approveDismissal))
    }

    @Test func aFindingUnderRectificationCannotBeDismissed() throws {
        let finding = try Fixture.rectifying()
        #expect(
            finding.refusal(.proposeDismissal(reason: "r"), by: Fixture.coordinator)
                == .wrongState(action: .proposeDismissal, state: .rectifying))
    }

    @Test func startingRectificationDropsAPendingProposal() throws {
        let finding = try Fixture.confirmed()
            .after(.proposeDismissal(reason: "r"), by: Fixture.coordinator)
            .after(.addMeasure(text: "a", owner: "科长", due: Fixture.day("2026-12-10")), by: Fixture.contact)
            .after(.startRectification, by: Fixture.contact)
        #expect(finding.dismissalProposal == nil)
    }

    @Test func aDismissedFindingNeverChangesAgain() throws {
        let finding = try Fixture.recorded()
            .after(.proposeDismissal(reason: "r"), by: Fixture.coordinator)
            .after(.approveDismissal, by: Fixture.secondCoordinator)
        for command in [LedgerCommand.confirm, .classify(category: .hollow, ruleCodes: nil), .transfer(reference: "x")]
        {
            #expect(
                finding.refusal(command, by: Fixture.coordinator)
                    == .wrongState(action: command.action, state: .dismissed))
        }
    }
}
