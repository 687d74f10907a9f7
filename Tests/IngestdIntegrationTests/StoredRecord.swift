import Foundation

/// One line of the store read back with `JSONSerialization`: every field, and the order the
/// keys stand in on the line (the store's contract fixes it).
struct StoredRecord: Sendable {
    /// The keys of a record, in the order every line must have them.
    static let keyOrder = [
        "id", "sha256", "source", "folder", "format", "title", "author", "authors", "published", "published_at", "site",
        "language", "word_count", "body", "quotes", "near_duplicate_of", "similarity", "ingested_at",
    ]

    let line: String
    /// The object's keys as they stand on the line, in order.
    let keys: [String]
    let id: String
    let sha256: String
    let source: String
    let folder: String?
    let title: String?
    let author: String?
    let published: String?
    let body: String
    let ingestedAt: String
    let format: String
    let authors: [String]
    let language: String?
    /// The quotations: who said what.
    let quotes: [(speaker: String?, text: String)]
    let nearDuplicateOf: String?
    let similarity: Double?

    init(line: String) throws {
        self.line = line
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw IntegrationTestError("store line is not a JSON object: \(line.prefix(200))")
        }
        keys = JSONKeyOrder.topLevelKeys(of: line)
        func text(_ key: String) throws -> String? {
            switch object[key] {
            case let value as String: return value
            case is NSNull: return nil
            case nil: throw IntegrationTestError("store line has no \"\(key)\": \(line.prefix(200))")
            case let other?: throw IntegrationTestError("\"\(key)\" is not a string or null: \(other)")
            }
        }
        func required(_ key: String) throws -> String {
            guard let value = try text(key) else {
                throw IntegrationTestError("\"\(key)\" is null: \(line.prefix(200))")
            }
            return value
        }
        id = try required("id")
        sha256 = try required("sha256")
        source = try required("source")
        folder = try text("folder")
        title = try text("title")
        author = try text("author")
        published = try text("published")
        body = try required("body")
        ingestedAt = try required("ingested_at")
        format = try required("format")
        language = try text("language")
        nearDuplicateOf = try text("near_duplicate_of")
        guard let authors = object["authors"] as? [String], let quotes = object["quotes"] as? [[String: Any]] else {
            throw IntegrationTestError("\"authors\" or \"quotes\" is not a list: \(line.prefix(200))")
        }
        self.authors = authors
        self.quotes = quotes.map { (speaker: $0["speaker"] as? String, text: $0["text"] as? String ?? "") }
        similarity = object["similarity"] as? Double
    }

    /// Every line of the store at `path`; none if it does not exist yet.
    static func readStore(at path: String) throws -> [StoredRecord] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        guard data.last == UInt8(ascii: "\n") || data.isEmpty else {
            throw IntegrationTestError("store \(path) does not end in a newline")
        }
        return try data.split(separator: UInt8(ascii: "\n")).map {
            try StoredRecord(line: String(decoding: $0, as: UTF8.self))
        }
    }

    /// The number of newline-terminated lines in the file at `path` (0 if it does not exist).
    static func lineCount(at path: String) -> Int {
        guard let data = FileManager.default.contents(atPath: path) else { return 0 }
        return data.withUnsafeBytes { buffer in
            var count = 0
            var remaining = buffer[...]
            while let newline = remaining.firstIndex(of: UInt8(ascii: "\n")) {
                count += 1
                remaining = remaining[(newline + 1)...]
            }
            return count
        }
    }
}
