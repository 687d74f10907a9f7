/// The table `make bench` prints: each figure for ingestd, the peer, `bare-ingest` and the
/// floor, ingestd's ratio to them (always ingestd's figure divided by theirs), the issue's
/// target and whether it is met.
enum BenchTable {
    /// One line of the table.
    struct Row: Codable, Sendable {
        var figure: String
        var ingestd: String
        var peer: String = ""
        /// `bare-ingest`: the peer's job done natively, without parsing.
        var bare: String = ""
        var floor: String = ""
        var ratio: String = ""
        var target: String = ""
        /// `pass`, `FAIL`, or empty for a figure without a target.
        var verdict: String = ""
    }

    static let headers = Row(
        figure: "figure", ingestd: "ingestd", peer: "peer", bare: "bare", floor: "floor", ratio: "ratio",
        target: "target", verdict: "result")

    static func rows(
        ingestd: ContenderSummary?, peer: ContenderSummary?, bare: ContenderSummary?, floor: FloorMeasurement,
        large: SessionResult?, restarts: [RestartMeasurement]
    ) -> [Row] {
        var rows: [Row] = []
        func verdict(_ pass: Bool) -> String { pass ? "pass" : "FAIL" }
        func ms(_ value: Double?) -> String { value.map { $0.formatted(places: 2) } ?? "" }
        func times(_ value: Double) -> String { value.formatted(places: value < 10 ? 2 : 1) + "×" }
        func peerRatio(_ value: Double, _ peerValue: Double?) -> String {
            guard let peerValue, peerValue > 0 else { return "" }
            return times(value / peerValue) + " peer"
        }

        if let ingestd {
            let n = ingestd.burstFiles.grouped
            rows.append(
                Row(
                    figure: "burst \(n): seconds to all durable", ingestd: ingestd.burstSeconds.formatted(places: 2),
                    peer: peer.map { $0.burstSeconds.formatted(places: 2) } ?? "",
                    bare: bare.map { $0.burstSeconds.formatted(places: 2) } ?? "",
                    ratio: peerRatio(ingestd.burstSeconds, peer?.burstSeconds)))
            var speed = Row(
                figure: "burst \(n): files/s", ingestd: ingestd.burstFilesPerSecond.formatted(places: 0),
                bare: bare.map { $0.burstFilesPerSecond.formatted(places: 0) } ?? "", target: "≥10× peer")
            if let peer, peer.burstFilesPerSecond > 0 {
                let ratio = ingestd.burstFilesPerSecond / peer.burstFilesPerSecond
                speed.peer = peer.burstFilesPerSecond.formatted(places: 0)
                speed.ratio = times(ratio) + " peer"
                speed.verdict = verdict(ratio >= 10)
            }
            rows.append(speed)
            let ofFloor = floor.filesPerSecond > 0 ? ingestd.burstFilesPerSecond / floor.filesPerSecond : 0
            rows.append(
                Row(
                    figure: "burst \(n): files/s vs floor", ingestd: ingestd.burstFilesPerSecond.formatted(places: 0),
                    floor: floor.filesPerSecond.formatted(places: 0), ratio: times(ofFloor) + " floor",
                    target: "≥0.33× floor", verdict: verdict(ofFloor >= 1.0 / 3)))
            if let moves = floor.renameInAndOutFilesPerSecond, moves > 0 {
                rows.append(
                    Row(
                        figure: "burst \(n): files/s vs the renames in and out alone",
                        ingestd: ingestd.burstFilesPerSecond.formatted(places: 0),
                        bare: bare.map { $0.burstFilesPerSecond.formatted(places: 0) } ?? "",
                        floor: moves.formatted(places: 0),
                        ratio: times(ingestd.burstFilesPerSecond / moves) + " renames"))
            }
            // The mechanics alone (read, hash, one fsync per wake-up, rename), which the floor leaves out.
            if let bare, bare.burstFilesPerSecond > 0 {
                rows.append(
                    Row(
                        figure: "burst \(n): files/s vs bare",
                        ingestd: ingestd.burstFilesPerSecond.formatted(places: 0),
                        bare: bare.burstFilesPerSecond.formatted(places: 0),
                        ratio: times(ingestd.burstFilesPerSecond / bare.burstFilesPerSecond) + " bare"))
            }
            rows.append(
                Row(
                    figure: "burst \(n): CPU seconds", ingestd: ingestd.burstCPUSeconds.formatted(places: 2),
                    peer: peer.map { $0.burstCPUSeconds.formatted(places: 2) } ?? "",
                    bare: bare.map { $0.burstCPUSeconds.formatted(places: 2) } ?? "",
                    ratio: peerRatio(ingestd.burstCPUSeconds, peer?.burstCPUSeconds)))
            rows.append(
                Row(
                    figure: "burst \(n): peak RSS MiB", ingestd: ingestd.burstPeakRSSMiB.formatted(places: 1),
                    peer: peer.map { $0.burstPeakRSSMiB.formatted(places: 1) } ?? "",
                    bare: bare.map { $0.burstPeakRSSMiB.formatted(places: 1) } ?? "",
                    ratio: peerRatio(ingestd.burstPeakRSSMiB, peer?.burstPeakRSSMiB)))
            rows.append(
                Row(
                    figure: "burst \(n): every file stored once", ingestd: ingestd.burstAllDurable ? "yes" : "NO",
                    peer: peer.map { $0.burstAllDurable ? "yes" : "NO" } ?? "",
                    bare: bare.map { $0.burstAllDurable ? "yes" : "NO" } ?? "", target: "yes",
                    verdict: verdict(ingestd.burstAllDurable)))
            if let seconds = ingestd.duplicateSeconds, let caught = ingestd.duplicatesCaught,
                let files = ingestd.duplicateFiles
            {
                rows.append(
                    Row(
                        figure: "duplicates \(files.grouped): seconds", ingestd: seconds.formatted(places: 2),
                        peer: peer?.duplicateSeconds.map { $0.formatted(places: 2) } ?? "",
                        bare: bare?.duplicateSeconds.map { $0.formatted(places: 2) } ?? "",
                        ratio: peerRatio(seconds, peer?.duplicateSeconds)))
                rows.append(
                    Row(
                        figure: "duplicates \(files.grouped): caught", ingestd: caught.grouped,
                        peer: peer?.duplicatesCaught.map(\.grouped) ?? "",
                        bare: bare?.duplicatesCaught.map(\.grouped) ?? "", target: "all \(files.grouped)",
                        verdict: verdict(caught == files)))
            }
            if let latency = ingestd.latency {
                let peerLatency = peer?.latency
                let bareLatency = bare?.latency
                let idle = floor.idleCommitMilliseconds
                let figures: [(String, Double, Double?, Double?, Double?, Double?)] = [
                    ("p50", latency.p50, peerLatency?.p50, bareLatency?.p50, idle?.p50, 0.7),
                    ("p90", latency.p90, peerLatency?.p90, bareLatency?.p90, idle?.p90, nil),
                    ("p99", latency.p99, peerLatency?.p99, bareLatency?.p99, idle?.p99, 2),
                    ("max", latency.max, peerLatency?.max, bareLatency?.max, idle?.max, nil),
                ]
                for (name, value, peerValue, bareValue, floorValue, limit) in figures {
                    var row = Row(
                        figure: "latency \(name) ms", ingestd: ms(value), peer: ms(peerValue), bare: ms(bareValue),
                        floor: ms(floorValue))
                    row.ratio = peerRatio(value, peerValue)
                    if let limit {
                        row.target = "<\(limit.formatted(places: 1)) ms"
                        row.verdict = verdict(value < limit)
                        // Missed by a bare write + fsync, or else by the bare daemon, too (in
                        // its own sessions of the same run): the disk or the mechanics, not
                        // the parsing, stand in the way.
                        if value >= limit, let floorValue, floorValue >= limit {
                            row.verdict += " (floor too)"
                        } else if value >= limit, let bareValue, bareValue >= limit {
                            row.verdict += " (bare too)"
                        }
                    }
                    rows.append(row)
                }
                // What each program adds to a bare write + fsync: the part of a drop's latency
                // that is its own, apart from how slow the disk is that day. The floor is
                // measured in a phase of its own, so on a noisy disk this can come out below 0
                // (no ratio is given then).
                if let floorP50 = idle?.p50 {
                    let own = latency.p50 - floorP50
                    let peerOwn = peerLatency.map { $0.p50 - floorP50 }
                    let bareOwn = bareLatency.map { $0.p50 - floorP50 }
                    rows.append(
                        Row(
                            figure: "latency p50 above the floor's, ms", ingestd: own.formatted(places: 2),
                            peer: peerOwn.map { $0.formatted(places: 2) } ?? "",
                            bare: bareOwn.map { $0.formatted(places: 2) } ?? "",
                            ratio: own > 0 ? peerRatio(own, peerOwn) : ""))
                }
                if ingestd.latencyMisses > 0 {
                    rows.append(
                        Row(
                            figure: "latency: drops not durable in 10 s", ingestd: ingestd.latencyMisses.grouped,
                            target: "0", verdict: "FAIL"))
                }
            }
        }
        for restart in restarts {
            let n = restart.articles.grouped
            let isTarget = restart.articles >= 1_000_000
            rows.append(
                Row(
                    figure: "restart \(n) stored: s to READY=1",
                    ingestd: restart.medianReadySeconds.formatted(places: 3),
                    target: isTarget ? "≤0.5 s" : "",
                    verdict: isTarget ? verdict(restart.medianReadySeconds <= 0.5) : ""))
            rows.append(
                Row(
                    figure: "restart \(n) stored: RSS at READY MiB",
                    ingestd: restart.medianRSSAtReadyMiB.formatted(places: 1), target: isTarget ? "<128 MiB" : "",
                    verdict: isTarget ? verdict(restart.medianRSSAtReadyMiB < 128) : ""))
            if let seconds = restart.fullReadSeconds, let rss = restart.fullReadRSSAtReadyMiB {
                rows.append(
                    Row(
                        figure: "restart \(n) stored, no index file (whole store read, 1 run): s to READY=1, RSS MiB",
                        ingestd: "\(seconds.formatted(places: 2)), \(rss.formatted(places: 1))"))
            }
        }
        if let large {
            let n = large.burst.files.grouped
            rows.append(
                Row(
                    figure: "burst \(n): files/s", ingestd: large.burst.filesPerSecond.formatted(places: 0),
                    floor: floor.filesPerSecond.formatted(places: 0),
                    ratio: floor.filesPerSecond > 0
                        ? times(large.burst.filesPerSecond / floor.filesPerSecond) + " floor" : ""))
            rows.append(
                Row(
                    figure: "burst \(n): CPU s / peak RSS MiB",
                    ingestd: large.burst.cpuSeconds.formatted(places: 1) + " / "
                        + large.burst.peakRSSMiB.formatted(places: 1)))
            let growth = large.burst.rssLastTenthMiB - large.burst.rssFirstTenthMiB
            rows.append(
                Row(
                    figure: "burst \(n): RSS first → last 10% MiB",
                    ingestd: large.burst.rssFirstTenthMiB.formatted(places: 1) + " → "
                        + large.burst.rssLastTenthMiB.formatted(places: 1),
                    target: "flat (≤+16 MiB)", verdict: verdict(growth <= 16 && large.burst.allDurable)))
        }
        rows.append(
            Row(
                figure: "floor: read+SHA-256 files/s, 1 / 2 threads", ingestd: "",
                floor: floor.readHashOneThreadFilesPerSecond.formatted(places: 0) + " / "
                    + floor.readHashTwoThreadsFilesPerSecond.formatted(places: 0)))
        rows.append(
            Row(
                figure: "floor: write 100 lines + fsync, ms", ingestd: "",
                floor: floor.commit100LinesMilliseconds.formatted(places: 2)))
        if let moves = floor.renameInAndOutFilesPerSecond {
            rows.append(
                Row(
                    figure: "floor: rename each file into the inbox, then out (one rename lock), files/s",
                    ingestd: "", floor: moves.formatted(places: 0)))
        }
        if let idle = floor.idleCommitMilliseconds {
            rows.append(
                Row(
                    figure: "floor: write 1 line + fsync after 20 ms idle, p50 / p99 ms", ingestd: "",
                    floor: idle.p50.formatted(places: 2) + " / " + idle.p99.formatted(places: 2)))
        }
        return rows
    }

