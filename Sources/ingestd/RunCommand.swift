import ArgumentParser
import IngestDaemon
import Logging
import ServiceLifecycle
import UnixSignals

/// `ingestd run`: the daemon.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Watch the inbox and ingest every article file dropped into it, until stopped.",
        discussion: """
            Files already in the inbox are ingested at start. Each new article becomes one line of the \
            store; the input then moves to the processed folder, or to the rejected folder with a \
            NAME.reason.json that says why. SIGTERM/SIGINT stop after the file in hand; SIGHUP \
            re-reads the settings.

            Settings come from flags, then INGESTD_* environment variables (INGESTD_INBOX, \
            INGESTD_MAX_FILE_SIZE, …), then the config file, then the defaults.

            Example:
              ingestd run --inbox ~/articles/inbox --store ~/articles/articles.jsonl
            """)

    @OptionGroup var options: SettingsOptions

    func run() async throws {
        let settings: IngestSettings
        do {
            settings = try options.resolve()
        } catch {
            throw ValidationError("\(error)")
        }
        let logging = LoggingSetup(settings: settings)
        let logger = logging.logger()
        let options = options
        let service = IngestService(
            settings: settings,
            reloadSettings: { try options.resolve() },
            logger: logger,
            notifier: logging.notifier,
            onLogLevelChange: { logging.level.set($0) })
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: service)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        do {
            try await group.run()
        } catch {
            logger.critical("ingestd stopped: \(error)")
            throw ExitCode.failure
        }
    }
}
