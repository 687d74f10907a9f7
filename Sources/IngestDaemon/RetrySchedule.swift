/// Which files wait for another try, and until when (``RetryBackoff`` per file).
struct RetrySchedule {
    private var attempts: [String: Int] = [:]
    private var waiting: [String: ContinuousClock.Instant] = [:]

    /// Records a failure of `path`; returns the wait before its next try.
    mutating func failed(_ path: String, now: ContinuousClock.Instant) -> Duration {
        let count = attempts[path, default: 0] + 1
        attempts[path] = count
        let delay = RetryBackoff.delay(afterFailures: count)
        waiting[path] = now + delay
        return delay
    }

    /// Forgets `path`: it was ingested, rejected or is gone.
    mutating func forget(_ path: String) {
        attempts[path] = nil
        waiting[path] = nil
    }

    /// Paths whose wait is over; each is handed out once per failure.
    mutating func due(at now: ContinuousClock.Instant) -> [String] {
        guard !waiting.isEmpty else { return [] }
        let due = waiting.filter { $0.value <= now }.map(\.key).sorted()
        for path in due { waiting[path] = nil }
        return due
    }
}
