import ArgumentParser

/// `ingestd`: the command-line entry point; every subcommand is a thin layer over the
/// IngestDaemon library.
@main
struct Ingestd: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "ingestd",
        abstract: "Watch-folder ingestion daemon: turns article files dropped in an inbox into a JSON-lines store.",
        discussion: """
            Examples:
              ingestd run                                  # watch ./inbox, store in ./data/articles.jsonl
              ingestd run --inbox /srv/inbox --store /srv/articles.jsonl
              ingestd ingest saved/*.txt                   # one-shot: ingest these files now
              ingestd parse saved/page.html                # show the record a file would become
            """,
        version: version,
        subcommands: [RunCommand.self, IngestCommand.self, ParseCommand.self],
        defaultSubcommand: nil
    )
}
