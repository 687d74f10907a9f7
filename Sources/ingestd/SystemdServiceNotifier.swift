import IngestDaemon
import SystemdJournal

/// The daemon's ``ServiceManagerNotifier`` on systemd's sd_notify: a no-op without
/// `NOTIFY_SOCKET`, and never a reason to fail (a lost notification is the manager's concern,
/// and a missed READY=1 shows up there as a start timeout).
struct SystemdServiceNotifier: ServiceManagerNotifier {
    private let systemd = SystemdNotifier()

    func ready(status: String) { _ = try? systemd.ready(status: status) }
    func status(_ status: String) { _ = try? systemd.status(status) }
    func extendTimeout(by duration: Duration, status: String) {
        _ = try? systemd.extendTimeout(by: duration, status: status)
    }
    func reloading() { _ = try? systemd.reloading() }
    func stopping() { _ = try? systemd.stopping() }
    func watchdog() { _ = try? systemd.watchdog() }
    var watchdogInterval: Duration? { systemd.watchdogInterval }
}
