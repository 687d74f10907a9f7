import ArgumentParser
import Foundation
import IngestDaemon

/// `ingestd ingest FILE…`: one-shot ingestion of named files.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest the given files into the store now, printing one line per file.",
        discussion: """
            The files are not moved. Exits with status 1 if any file was rejected or could not be read.

            Example:
              ingestd ingest --store data/articles.jsonl saved/*.txt
            """)

    @OptionGroup var options: SettingsOptions

    @Argument(help: "Article files to ingest.")
    var files: [String]

    func run() throws {
        let settings: IngestSettings
        do {
            settings = try options.resolve()
        } catch {
            throw ValidationError("\(error)")
        }
        var failures = 0
        do {
            try OneShotIngest(settings: settings).run(files) { line in
                print(line.text)
                if line.isFailure { failures += 1 }
            }
        } catch {
            printError("ingestd: \(error)")
            throw ExitCode.failure
        }
        if failures > 0 { throw ExitCode.failure }
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
