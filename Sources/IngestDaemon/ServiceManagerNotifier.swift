/// What ingestd tells a service manager about its life: ready, busy with what, reloading,
/// stopping, still alive. systemd's sd_notify is the implementation that matters; tests and
/// one-shot runs use ``SilentNotifier``.
public protocol ServiceManagerNotifier: Sendable {
    func ready(status: String)
    func status(_ status: String)
    func reloading()
    func stopping()
    func watchdog()
    /// How often the manager wants to hear ``watchdog()`` at the least, if it does.
    var watchdogInterval: Duration? { get }
}

/// A notifier that tells nobody anything.
public struct SilentNotifier: ServiceManagerNotifier {
    public init() {}
    public func ready(status: String) {}
    public func status(_ status: String) {}
    public func reloading() {}
    public func stopping() {}
    public func watchdog() {}
    public var watchdogInterval: Duration? { nil }
}
