import ArgumentParser
import CIngestLinux
import Crypto
import Glibc

/// The bench's third contender: the peer's job (read, normalize, SHA-256, skip a known hash,
/// append a JSON line, fsync, move the file) done natively on one thread, with one `fsync`
/// per wake-up, and nothing more: no article parsing, no log entry.
///
/// It exists to tell what the mechanics alone cost on this machine, measured beside ingestd
/// in the same run: a latency target or a burst rate that this program does not reach
/// cannot be reached by any daemon that does the same job with a parser on top.
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
