import Foundation
import IngestCore
import Testing

@Suite("The stored JSON line")
struct ArticleRecordTests {
    private func record(title: String?, body: String) -> ArticleRecord {
        ArticleRecord(
            hash: ContentHash(title: title, body: body), source: "drop \"1\".txt", folder: "iran/2026",
            article: Article(
                title: title, author: nil, published: CalendarDate(year: 2026, month: 1, day: 23), body: body),
            ingestedAt: "2026-11-21T05:02:30.123Z")
    }

    @Test func keysInContractOrderWithNulls() throws {
        let line = String(decoding: record(title: nil, body: "Body").jsonLine(), as: UTF8.self)
        #expect(line.hasSuffix("}\n"))
        #expect(line.filter { $0 == "\n" }.count == 1)
        let keys = ["id", "sha256", "source", "folder", "title", "author", "published", "body", "ingested_at"]
        let positions = try keys.map { key in try #require(line.range(of: "\"\(key)\":")).lowerBound }
        #expect(positions == positions.sorted())
        #expect(line.contains("\"title\":null"))
        #expect(line.contains("\"published\":\"2026-01-23\""))
    }

    @Test func escapesEverythingJSONNeeds() throws {
        let body = "Quote \" backslash \\ newline \n tab \t bell \u{07} unicode ‘ok’"
        let line = record(title: "T", body: body).jsonLine()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        #expect(object["body"] as? String == body)
        #expect(object["source"] as? String == "drop \"1\".txt")
        #expect(object["folder"] as? String == "iran/2026")
        #expect(object["author"] is NSNull)
    }
}
