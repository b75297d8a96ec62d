import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// `peerpolis user create --admin` and `peerpolis outbox`, through the library functions they call.
@Suite struct AccountAdministrationTests {
    @Test func theFirstAdministratorCanGrantRolesAndAWeakPasswordIsRefused() async throws {
        let box = DatabaseBox()
        try await withSeededApp(prepare: { db in box.db = db }) { client in
            let db = try #require(box.db)
            let admin = try await AccountAdministration.createUser(email: "root@hub.eu", name: "Root", password: "Long admin passphrase",
                                                                   admin: true, settings: testAuth, database: db)
            await #expect(throws: AccountAdministration.Refusal.self) {
                _ = try await AccountAdministration.createUser(email: "weak@hub.eu", name: "Weak", password: "weakweakweakweak",
                                                               admin: true, settings: testAuth, database: db)
            }
            let grants = try await RoleGrant.fetchAll(userID: admin.id, on: db.sql)
            let browser = Browser(client)
            let csrf = try await browser.get("/sign-in").csrf
            _ = try await browser.post("/sign-in", ["email": "root@hub.eu", "password": "Long admin passphrase"], csrf: csrf)
            let rolesPage = try await browser.get("/admin/roles")
            let outbox = try await AccountAdministration.outboxText(database: db, limit: 5)

            #expect(grants.map(\.role) == [.administrator])
            #expect(try await User.fetchOne(email: "weak@hub.eu", on: db.sql) == nil)
            #expect(rolesPage.status == .ok && rolesPage.body.contains("Root &lt;root@hub.eu&gt;"))
            #expect(outbox == "SMTP_URL is not set: messages stay here and are not sent.\n\nThe outbox is empty.\n")
        }
    }
}
