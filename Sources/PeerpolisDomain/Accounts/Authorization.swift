/// Who is acting: an account and the roles granted to it. Nil stands for an anonymous visitor.
public struct Principal: Sendable, Hashable {
    public var user: User
    public var grants: [RoleGrant]
    /// How this account's writes arrive: a form unless it acts through an API token.
    public var channel: WriteChannel

    public init(user: User, grants: [RoleGrant], channel: WriteChannel = .form) {
        self.user = user
        self.grants = grants
        self.channel = channel
    }

    public var isAdministrator: Bool { grants.contains { $0.role == .administrator } }

    /// The places this account represents.
    public var representedPlaceIDs: Set<Int> {
        Set(grants.filter { $0.role == .placeRepresentative }.compactMap(\.placeID))
    }

    /// The organizations whose profile, networks, cooperations (as their programme), events, calls and articles
    /// this account edits.
    public var editedOrganizationIDs: Set<Int> {
        Set(grants.filter { $0.role == .organizationEditor }.compactMap(\.organizationID))
    }
}

/// Every write the hub knows, checked by `Authorization.can` before it happens.
public enum Action: String, Sendable, Hashable, CaseIterable {
    case grantRole, revokeRole
    case editPlaceProfile
    case createPartnerSearchPost, editPartnerSearchPost, closePartnerSearchPost
    case reportPledgeProgress
    /// Writing to a place's representatives or an expert through the hub, which never shows their address.
    case sendMessage
    /// Submitting an application to a call (any account: members apply), and reviewing one (the call's
    /// organization).
    case applyToCall, reviewApplication
    /// Publishing, changing and removing an organization's calls (and keeping their drafts).
    case createCall, editCall, deleteCall
    /// Publishing, changing and removing articles of the organizations an account edits.
    case createArticle, editArticle, deleteArticle
    /// Publishing, changing and removing an organization's networks (and keeping their drafts).
    case createNetwork, editNetwork, deleteNetwork
    /// Publishing, changing and removing the cooperations of a programme (an organization).
    case createCooperation, editCooperation, deleteCooperation
    /// Adding and removing organizations (administrators only), and changing one's profile (its editors too).
    case createOrganization, editOrganization, deleteOrganization
    /// Taking or giving up one's own seat (or place in line) at an event.
    /// Publishing, changing and removing an organization's events (and keeping their drafts).
    case createEvent, editEvent, deleteEvent
    case registerForEvent, cancelEventRegistration
    /// Reading who registered for an event, with their addresses: its organizer's business.
    case readAttendees
    /// Making an API token (personal, or for an organization one edits) and revoking one.
    case createAPIToken, revokeAPIToken
    /// Listing every account's API tokens, so any of them can be revoked: administrators only.
    case listAllAPITokens
    /// Changing one's own account settings (the language the hub writes to one in).
    case editAccount
    /// Publishing, changing and removing a place's good practices (and keeping their drafts).
    case createPractice, editPractice, deletePractice
    /// Recording, changing and withdrawing a transfer of a good practice to a receiving place.
    case addTransfer, editTransfer, deleteTransfer
    /// Publishing, changing and removing a place's pledges (and keeping their drafts).
    case createPledge, editPledge, deletePledge
}

/// What an action applies to, with the ownership that decides it.
public enum Resource: Sendable, Hashable {
    /// The site as a whole (role administration).
    case site
    case place(id: Int)
    /// A partner-search post, owned by its place.
    case partnerSearchPost(placeID: Int)
    /// A pledge, made by its place.
    case pledge(placeID: Int)
    /// A good practice, owned by its place.
    case practice(ownerPlaceID: Int)
    /// A transfer of a practice owned by `ownerPlaceID` to `receivingPlaceID`; nil while the form that will
    /// name the receiving place is not yet filled in (the question is then whether the account may report
    /// a transfer of this practice at all).
    case transfer(ownerPlaceID: Int, receivingPlaceID: Int?)
    /// A call and its applications, owned by the organization that runs it.
    case call(organizationID: Int)
    /// An article, with the organizations it is about; any of their editors may change it.
    case article(organizationIDs: [Int])
    /// An event, with the organization that organizes it (nil when none is known).
    case event(organizerID: Int?)
    /// A network, with the organization that runs it (nil when none is known: administrators only).
    case network(organizationID: Int?)
    /// A cooperation, with the programme (an organization) it belongs to; one without a programme is the
    /// administrators' alone, since no organization vouches for it.
    case cooperation(programmeID: Int?)
    /// An organization's own profile.
    case organization(id: Int)
    /// An API token of `ownerID`, personal (no organization) or acting for `organizationID`.
    case apiToken(ownerID: Int, organizationID: Int?)
    /// An account's own settings.
    case account(userID: Int)
}

