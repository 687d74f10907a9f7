/// How long to wait before trying a file again after a failure that may pass: 1 s, 2 s,
/// 4 s, … doubling up to five minutes, so a full disk is retried promptly once freed but
/// never hammered.
public enum RetryBackoff {
    public static let longest: Duration = .seconds(300)

    public static func delay(afterFailures failures: Int) -> Duration {
        let exponent = min(max(failures, 1) - 1, 9)
        return min(.seconds(1 << exponent), longest)
    }
}
