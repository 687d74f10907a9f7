import Foundation

/// Everything one bench run measured, as written to `results.json`: the raw rounds, the
/// medians, and the table with its targets, so that a later run can be compared figure by figure.
struct BenchReport: Codable, Sendable {
    var formatVersion = 1
    var startedAt: String
    var mode: String
    var machine: MachineInfo
    var ingestdPath: String
    var files: Int
    var rounds: Int
    var latencyDrops: Int
    var averageArticleBytes: Int
    var floor: FloorMeasurement
    /// CPU per file of extraction, shingles and the store line, on one thread.
    var extraction: ExtractionMeasurement
    /// Every session in the order run (the contenders alternating).
    var sessions: [SessionResult]
    var ingestd: ContenderSummary?
    var peer: ContenderSummary?
    /// `bare-ingest`: the peer's job done natively, without parsing.
    var bare: ContenderSummary?
    /// The large burst (`BENCH_LARGE=1`), ingestd only.
    var large: SessionResult?
    var restarts: [RestartMeasurement]
    var table: [BenchTable.Row]

    /// Writes the report as pretty-printed JSON to `path`.
    func write(to path: String) throws(BenchError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            let data = try encoder.encode(self)
            try Files.write(path, Array(data) + [0x0A])
        } catch let error as BenchError {
            throw error
        } catch {
            throw BenchError("cannot encode the report: \(error)")
        }
    }
}
