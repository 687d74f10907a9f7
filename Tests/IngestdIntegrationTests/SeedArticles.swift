import Foundation

/// The seed articles (real pages saved as text) and what a good parser extracts from each,
/// read at test time from `/work/shared/fixtures` (or `INGESTD_FIXTURES`); never copied
/// into this repository.
struct SeedArticle: Sendable {
    let file: String
    let bytes: Data
    let title: String?
    let author: String?
    let published: String?
    let bodyStartsWith: String
    let bodyEndsWith: String

    /// The fixtures folder; CI provides it.
    static var fixtures: String {
        ProcessInfo.processInfo.environment["INGESTD_FIXTURES"] ?? "/work/shared/fixtures"
    }

    /// Every seed article with its expectations.
    static func all() throws -> [SeedArticle] {
        let expectedPath = fixtures + "/seeds.expected.json"
        guard let data = FileManager.default.contents(atPath: expectedPath) else {
            throw IntegrationTestError(
                "seed fixtures missing: \(expectedPath) cannot be read (CI provides /work/shared/fixtures; "
                    + "INGESTD_FIXTURES may name another copy)")
        }
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let articles = root["articles"] as? [[String: Any]]
        else { throw IntegrationTestError("\(expectedPath) has no \"articles\" list") }
        return try articles.map { entry in
            guard let file = entry["file"] as? String, let starts = entry["body_starts_with"] as? String,
                let ends = entry["body_ends_with"] as? String
            else { throw IntegrationTestError("\(expectedPath): an entry lacks file or body_*_with") }
            let path = fixtures + "/seeds/" + file
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw IntegrationTestError("seed fixture missing: \(path)")
            }
            return SeedArticle(
                file: file, bytes: bytes, title: entry["title"] as? String, author: entry["author"] as? String,
                published: entry["published"] as? String, bodyStartsWith: starts, bodyEndsWith: ends)
        }
    }

    /// The seed article whose file name starts with `prefix` (e.g. "004").
    static func named(_ prefix: String) throws -> SeedArticle {
        guard let seed = try all().first(where: { $0.file.hasPrefix(prefix) }) else {
            throw IntegrationTestError("no seed article \(prefix)* in \(fixtures)/seeds")
        }
        return seed
    }
}
