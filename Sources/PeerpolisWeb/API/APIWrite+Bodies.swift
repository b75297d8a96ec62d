import Foundation
import Hummingbird
import PeerpolisDomain

/// The JSON bodies the API's writes accept and the answers they give. Decoding is strict, as for matching
/// (`MatchAPIBody`): a wrong type, a missing or an unknown field is a 400 that names it. What is well formed
/// but breaks a rule (a title too short, a weight above 1) is a 422 whose `errors` names each field, with
/// the same sentences the forms show, since the same form types check both.
enum APIWriteBody {
    typealias Keys = MatchAPIBody.Keys

    /// One entry of `PUT /api/v1/places/{slug}/interests`.
    struct Interest: Decodable {
        var theme: String
        var direction: String
        var weight: Double
        var note: String

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            try Keys.reject(c, allowed: ["theme", "direction", "weight", "note"])
            theme = try c.decode(String.self, forKey: Keys("theme"))
            direction = try c.decode(String.self, forKey: Keys("direction"))
            weight = try c.decodeIfPresent(Double.self, forKey: Keys("weight")) ?? 1
            note = try c.decodeIfPresent(String.self, forKey: Keys("note")) ?? ""
        }
    }

    struct Interests: Decodable {
        var interests: [Interest]

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            try Keys.reject(c, allowed: ["interests"])
            interests = try c.decode([Interest].self, forKey: Keys("interests"))
        }
    }

    /// `POST /api/v1/places/{slug}/partner-search`.
    struct NewPost: Decodable {
        var title: String
        var text: String
        var closes: String
        var seeks: [String]
        var offers: [String]

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            try Keys.reject(c, allowed: ["title", "text", "closes", "seeks", "offers"])
            title = try c.decode(String.self, forKey: Keys("title"))
            text = try c.decodeIfPresent(String.self, forKey: Keys("text")) ?? ""
            closes = try c.decodeIfPresent(String.self, forKey: Keys("closes")) ?? ""
            seeks = try c.decodeIfPresent([String].self, forKey: Keys("seeks")) ?? []
            offers = try c.decodeIfPresent([String].self, forKey: Keys("offers")) ?? []
        }
    }

    /// `PATCH /api/v1/partner-search/{slug}`: only the fields present change; `"closes": null` removes the day.
    struct PostChanges: Decodable {
        var title: String?
        var text: String?
        var closes: String??
        var seeks: [String]?
        var offers: [String]?

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            try Keys.reject(c, allowed: ["title", "text", "closes", "seeks", "offers"])
            title = try c.decodeIfPresent(String.self, forKey: Keys("title"))
            text = try c.decodeIfPresent(String.self, forKey: Keys("text"))
            if c.contains(Keys("closes")) {
                closes = try c.decodeNil(forKey: Keys("closes")) ? .some(nil) : .some(try c.decode(String.self, forKey: Keys("closes")))
            }
            seeks = try c.decodeIfPresent([String].self, forKey: Keys("seeks"))
            offers = try c.decodeIfPresent([String].self, forKey: Keys("offers"))
        }
    }

    /// `POST /api/v1/pledges/{slug}/progress`.
    struct Progress: Decodable {
        var date: String?
        var note: String
        var figure: Double?

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            try Keys.reject(c, allowed: ["date", "note", "figure"])
            date = try c.decodeIfPresent(String.self, forKey: Keys("date"))
            note = try c.decode(String.self, forKey: Keys("note"))
            figure = try c.decodeIfPresent(Double.self, forKey: Keys("figure"))
        }
    }

    /// The interests to store and a message per entry that cannot be: the form's rules for weight and note
    /// (`InterestsForm.problem`), plus what only a list can get wrong (an unknown theme or direction, a pair
    /// given twice).
    static func interests(_ body: Interests, themes: [Theme], placeID: Int) -> ([PlaceInterest], [String: String]) {
        let known = Set(themes.map(\.slug))
        var interests: [PlaceInterest] = [], errors: [String: String] = [:], seen: Set<String> = []
        for (index, entry) in body.interests.enumerated() {
            let field = "interests[\(index)]"
            guard known.contains(entry.theme) else {
                errors[field + ".theme"] = "No theme has the slug '\(entry.theme)'; the themes are listed at /api/v1/themes."
                continue
            }
            guard let direction = InterestDirection(rawValue: entry.direction) else {
                errors[field + ".direction"] = "The direction must be 'need' or 'offer'."
                continue
            }
            let note = entry.note.trimmingCharacters(in: .whitespacesAndNewlines)
            if let problem = InterestsForm.problem(weight: String(entry.weight), note: note) {
                errors[field] = problem
            } else if !seen.insert("\(direction.rawValue) \(entry.theme)").inserted {
                errors[field] = "The place already \(direction == .need ? "needs" : "offers") '\(entry.theme)' earlier in the list; give each pair once."
            } else {
                interests.append(PlaceInterest(placeID: placeID, themeSlug: entry.theme, direction: direction,
                                               weight: entry.weight, note: note.isEmpty ? nil : note))
            }
        }
        return (interests, errors)
    }

    /// The figure as the form would hold it, so `ProgressForm` checks it the same way.
    static func figureText(_ figure: Double?) -> String {
        guard let figure else { return "" }
        return figure == figure.rounded() && abs(figure) < 1e15 ? String(Int(figure)) : String(figure)
    }

    // MARK: - Answers

    struct InterestJSON: Encodable {
        var theme: String
        var direction: String
        var weight: Double
        var note: String?
    }

    struct InterestsResponse: Encodable {
        var place: String
        var interests: [InterestJSON]
    }

    struct ProgressJSON: Encodable {
        var date: String
        var note: String
        var amount: Double?
        var quantity: Double?
    }

    struct ProgressResponse: Encodable {
        var pledge: String
        var progress: ProgressJSON
    }

    /// A 422: RFC 9457 problem details with an `errors` member, field → sentence.
    static func invalid(_ errors: [String: String], request: Request) throws -> Response {
        struct ValidationProblem: Encodable {
            var type = "about:blank"
            var title: String
            var status = 422
            var detail: String
            var errors: [String: String]
        }
        var response = try JSONResponse.make(
            ValidationProblem(title: request.info.catalog[.errorBadRequestTitle],
                              detail: "Some fields cannot be saved; 'errors' says what is wrong with each and how to fix it.",
                              errors: errors),
            status: .unprocessableContent)
        response.headers[.contentType] = "application/problem+json"
        return response
    }
}
