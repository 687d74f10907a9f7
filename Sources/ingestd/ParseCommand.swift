import ArgumentParser
import Foundation
import IngestCore
import IngestDaemon

/// `ingestd parse FILE…`: shows what ingestd reads from files, without storing or moving them.
///
/// For checking a parser change, or what a saved page will become, before dropping it.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the record each file would be stored as (one JSON line per file); store nothing.",
        discussion: """
            A rejected file prints its reason on standard error, and the exit status is 1.

            Example:
              ingestd parse saved/page.html | jq .quotes
            """)

    @Option(help: "Largest file read, in bytes.")
    var maxFileSize: Int64 = 16 * 1024 * 1024

    @Argument(help: "Article files to read.")
    var files: [String]

    func run() throws {
        let ingestor = FileIngestor(extractor: ArticleExtractor(), maxFileSize: maxFileSize)
        var failures = 0
        for file in files {
            let now = Date()
            switch ingestor.examine(file, now: now) {
            case .article(let extracted):
                let name = URL(fileURLWithPath: file).lastPathComponent
                let record = ArticleRecord(
                    hash: extracted.hash, source: name, folder: nil, article: extracted.article,
                    ingestedAt: Timestamp.rfc3339(now))
                FileHandle.standardOutput.write(Data(record.jsonLine()))
            case .rejected(let rejection):
                printError("ingestd: \(file): rejected, \(rejection); \(rejection.advice)")
                failures += 1
            case .vanished:
                printError("ingestd: \(file): no such file")
                failures += 1
            case .failed(let error):
                printError("ingestd: \(file): \(error)")
                failures += 1
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
