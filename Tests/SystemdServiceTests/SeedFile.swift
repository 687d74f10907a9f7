import Foundation
import SystemdTestSupport

/// A seed article (a real page saved as text) from the shared fixtures, and the title a good parser finds in it
/// (`nil` where the article states none). Read at test time from `/work/shared/fixtures` (or `INGESTD_FIXTURES`):
/// `seeds/NAME` and `seeds.expected.json`; never copied into this repository.
struct SeedFile: Sendable {
    let name: String
    let bytes: Data
    let title: String?

    /// The fixtures folder; CI provides it.
    static var fixtures: String {
        ProcessInfo.processInfo.environment["INGESTD_FIXTURES"] ?? "/work/shared/fixtures"
    }

    /// Every seed article listed in `seeds.expected.json`.
    static func all() throws -> [SeedFile] {
        let expected = fixtures + "/seeds.expected.json"
        guard let data = FileManager.default.contents(atPath: expected) else {
            throw SystemdTestError("seed fixtures missing: cannot read \(expected) (set INGESTD_FIXTURES)")
        }
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let articles = root["articles"] as? [[String: Any]]
        else { throw SystemdTestError("\(expected) has no \"articles\" list") }
        return try articles.map { article in
            guard let name = article["file"] as? String else {
                throw SystemdTestError("\(expected): an article has no \"file\"")
            }
            let path = fixtures + "/seeds/" + name
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw SystemdTestError("seed fixture missing: \(path)")
            }
            return SeedFile(name: name, bytes: bytes, title: article["title"] as? String)
        }
    }
}
