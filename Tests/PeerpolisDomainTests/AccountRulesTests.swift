import Foundation
import PeerpolisDomain
import Testing

@Suite struct AccountRulesTests {
    @Test(arguments: [
        ("short1A", PasswordPolicy.Violation.tooShort),
        ("aaaaaaaaaaaaaaaa", .oneCharacterClass),
        ("123456789012345", .oneCharacterClass),
        ("Long.Name@City.example", .equalsEmail),
    ])
    func aWeakPasswordIsRefusedWithTheRuleItBreaks(password: String, violation: PasswordPolicy.Violation) {
        #expect(PasswordPolicy.check(password, email: "long.name@city.example") == violation)
    }

    @Test func aLongMixedPassphraseIsAccepted() {
        #expect(PasswordPolicy.check("correct horse battery", email: "a@b.eu") == nil)
        #expect(PasswordPolicy.check("Twelve chars", email: "a@b.eu") == nil)
    }

    @Test func theFifthFailureWithinTheWindowLocksAndAnOldCountStartsAgain() {
        let rule = SignInLockout()
        let start = Date(timeIntervalSince1970: 1_000_000)
        var state: (count: Int, since: Date?, lockedUntil: Date?) = (0, nil, nil)
        for minute in 0..<4 {
            state = rule.afterFailure(count: state.count, since: state.since, now: start.addingTimeInterval(Double(minute) * 60))
        }
        let fifth = rule.afterFailure(count: state.count, since: state.since, now: start.addingTimeInterval(300))
        let afterWindow = rule.afterFailure(count: 4, since: start, now: start.addingTimeInterval(15 * 60))

        #expect(state.count == 4)
        #expect(state.lockedUntil == nil)
        #expect(fifth.lockedUntil == start.addingTimeInterval(300 + 15 * 60))
        #expect(afterWindow.count == 1)
        #expect(afterWindow.lockedUntil == nil)
    }

    @Test func plausibleAddresses() {
        #expect(User.isPlausibleEmail("ana@city.eu"))
        #expect(!User.isPlausibleEmail("ana@city"))
        #expect(!User.isPlausibleEmail("ana city@x.eu"))
        #expect(!User.isPlausibleEmail("@x.eu"))
    }
}

/// Who may record a transfer of a good practice: the two places it joins, each for itself.
@Suite struct TransferRuleTests {
    let owner = 1, receiving = 2, third = 3

    func representative(of places: Int...) -> Principal {
        Principal(user: User(id: 9, email: "rep@city.eu", displayName: "Rep", passwordHash: "x"),
                  grants: places.map { RoleGrant(userID: 9, role: .placeRepresentative, placeID: $0) })
    }

    @Test func theOwningPlaceRecordsAnyTransferOfItsPractice() {
        let rep = representative(of: owner)
        for action in [Action.addTransfer, .editTransfer, .deleteTransfer] {
            #expect(Authorization.can(rep, action, .transfer(ownerPlaceID: owner, receivingPlaceID: receiving)))
            #expect(Authorization.can(rep, action, .transfer(ownerPlaceID: owner, receivingPlaceID: third)))
        }
    }

    @Test func aReceivingPlaceSpeaksForItselfOnly() {
        let rep = representative(of: receiving)
        #expect(Authorization.can(rep, .addTransfer, .transfer(ownerPlaceID: owner, receivingPlaceID: nil)))
        #expect(Authorization.can(rep, .addTransfer, .transfer(ownerPlaceID: owner, receivingPlaceID: receiving)))
        #expect(Authorization.can(rep, .deleteTransfer, .transfer(ownerPlaceID: owner, receivingPlaceID: receiving)))
        #expect(!Authorization.can(rep, .addTransfer, .transfer(ownerPlaceID: owner, receivingPlaceID: third)))
        #expect(!Authorization.can(rep, .editTransfer, .transfer(ownerPlaceID: owner, receivingPlaceID: third)))
        #expect(!Authorization.can(rep, .editPractice, .practice(ownerPlaceID: owner)))
    }

    @Test func someoneWhoRepresentsNoPlaceRecordsNoTransfer() {
        let member = Principal(user: User(id: 8, email: "m@city.eu", displayName: "M", passwordHash: "x"),
                               grants: [RoleGrant(userID: 8, role: .member)])
        #expect(!Authorization.can(member, .addTransfer, .transfer(ownerPlaceID: owner, receivingPlaceID: nil)))
        #expect(!Authorization.can(nil, .addTransfer, .transfer(ownerPlaceID: owner, receivingPlaceID: receiving)))
    }
}
