import Foundation

/// The five real seed articles in `shared/fixtures/seeds` beside the repository (or beside a
/// folder holding it, for a worktree), all on one subject, read in place and never copied;
/// empty where the shared fixtures are absent.
enum SeedArticles {
    static let directory: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        while folder.path != "/" {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/fixtures/seeds")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return folder.appendingPathComponent("shared/fixtures/seeds")
    }()

    static var available: Bool { !all.isEmpty }

    /// Each seed as parts: its first block as the title, the other blocks as paragraphs, no footer.
    static let all: [ArticleParts] = {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.sorted().compactMap { name in
            guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
                return nil
            }
            let blocks = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            guard blocks.count > 2 else { return nil }
            return ArticleParts(
                title: blocks[0], siteSuffix: " | Site", paragraphs: Array(blocks.dropFirst()),
                footer: ArticleGenerator.siteFooter)
        }
    }()

    /// A paragraph written for these tests, on the seeds' subject, to add to a seed.
    static let addedParagraph = """
        Analysts who follow the country closely say the pattern of resignations is hard to read from abroad, \
        since officials rarely announce their departures and state media reports only a fraction of them. \
        Several of the accounts could not be confirmed independently this week.
        """
}
