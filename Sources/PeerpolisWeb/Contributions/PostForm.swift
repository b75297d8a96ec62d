import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// A partner-search post as typed in its form, with a message per field that cannot be saved.
struct PostForm: Sendable {
    var title = ""
    var text = ""
    var closes = ""
    var seeks: Set<String> = []
    var offers: Set<String> = []
    var errors: [String: String] = [:]

    init() {}

    init(_ post: PartnerSearchPost) {
        title = post.title
        text = post.text
        closes = post.closes?.description ?? ""
        seeks = Set(post.seeks)
        offers = Set(post.offers)
    }

    /// Reads and checks a submission; themes outside `themes` are ignored, as no form offers them.
    init(form: FormBody, themes: [Theme], today: Day) {
        self.init(title: form.text("title"), text: form.text("text"), closes: form.text("closes"),
                  seeks: Set(themes.map(\.slug).filter { !form.text("seek." + $0).isEmpty }),
                  offers: Set(themes.map(\.slug).filter { !form.text("offer." + $0).isEmpty }), themes: themes, today: today)
    }

    /// Checks values from any source (the form, the API): the rules a post must meet, one message per field.
    init(title: String, text: String, closes: String, seeks: Set<String>, offers: Set<String>, themes: [Theme], today: Day) {
        self.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        self.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        self.closes = closes.trimmingCharacters(in: .whitespacesAndNewlines)
        self.seeks = seeks
        self.offers = offers
        if !(3...200).contains(self.title.count) { errors["title"] = "Give a title of 3 to 200 characters." }
        if self.text.count > 10_000 { errors["text"] = "The text may have at most 10,000 characters; it has \(self.text.count)." }
        if !self.closes.isEmpty {
            if let day = Day(self.closes) {
                if day < today { errors["closes"] = "The closing day cannot be in the past." }
            } else {
                errors["closes"] = "Write the closing day as YYYY-MM-DD, such as 2026-12-31, or leave it empty."
            }
        }
        if seeks.isEmpty && offers.isEmpty { errors["themes"] = "Tick at least one theme the place seeks or offers." }
        if let unknown = seeks.union(offers).subtracting(themes.map(\.slug)).sorted().first {
            errors["themes"] = "No theme has the slug '\(unknown)'; the themes are listed at /api/v1/themes."
        }
    }

    /// The post with these values; only meaningful when `errors` is empty.
    func applied(to post: PartnerSearchPost) -> PartnerSearchPost {
        var result = post
        result.title = title
        result.text = text
        result.closes = Day(closes)
        result.seeks = seeks.sorted()
        result.offers = offers.sorted()
        return result
    }

    /// Field-by-field differences, for the audit log.
    static func changes(from old: PartnerSearchPost?, to new: PartnerSearchPost) -> [String: AuditChange] {
        var changes: [String: AuditChange] = [:]
        func note(_ field: String, _ before: String?, _ after: String?) {
            if before != after { changes[field] = AuditChange(from: before, to: after) }
        }
        note("title", old?.title, new.title)
        note("text", old?.text, new.text)
        note("closes_on", old?.closes?.description, new.closes?.description)
        note("seeks", old.map { $0.seeks.joined(separator: ",") }, new.seeks.joined(separator: ","))
        note("offers", old.map { $0.offers.joined(separator: ",") }, new.offers.joined(separator: ","))
        return changes
    }
}
