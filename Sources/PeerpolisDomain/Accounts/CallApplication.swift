import Foundation

/// Where an application to a call stands. Reviewers move it forward only: submitted, then under review,
/// then accepted or rejected.
public enum ApplicationStatus: String, CaseIterable, Sendable, Codable {
    case submitted
    case underReview = "under-review"
    case accepted, rejected

    /// The states a reviewer may move an application in this state to.
    public var next: [ApplicationStatus] {
        switch self {
        case .submitted: [.underReview, .accepted, .rejected]
        case .underReview: [.accepted, .rejected]
        case .accepted, .rejected: []
        }
    }
}

/// An application to a call: a lead place, its partners and a proposal, sent by one account.
public struct CallApplication: Sendable, Hashable {
    public var id: Int
    public var callID: Int
    /// The account that submitted it, which is told of every decision.
    public var userID: Int
    public var leadPlaceID: Int
    /// Partner places, in the order the applicant gave them; the lead is not among them.
    public var partnerPlaceIDs: [Int]
    /// Markdown.
    public var proposal: String
    public var status: ApplicationStatus
    /// What the reviewers wrote with their last decision.
    public var reviewNote: String
    public var submittedAt: Date

    public init(id: Int = 0, callID: Int, userID: Int, leadPlaceID: Int, partnerPlaceIDs: [Int], proposal: String,
                status: ApplicationStatus = .submitted, reviewNote: String = "", submittedAt: Date) {
        self.id = id
        self.callID = callID
        self.userID = userID
        self.leadPlaceID = leadPlaceID
        self.partnerPlaceIDs = partnerPlaceIDs
        self.proposal = proposal
        self.status = status
        self.reviewNote = reviewNote
        self.submittedAt = submittedAt
    }
}
