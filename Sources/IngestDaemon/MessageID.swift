/// Fixed journal MESSAGE_IDs, one per kind of event, so that `journalctl MESSAGE_ID=…` and
/// the message catalog can find them. Made once with `systemd-id128 new`-style random UUIDs;
/// never change one.
public enum MessageID {
    public static let ingested = "7b22d3324a3649e0bcec736caf6968cf"
    public static let duplicate = "a88f385958f348cda4498c5a1e3e6951"
    public static let rejected = "d111fbcdd29442618fbaab871c0d09e5"
    public static let started = "da6579c1d56840a6a62c553301d8188d"
    public static let stopping = "38862e62d32a4074ad5df50fc23706fb"
    public static let overflowRescan = "b4bb6fc7a2964db0ad344c19c4883b76"
    public static let storeRepaired = "2b45e708639841fb8d0af9b3f9244ce5"
    public static let inboxLost = "cf6b15fcd1c145bd835a1015c36624b4"
    public static let ingestDeferred = "1ceed071547740e9af5ac2ff23162a19"

    /// Every id above: each must have an entry in `systemd/ingestd.catalog`.
    public static let all = [
        ingested, duplicate, rejected, started, stopping, overflowRescan, storeRepaired, inboxLost, ingestDeferred,
    ]
}