    /// What one file's content costs the CPU, on one thread with the file in memory.
    static func extractionRows(_ extraction: ExtractionMeasurement) -> [Row] {
        func us(_ value: Double) -> String { value.formatted(places: 1) }
        return [
            Row(
                figure: "CPU per file, one thread: extract / shingles / line, µs",
                ingestd: us(extraction.extractMicroseconds) + " / " + us(extraction.shinglesMicroseconds) + " / "
                    + us(extraction.recordLineMicroseconds)),
            Row(figure: "CPU per file, one thread: all three, µs", ingestd: us(extraction.totalMicroseconds)),
        ]
    }

    /// The rows as aligned text columns.
    static func render(_ rows: [Row]) -> String {
        let all = [headers] + rows
        let columns: [(Row) -> String] = [
            \.figure, \.ingestd, \.peer, \.bare, \.floor, \.ratio, \.target, \.verdict,
        ]
        let widths = columns.map { column in all.map { column($0).count }.max() ?? 0 }
        var lines: [String] = []
        for (index, row) in all.enumerated() {
            let cells = zip(columns, widths).enumerated().map { position, pair in
                let text = pair.0(row)
                let pad = String(repeating: " ", count: pair.1 - text.count)
                return position == 0 ? text + pad : pad + text
            }
            lines.append(cells.joined(separator: "  "))
            if index == 0 { lines.append(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))) }
        }
        lines.append(
            "ratio: ingestd's figure ÷ the peer's (or the bare daemon's, or the floor's); files/s higher is better, the rest lower"
        )
        lines.append(
            "bare: bare-ingest, the peer's job done natively on one thread (one fsync per wake-up), without parsing")
        return lines.joined(separator: "\n")
    }
}
