import Foundation
import IngestCore
import SimilarityIndex
import Testing

@testable import IngestStore

@Suite("Near-duplicates found through the store")
struct NearDuplicateStoreTests {
    /// Eight paragraphs of words no other article in this suite uses.
    private func paragraphs(_ topic: String) -> [String] {
        (1...8).map { number in
            (1...40).map { word in "\(topic)\(number)w\((word * 7 + number) % 23)x\(word)" }.joined(separator: " ")
                + "."
        }
    }

    private func record(title: String, _ paragraphs: [String]) -> ArticleRecord {
        let body = paragraphs.joined(separator: "\n\n")
        return ArticleRecord(
            hash: ContentHash(title: title, body: body), source: "\(title).txt", folder: nil,
            article: Article(title: title, author: nil, published: nil, body: body), ingestedAt: "2026-11-21T05:02:30Z")
    }

    private func lookUp(_ record: ArticleRecord, in store: ArticleStore) -> NearDuplicateMatch? {
        let probe = SimilarityProbe(body: record.article.body)
        return store.nearestDuplicate(of: probe, for: record.hash, minimumSimilarity: 0.8)
    }

    @Test func aRepublishedArticleIsFoundAfterARestartAndAnUnrelatedOneIsNot() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        let original = record(title: "Rivers rise | The Courier", paragraphs("river"))
        let other = record(title: "Markets calm", paragraphs("market"))
        do {
            let store = try ArticleStore(path: path)
            store.stage(original)
            store.stage(other)
            try store.commit()
        }
        let store = try ArticleStore(path: path)
        var trimmed = paragraphs("river")
        trimmed.removeLast()
        trimmed.append("Sign up for our newsletter to read more stories like this one every morning.")
        let republished = record(title: "Rivers rise - Daily Digest", trimmed)
        let match = try #require(lookUp(republished, in: store))
        #expect(match.articleID == original.id)
        #expect(match.similarity > 0.8 && match.similarity < 1)
        #expect(lookUp(record(title: "Forests grow", paragraphs("forest")), in: store) == nil)
        // Read back through a snapshot, from the offsets the index file gave.
        let snapshotProbe = SimilarityProbe(body: republished.article.body, near: store.similaritySnapshot)
        #expect(snapshotProbe.lookup?.compared[0]?.containment == match.similarity)
        // The threshold is the operator's: a stricter one, or none, and the copy is not marked.
        let probe = SimilarityProbe(body: republished.article.body)
        #expect(store.nearestDuplicate(of: probe, for: republished.hash, minimumSimilarity: 0.99) == nil)
        #expect(store.nearestDuplicate(of: probe, for: republished.hash, minimumSimilarity: nil) == nil)
        #expect(store.nearestDuplicate(of: probe, for: original.hash, minimumSimilarity: 0.8) == nil, "stored already")
    }

    @Test func aSnapshotFindsStoredLinesFromAFullScanToo() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        let original = record(title: "Rivers rise", paragraphs("river"))
        do {
            let store = try ArticleStore(path: path)
            store.stage(record(title: "Markets calm", paragraphs("market")))
            store.stage(original)
            try store.commit()
        }
        try FileManager.default.removeItem(atPath: path + ".index")
        let store = try ArticleStore(path: path)
        #expect(store.openReport.indexSource == .scan(because: "there is no index file"))
        var edited = paragraphs("river")
        edited[2] = edited[2].replacingOccurrences(of: "river3w", with: "rivers3w")
        let copyEdit = record(title: "Rivers rise (updated)", edited)
        let probe = SimilarityProbe(body: copyEdit.article.body, near: store.similaritySnapshot)
        #expect(try #require(probe.lookup?.compared[1]).isNearDuplicate)
        #expect(store.nearestDuplicate(of: probe, for: copyEdit.hash, minimumSimilarity: 0.8)?.articleID == original.id)
    }

    @Test func anArticleStagedInTheSameBatchIsCheckedToo() throws {
        let folder = try TemporaryDirectory()
        let store = try ArticleStore(path: folder.path + "/articles.jsonl")
        let original = record(title: "Harbour works", paragraphs("harbour"))
        store.stage(original)
        var edited = paragraphs("harbour")
        edited[3] = edited[3].replacingOccurrences(of: "harbour4w", with: "harbor4w")
        let match = try #require(lookUp(record(title: "Harbour works (updated)", edited), in: store))
        #expect(match.articleID == original.id)
        try store.commit()
        #expect(store.similarityIndex.count == 1)
    }

    @Test func aLookupInAnOlderSnapshotStillSeesTheArticlesStoredSince() throws {
        let folder = try TemporaryDirectory()
        let store = try ArticleStore(path: folder.path + "/articles.jsonl")
        let unrelated = record(title: "Orchards", paragraphs("orchard"))
        store.stage(unrelated)
        try store.commit()
        let snapshot = store.similaritySnapshot
        let original = record(title: "Harbour works", paragraphs("harbour"))
        store.stage(original)
        try store.commitWithoutIndexFile()
        #expect(store.similarityIndex.count == 1, "the new fingerprint waits until the copies are let go")
        var edited = paragraphs("harbour")
        edited[3] = edited[3].replacingOccurrences(of: "harbour4w", with: "harbor4w")
        let copyEdit = record(title: "Harbour works (updated)", edited)
        let probe = SimilarityProbe(body: copyEdit.article.body, near: snapshot)
        #expect(probe.lookup?.searchedCount == 1)
        #expect(probe.lookup?.compared.isEmpty == true, "the snapshot holds no article near it")
        let match = try #require(store.nearestDuplicate(of: probe, for: copyEdit.hash, minimumSimilarity: 0.8))
        #expect(match.articleID == original.id)
        store.indexRecentFingerprints()
        #expect(store.similarityIndex.count == 2)
        let fresh = SimilarityProbe(body: copyEdit.article.body, near: store.similaritySnapshot)
        #expect(fresh.lookup?.candidates.map(\.ordinal) == [1])
        // Compared with the stored text already, off the store's thread.
        let compared = try #require(fresh.lookup?.compared[1])
        #expect(compared.containment == match.similarity)
        #expect(store.nearestDuplicate(of: fresh, for: copyEdit.hash, minimumSimilarity: 0.8) == match)
    }

    @Test func aSnapshotComparesWithTheStoredTextAsTheStoreWouldAndOutlivesTheStore() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        let original = record(title: "Harbour works", paragraphs("harbour"))
        var edited = paragraphs("harbour")
        edited[5] = edited[5].replacingOccurrences(of: "harbour6w", with: "harbor6w")
        let copyEdit = record(title: "Harbour works (updated)", edited)
        let snapshot: StoredSimilarity
        do {
            let store = try ArticleStore(path: path)
            for topic in ["orchard", "market", "forest"] { store.stage(record(title: topic, paragraphs(topic))) }
            store.stage(original)
            try store.commit()
            snapshot = store.similaritySnapshot
            let onItsOwn = try #require(lookUp(copyEdit, in: store))
            let probe = SimilarityProbe(body: copyEdit.article.body, near: snapshot)
            #expect(store.nearestDuplicate(of: probe, for: copyEdit.hash, minimumSimilarity: 0.8) == onItsOwn)
        }
        // The store is closed; the snapshot reads through a descriptor of its own.
        let probe = SimilarityProbe(body: copyEdit.article.body, near: snapshot)
        let compared = try #require(probe.lookup?.compared[3])
        #expect(compared.isNearDuplicate)
        #expect(probe.lookup?.compared.keys.sorted() == [3], "only the near article is a candidate")
    }

    @Test func aShortExcerptOfALongArticleIsNotItsNearDuplicate() throws {
        let folder = try TemporaryDirectory()
        let store = try ArticleStore(path: folder.path + "/articles.jsonl")
        store.stage(record(title: "Long report", paragraphs("report")))
        try store.commit()
        let excerpt = record(title: "A quote from the report", Array(paragraphs("report").prefix(2)))
        #expect(lookUp(excerpt, in: store) == nil)
    }
}
