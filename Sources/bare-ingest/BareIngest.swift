import ArgumentParser
import CIngestLinux
import Crypto
import Glibc

/// The bench's third contender: the peer's job (read, normalize, SHA-256, skip a known hash,
/// append a JSON line, fsync, move the file) done natively on one thread, with one `fsync`
/// per wake-up, and nothing more: no article parsing, no log entry.
///
/// It exists as a reference point for what the mechanics alone cost on this machine, measured
/// in the same run as ingestd and the peer. It is not a bound: it runs on one thread and does
/// one batch after another, so a daemon that used both cores or overlapped its batches could
/// move files faster. It differs from the peer in ways that do not matter to the bench: it
/// loads no hashes from an existing store, writes no `ingested_at`, stores files that are not
/// UTF-8 with replacement characters, and a name already in `processed/` is replaced.
@main
struct BareIngest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bare-ingest",
        abstract: "The least a watch-folder ingester does, for ingestd-bench to measure beside ingestd.",
        discussion: """
            Watches --inbox with inotify; for the files each wake-up brings: reads, normalizes and \
            hashes each, appends a line for each new one to --store, fsyncs once, then moves them all \
            into --processed. Prints READY once watching; stops on SIGTERM or SIGINT.
            """)

    @Option(help: "The folder to watch (files renamed or written into it).")
    var inbox: String

    @Option(help: "The JSON-lines store to append to.")
    var store: String

    @Option(help: "Where inputs go once their line is durable.")
    var processed: String

    func run() throws {
        do {
            var ingester = try BareIngester(inbox: inbox, store: store, processed: processed)
            say("READY\n", to: STDOUT_FILENO)
            try ingester.run()
        } catch {
            say("bare-ingest: \(error)\n", to: STDERR_FILENO)
            throw ExitCode.failure
        }
    }

    /// Unbuffered, so that the bench sees READY the moment it is written.
    private func say(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
