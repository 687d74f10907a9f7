/// Re-checks `condition` every `interval` until it holds or `timeout` has passed, sleeping
/// (not blocking a thread) in between.
///
/// - Returns: whether the condition held in time.
func waitUntil(
    timeout: Duration, every interval: Duration = .milliseconds(50), _ condition: () throws -> Bool
) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while true {
        if try condition() { return true }
        if ContinuousClock.now >= deadline { return false }
        try? await Task.sleep(for: interval)
    }
}
