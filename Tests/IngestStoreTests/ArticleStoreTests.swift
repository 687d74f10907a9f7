import Foundation
import IngestCore
import IngestStore
import Testing

@Suite("The JSON-lines store")
struct ArticleStoreTests {
    private func record(_ number: Int) -> ArticleRecord {
        let body = "Body of article number \(number), with enough words to be an article."
        return ArticleRecord(
            hash: ContentHash(title: "Title \(number)", body: body), source: "a\(number).txt", folder: nil,
            article: Article(title: "Title \(number)", author: nil, published: nil, body: body),
            ingestedAt: "2026-11-21T05:02:30.000Z")
    }

    @Test func appendsCommitsAndFindsEverythingAgainAfterReopening() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/data/articles.jsonl"
        do {
            let store = try ArticleStore(path: path)
            #expect(store.stage(record(1)))
            #expect(store.stage(record(2)))
            #expect(!store.stage(record(1)), "the same content staged twice is a duplicate")
            try store.commit()
            #expect(store.count == 2)
        }
        let reopened = try ArticleStore(path: path)
        #expect(reopened.count == 2)
        #expect(reopened.contains(record(1).hash))
        #expect(!reopened.stage(record(2)))
        #expect(reopened.openReport.tornTail == nil)
        #expect(reopened.openReport.malformedCount == 0)
        let lines = try folder.read("data/articles.jsonl").split(separator: "\n")
        #expect(lines.count == 2)
    }

    @Test func cutsATornLastLineAndKeepsItsBytes() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        let good = String(decoding: record(1).jsonLine() + record(2).jsonLine(), as: UTF8.self)
        let torn = String(String(decoding: record(3).jsonLine(), as: UTF8.self).prefix(40))
        try folder.write("articles.jsonl", good + torn)

        let store = try ArticleStore(path: path)
        #expect(store.count == 2)
        let tail = try #require(store.openReport.tornTail)
        #expect(tail.bytes == torn.utf8.count)
        #expect(try String(contentsOfFile: tail.savedTo, encoding: .utf8) == torn)
        #expect(try folder.read("articles.jsonl") == good)
        // The article whose line was torn can be stored again.
        #expect(store.stage(record(3)))
    }

    @Test func reportsAndKeepsMalformedLines() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        let one = String(decoding: record(1).jsonLine(), as: UTF8.self)
        let two = String(decoding: record(2).jsonLine(), as: UTF8.self)
        let contents = one + "this is not a record\n" + two + "{\"id\":\"x\"}\n"
        try folder.write("articles.jsonl", contents)

        let store = try ArticleStore(path: path)
        #expect(store.count == 2)
        #expect(store.openReport.malformedCount == 2)
        #expect(store.openReport.malformedLines == [2, 4])
        #expect(try folder.read("articles.jsonl") == contents, "nothing is rewritten")
    }

    @Test func readsLinesThatSpanReadChunks() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        do {
            let store = try ArticleStore(path: path)
            for number in 0..<600 {
                var big = record(number)
                big.article.body = String(repeating: "long body text \(number) ", count: 200)
                big.hash = ContentHash(title: big.article.title, body: big.article.body)
                store.stage(big)
            }
            try store.commit()
        }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 2 << 20, "the store is larger than the 1 MiB read chunk")
        let reopened = try ArticleStore(path: path)
        #expect(reopened.count == 600)
        #expect(reopened.openReport.malformedCount == 0)
    }

    @Test func aSecondOpenerIsToldWhoHoldsTheLock() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        let first = try ArticleStore(path: path)
        // flock locks belong to the open file description: a second open, even in this process, conflicts.
        #expect(throws: StoreError.self) { try ArticleStore(path: path) }
        do {
            _ = try ArticleStore(path: path)
        } catch {
            #expect(error.description.contains(path))
            #expect(error.description.contains("process \(getpid())"))
        }
        _ = first
    }

    @Test func theLockIsReleasedWhenTheStoreIsClosed() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        do {
            let first = try ArticleStore(path: path)
            #expect(throws: StoreError.self, "held while open") { try ArticleStore(path: path) }
            _ = first
        }
        #expect(throws: Never.self, "released once closed") { try ArticleStore(path: path) }
    }
}
