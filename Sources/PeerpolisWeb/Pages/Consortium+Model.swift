import PeerpolisDomain
import PeerpolisStorage

/// The consortium page of a call: the lead picker, the proposed partners and every rule's status.
struct ConsortiumPageModel: Sendable {
    var title: String
    var intro: String
    var action: String
    var lead: String
    var size: String
    /// Each rule's sentence, with "Met" or "Not met" once a consortium was proposed.
    var rules: [(status: String?, sentence: String)]
    var problems: [String]
    var partners: [ListItem]
    var total: String?
    var notice: String?
}

extension Pages {
    func consortium(callSlug: String, matching: MatchingController) async throws -> ConsortiumPageModel {
        let call = try await matching.call(slug: callSlug)
        var model = ConsortiumPageModel(
            title: t.format(.consortiumTitle, call.title), intro: t[.consortiumIntro],
            action: SiteURL.callConsortium(call.slug).path, lead: info.string("lead") ?? "",
            size: info.string("size") ?? "", rules: [], problems: [], partners: [], total: nil, notice: nil)
        guard let leadSlug = info.string("lead") else {
            model.notice = t[.consortiumPickLead]
            model.rules = ruleLines(call.rules).map { (nil, $0) }
            return model
        }
        let size: Int?
        if let text = info.string("size") {
            guard let value = Int(text) else { throw WebError.badRequest("The size must be a whole number, not '\(text.prefix(20))'.") }
            size = value
        } else {
            size = nil
        }
        let lead = try await matching.place(slug: leadSlug)
        let consortium = try await matching.consortium(call: call, lead: lead, size: size)
        let index = try await matching.service.snapshot().matchmaker.index
        model.rules = consortium.rules.map { (t[$0.isMet ? .ruleMet : .ruleNotMet], $0.sentence) }
        model.problems = consortium.problems
        model.partners = ([consortium.lead] + consortium.partners).compactMap { member in
            guard let slug = index.slugAndName(placeID: member.placeID)?.slug else { return nil }
            let country = reference.countriesByCode[member.countryCode]?.name ?? member.countryCode
            let role = member.placeID == lead.id ? t.label("role", MemberRole.lead.rawValue) : t.format(.partnersScore, decimal(member.score))
            return ListItem(title: member.name, url: .place(slug), meta: [country, role])
        }
        model.total = t.format(.consortiumTotal, decimal(consortium.totalScore))
        if consortium.partners.isEmpty { model.notice = t[.consortiumNone] }
        return model
    }
}