/// The one place that decides who may write what. Every write route asks it; nothing else decides.
public enum Authorization {
    public static func can(_ actor: Principal?, _ action: Action, _ resource: Resource) -> Bool {
        guard let actor else { return false }
        if actor.isAdministrator { return true }
        switch (action, resource) {
        case (.sendMessage, _), (.applyToCall, _):
            // Any account: the sender is known, so the recipient can answer and abuse can be traced.
            return true
        case (.editPlaceProfile, .place(let id)), (.createPartnerSearchPost, .place(let id)),
             (.editPartnerSearchPost, .partnerSearchPost(let id)), (.closePartnerSearchPost, .partnerSearchPost(let id)),
             (.reportPledgeProgress, .pledge(let id)):
            return actor.representedPlaceIDs.contains(id)
        case (.createArticle, .article(let ids)), (.editArticle, .article(let ids)), (.deleteArticle, .article(let ids)):
            return !actor.editedOrganizationIDs.isDisjoint(with: ids)
        case (.reviewApplication, .call(let organizationID)), (.createCall, .call(let organizationID)),
             (.editCall, .call(let organizationID)), (.deleteCall, .call(let organizationID)):
            return actor.editedOrganizationIDs.contains(organizationID)
        case (.createNetwork, .network(let organizationID?)), (.editNetwork, .network(let organizationID?)),
             (.deleteNetwork, .network(let organizationID?)),
             (.createCooperation, .cooperation(let organizationID?)), (.editCooperation, .cooperation(let organizationID?)),
             (.deleteCooperation, .cooperation(let organizationID?)),
             (.editOrganization, .organization(let organizationID)):
            // Creating and deleting organizations falls to the default: administrators only.
            return actor.editedOrganizationIDs.contains(organizationID)
        case (.registerForEvent, .event), (.cancelEventRegistration, .event):
            // Any account: registering needs no role beyond being a member, which every account is.
            return true
        case (.createEvent, .event(let organizerID?)), (.editEvent, .event(let organizerID?)),
             (.deleteEvent, .event(let organizerID?)),
             (.readAttendees, .event(let organizerID?)):
            return actor.editedOrganizationIDs.contains(organizerID)
        case (.createAPIToken, .apiToken(let owner, nil)), (.revokeAPIToken, .apiToken(let owner, _)):
            // Tokens are one's own: anyone makes and revokes tokens for their account (administrators any).
            return owner == actor.user.id
        case (.createAPIToken, .apiToken(let owner, let organizationID?)):
            return owner == actor.user.id && actor.editedOrganizationIDs.contains(organizationID)
        case (.editAccount, .account(let userID)):
            return userID == actor.user.id
        case (.createPractice, .practice(let id)), (.editPractice, .practice(let id)), (.deletePractice, .practice(let id)),
             (.createPledge, .pledge(let id)), (.editPledge, .pledge(let id)), (.deletePledge, .pledge(let id)):
            return actor.representedPlaceIDs.contains(id)
        case (.addTransfer, .transfer(let owner, let receiving)), (.editTransfer, .transfer(let owner, let receiving)),
             (.deleteTransfer, .transfer(let owner, let receiving)):
            // A transfer is a fact about two places, and either side may state it: the owner's representatives
            // record where their practice went, and the receiving place's representatives report that they
            // adopted it (and correct or withdraw that report). Neither speaks for a third place: a receiving
            // place's representative cannot record a transfer to another place, nor move one there.
            let mine = actor.representedPlaceIDs
            if mine.contains(owner) { return true }
            guard let receiving else { return !mine.isEmpty }
            return mine.contains(receiving)
        default:
            // Role administration, and any pairing of an action with the wrong kind of resource.
            return false
        }
    }
}
