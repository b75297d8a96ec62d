import PeerpolisDomain
import PeerpolisStorage

/// `/partner-search` (every post with its best fits) and `/partner-search/{slug}` (one post in full).
struct PartnerSearchPageModel: Sendable {
    var title: String
    var intro: String?
    var facts: [Fact]
    var emptyText: String?
    var posts: [ListItem]
    /// Other posts that fit, and places whose profiles fit (detail page only).
    var postMatches: [ListItem]
    var placeMatches: [PartnerRow]
    var isDetail: Bool
}

extension Pages {
    func partnerSearch(matching: MatchingController, slug: String? = nil) async throws -> PartnerSearchPageModel {
        let snapshot = try await matching.service.snapshot()
        let matcher = PostMatcher(matchmaker: snapshot.matchmaker)
        let index = snapshot.matchmaker.index
        func item(_ post: PartnerSearchPost, meta extra: [String] = []) -> ListItem {
            let place = index.slugAndName(placeID: post.placeID)?.name ?? ""
            return ListItem(title: post.title, url: .partnerSearchPost(post.slug),
                            meta: [place, "\(t[.postSeeks]): \(themeNames(post.seeks))",
                                   "\(t[.postOffers]): \(themeNames(post.offers))"] + extra,
                            summary: post.text)
        }
        guard let slug else {
            let posts = snapshot.posts.map { post in
                let best = matcher.matches(for: post, among: snapshot.posts, today: today).prefix(3)
                    .map { "\(t[.postMatchesPosts]): \($0.post.title)" }
                return item(post, meta: Array(best))
            }
            return PartnerSearchPageModel(title: t[.navPartnerSearch], intro: t[.partnerSearchIntro], facts: [],
                                          emptyText: t[.partnerSearchEmpty], posts: posts, postMatches: [],
                                          placeMatches: [], isDetail: false)
        }
        guard let post = snapshot.posts.first(where: { $0.slug == slug }) else { throw WebError.notFound }
        var facts: [Fact] = []
        if let place = index.slugAndName(placeID: post.placeID) {
            facts.append(Fact(t[.fieldPlaces], [.link(place.name, .place(place.slug)), .text(" · "),
                                                .link(t[.postContactLink], .postContact(post.slug))]))
        }
        facts.append(Fact(t[.postSeeks], themeLinks(post.seeks)))
        facts.append(Fact(t[.postOffers], themeLinks(post.offers)))
        if let callID = post.callID, let call = try await Call.fetchAll(CallFilter(), today: today, on: db).first(where: { $0.id == callID }) {
            facts.append(Fact(t[.postCall], [.link(call.title, .call(call.slug))]))
        }
        facts.append(Fact(t[.fieldPublished], format.day(post.published)))
        if let closes = post.closes { facts.append(Fact(t[.fieldCloses], format.day(closes))) }
        let postMatches = matcher.matches(for: post, among: snapshot.posts, today: today).map { match in
            ListItem(title: match.post.title, url: .partnerSearchPost(match.post.slug),
                     meta: [t.format(.partnersScore, decimal(match.score))], summary: match.reasons.joined(separator: " "))
        }
        // A post that names no theme and no words the lexicon knows has nothing to match profiles on.
        let profiles = (try? matcher.profileMatches(for: post, limit: 10, today: today).results) ?? []
        return PartnerSearchPageModel(title: post.title, intro: post.text, facts: facts, emptyText: t[.postNoMatches],
                                      posts: [], postMatches: postMatches, placeMatches: profiles.map(partnerRow),
                                      isDetail: true)
    }
}
