import Foundation

/// A `NAME.reason.json` that ingestd writes beside a rejected input, read back.
struct RejectionReason: Sendable {
    let file: String
    let source: String
    /// The rule that refused the file, e.g. `not-utf8`.
    let rule: String
    /// What was found, e.g. "invalid UTF-8 at byte offset 1,203".
    let reason: String
    let advice: String
    let rejectedAt: String

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IntegrationTestError("no reason file at \(path)")
        }
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw IntegrationTestError("\(path) is not a JSON object")
        }
        func field(_ key: String) throws -> String {
            guard let value = object[key] as? String else { throw IntegrationTestError("\(path) has no \"\(key)\"") }
            return value
        }
        file = try field("file")
        source = try field("source")
        rule = try field("rule")
        reason = try field("reason")
        advice = try field("advice")
        rejectedAt = try field("rejected_at")
    }
}
