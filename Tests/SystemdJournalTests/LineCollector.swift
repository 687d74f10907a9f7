import Synchronization

/// Collects the lines a sink or handler writes instead of stderr, for tests to inspect.
final class LineCollector: Sendable {
    private let storage = Mutex<[String]>([])

    var lines: [String] { storage.withLock { $0 } }

    var output: @Sendable (String) -> Void {
        { line in self.storage.withLock { $0.append(line) } }
    }
}
