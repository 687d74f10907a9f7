/// What ingestd tells a service manager about its life: ready, busy with what, reloading,
/// stopping, still alive. The library stays free of libsystemd: the executable supplies the
/// sd_notify implementation.
public protocol ServiceManagerNotifier: Sendable {
    func ready(status: String)
    func status(_ status: String)
    /// The start goes on: wait `duration` longer from now (systemd: past `TimeoutStartSec=`).
    func extendTimeout(by duration: Duration, status: String)
    func reloading()
    func stopping()
    func watchdog()
    /// How often the manager wants to hear ``watchdog()`` at the least, if it does.
    var watchdogInterval: Duration? { get }
}
