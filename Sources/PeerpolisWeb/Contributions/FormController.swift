import Hummingbird

/// The answers every controller of signed-in pages and writes gives: pages that are never stored by a
/// cache (they carry a form's token or someone's own data), and the redirect after a successful write.
protocol FormController {}

extension FormController {
    func html(_ request: Request, _ page: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = HTMLResponse.make(page, status: status, language: request.info.language)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path, .cacheControl: "no-store"])
    }
}
