import Foundation
import SimilarityIndex

/// An article as parts, so that variants can change one part: the title, its site suffix,
/// the paragraphs, the footer.
struct ArticleParts: Sendable {
    var title: String
    var siteSuffix: String
    var paragraphs: [String]
    var footer: String

    var text: String {
        ([title + siteSuffix] + paragraphs + (footer.isEmpty ? [] : [footer])).joined(separator: "\n\n")
    }

    /// The republications a near-duplicate check must catch, each named.
    func variants(extraParagraph: String, using random: inout SplitMix64) -> [(name: String, text: String)] {
        var result: [(String, String)] = []
        var retitled = self
        retitled.siteSuffix = " - Other Site"
        result.append(("title suffix", retitled.text))
        for index in paragraphs.indices where paragraphs.count > 1 {
            var trimmed = self
            trimmed.paragraphs.remove(at: index)
            result.append(("paragraph \(index + 1)/\(paragraphs.count) trimmed", trimmed.text))
        }
        var refooted = self
        refooted.footer = ArticleGenerator.otherFooter
        result.append(("footer replaced", refooted.text))
        var typos = self
        typos.paragraphs = ArticleGenerator.withTypos(paragraphs, count: 3, using: &random)
        result.append(("3 typos", typos.text))
        var extended = self
        extended.paragraphs.insert(extraParagraph, at: paragraphs.count / 2)
        result.append(("paragraph added", extended.text))
        var combined = retitled
        combined.footer = ArticleGenerator.otherFooter
        combined.paragraphs = ArticleGenerator.withTypos(paragraphs, count: 3, using: &random)
        result.append(("title + footer + typos", combined.text))
        return result
    }
}

/// Pseudo-articles of 2–5 KB with a realistic shape of vocabulary: frequent function words
/// (which make the stock phrases unrelated texts share), a long Zipf-distributed tail of
/// content words, and for articles on one subject, a shared topic vocabulary and stock phrases.
enum ArticleGenerator {
    static let siteFooter = "Share this story on social media. Copyright Site News Group, all rights reserved."
    static let otherFooter = "Follow Other Site for daily updates; subscribe to the newsletter and never miss a story."

    static let functionWords = """
        the of and to a in that is was he for it with as his on be at by i this had not are but from or have an \
        they which one you were her all she there would their we him been has when who will more no if out so said \
        what up its about into than them can only other new some could time these two may then do first any my \
        now such like our over man me even most made after also did many before must through back years where much \
        your way well down should because each just those people how too little state good very make world still \
        own see men work long get here between both life being under never day same another know while last might
        """.split(separator: " ").map(String.init)

    /// Invented content words (consonant–vowel syllables), distinct from one another.
    static let contentWords: [String] = {
        var random = SplitMix64(seed: 7)
        let onsets = [
            "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "st", "tr", "pl",
        ]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
        let codas = ["", "", "n", "r", "s", "t", "l", "nd", "st", "ck"]
        var seen = Set<String>()
        var words: [String] = []
        while words.count < 4000 {
            let syllables = Int.random(in: 1...3, using: &random)
            var word = ""
            for _ in 0..<syllables {
                word += onsets.randomElement(using: &random)! + vowels.randomElement(using: &random)!
            }
            word += codas.randomElement(using: &random)!
            if word.count > 2 && seen.insert(word).inserted { words.append(word) }
        }
        return words
    }()

    /// A Zipf(1)-like draw of an index below `count` (rank ≈ count^u for uniform u).
    static func zipf(_ count: Int, using random: inout SplitMix64) -> Int {
        let u = Double.random(in: 0..<1, using: &random)
        return min(count - 1, max(0, Int(pow(Double(count), u)) - 1))
    }

    /// A subject shared by several articles: its own words and stock phrases.
    struct Subject {
        var words: [String]
        var phrases: [String]
    }

    static func subject(seed: UInt64) -> Subject {
        var random = SplitMix64(seed: seed)
        let words = (0..<40).map { _ in contentWords[Int.random(in: 0..<contentWords.count, using: &random)] }
        let phrases = (0..<8).map { _ in
            (0..<Int.random(in: 2...4, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: " ")
        }
        return Subject(words: words, phrases: phrases)
    }

    static func sentence(subject: Subject?, using random: inout SplitMix64) -> String {
        var words: [String] = []
        let length = Int.random(in: 8...26, using: &random)
        while words.count < length {
            let roll = Double.random(in: 0..<1, using: &random)
            if let subject, roll < 0.06 {
                words += subject.phrases.randomElement(using: &random)!.split(separator: " ").map(String.init)
            } else if let subject, roll < 0.16 {
                words.append(subject.words.randomElement(using: &random)!)
            } else if roll < 0.55 {
                words.append(functionWords[zipf(functionWords.count, using: &random)])
            } else {
                words.append(contentWords[zipf(contentWords.count, using: &random)])
            }
        }
        var text = words.joined(separator: " ")
        text = text.prefix(1).uppercased() + text.dropFirst()
        if Int.random(in: 0..<6, using: &random) == 0 { text += ", \(Int.random(in: 1...2025, using: &random))" }
        return text + [".", ".", ".", "?", "!"].randomElement(using: &random)!
    }

    static func paragraph(subject: Subject?, using random: inout SplitMix64) -> String {
        (0..<Int.random(in: 2...5, using: &random)).map { _ in sentence(subject: subject, using: &random) }
            .joined(separator: " ")
    }

    /// An article of 2–5 KB.
    static func article(subject: Subject?, using random: inout SplitMix64) -> ArticleParts {
        let target = Int.random(in: 2000...5000, using: &random)
        var paragraphs: [String] = []
        var size = 0
        while size < target {
            let next = paragraph(subject: subject, using: &random)
            paragraphs.append(next)
            size += next.utf8.count + 2
        }
        let title = sentence(subject: subject, using: &random).dropLast().split(separator: " ").prefix(9)
            .joined(separator: " ")
        return ArticleParts(title: title, siteSuffix: " | Site", paragraphs: paragraphs, footer: siteFooter)
    }

    /// `paragraphs` with `count` words, of four letters or more, given a typo (two middle
    /// letters swapped).
    static func withTypos(_ paragraphs: [String], count: Int, using random: inout SplitMix64) -> [String] {
        var paragraphs = paragraphs
        var done = 0
        var attempts = 0
        while done < count && attempts < 1000 {
            attempts += 1
            let p = Int.random(in: 0..<paragraphs.count, using: &random)
            var words = paragraphs[p].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let w = Int.random(in: 0..<words.count, using: &random)
            var letters = Array(words[w])
            guard letters.count >= 4, letters.allSatisfy(\.isLetter), letters[1] != letters[2] else { continue }
            letters.swapAt(1, 2)
            words[w] = String(letters)
            paragraphs[p] = words.joined(separator: " ")
            done += 1
        }
        return paragraphs
    }
}
