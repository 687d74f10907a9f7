/// A folder of generated article files, written once per bench run and hard-linked into each
/// session's staging folder, so that every program is measured on the very same bytes.
struct ArticleCorpus: Sendable {
    let folder: String
    /// File names, in generation order.
    let names: [String]
    /// Total size of the files.
    let bytes: Int

    var paths: [String] { names.map { folder + "/" + $0 } }

    var averageBytes: Int { names.isEmpty ? 0 : bytes / names.count }

    /// Writes articles `0..<count` of `series` into `folder` (emptied first), as `prefix-000001.txt`…,
    /// each saved as `variant(number)` says.
    static func write(
        series: String, count: Int, prefix: String, into folder: String,
        variant: (Int) -> DuplicateVariant = { _ in .exact }
    ) throws(BenchError) -> ArticleCorpus {
        try Files.remove(folder)
        try Files.makeDirectories(folder)
        let generator = ArticleGenerator(series: series)
        var names: [String] = []
        names.reserveCapacity(count)
        var total = 0
        for number in 0..<count {
            let digits = String(number)
            let name = prefix + "-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".txt"
            let bytes = variant(number).apply(Array(generator.article(number).text.utf8))
            try Files.write(folder + "/" + name, bytes)
            names.append(name)
            total += bytes.count
        }
        return ArticleCorpus(folder: folder, names: names, bytes: total)
    }

    /// Hard-links every file into `staging` under its own name.
    func link(into staging: String) throws(BenchError) {
        try Files.makeDirectories(staging)
        for name in names {
            try Files.link(folder + "/" + name, to: staging + "/" + name)
        }
    }
}
