import Crypto
import Foundation

/// Random tokens, their stored digests and signed values. Tokens are 32 random bytes in base64url, so
/// they are safe in cookies and URLs; only their SHA-256 reaches the database.
enum SecretTokens {
    static func random(bytes count: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return base64url(bytes)
    }

    /// The lowercase hex SHA-256 of a token, as stored.
    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// `value.signature` with an HMAC-SHA256 signature, for values the browser keeps but must not forge.
    static func signed(_ value: String, key: SymmetricKey) -> String {
        value + "." + base64url(Array(HMAC<SHA256>.authenticationCode(for: Data(value.utf8), using: key)))
    }

    /// The value of a `signed` string whose signature checks, or nil.
    static func verified(_ signedValue: String, key: SymmetricKey) -> String? {
        guard let dot = signedValue.lastIndex(of: ".") else { return nil }
        let value = String(signedValue[..<dot])
        return constantTimeEqual(signed(value, key: key), signedValue) ? value : nil
    }

    /// Compares secrets without stopping at the first difference, so timing says nothing about a token.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    private static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
