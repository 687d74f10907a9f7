/// What the stopwords of a text add up to, per language, for ``LanguageDetector``: a score, to
/// which a word of `k` languages gives `1 / k` each, and a count of hits.
///
/// One SIMD lane per language (index into ``Stopwords/languages``), so that a stopword is
/// counted by adding its language set's precomputed ``Row``: no division and no loop over its
/// languages, at every stopword of every body.
struct StopwordTally: Equatable {
    var scores = SIMD8<Double>()
    var hits = SIMD8<Int32>()

    /// What one word of a language set adds.
    struct Row {
        let scores: SIMD8<Double>
        let hits: SIMD8<Int32>
    }

    /// The row of every language set, indexed by its bits (``StopwordKeys/Languages``). A
    /// member's lane holds `1 / Double(k)`, the very `Double` a division per word gave; every
    /// other lane holds `+0.0`, which leaves a score (never `-0.0`) as it was. So each lane adds
    /// the same terms in the same order as a loop over the word's languages would, and the
    /// scores come out bit for bit the same.
    static let rows: [Row] = (0..<(1 << Stopwords.languages.count)).map { bits in
        let count = bits.nonzeroBitCount
        var scores = SIMD8<Double>()
        var hits = SIMD8<Int32>()
        for language in 0..<Stopwords.languages.count where bits & (1 << language) != 0 {
            scores[language] = 1 / Double(count)
            hits[language] = 1
        }
        return Row(scores: scores, hits: hits)
    }

    @inline(__always)
    mutating func add(_ row: Row) {
        scores += row.scores
        hits &+= row.hits
    }
}
