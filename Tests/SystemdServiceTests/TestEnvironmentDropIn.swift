/// The one drop-in (`<unit>.service.d/test-environment.conf`) that lets the shipped system unit run under
/// `systemd --user` on these machines. It changes only what this environment cannot do, each line with the reason
/// (the error seen without it); every other directive of `systemd/ingestd.service` stays in force: the system call
/// filter, MemoryDenyWriteExecute=, NoNewPrivileges=, an empty CapabilityBoundingSet=, PrivateNetwork=,
/// PrivateUsers=, PrivateDevices=, PrivateTmp=, PrivateIPC=, ProtectSystem=strict, ProtectKernelTunables=,
/// ProtectKernelLogs=, ProtectControlGroups=, ProtectProc=invisible, ProcSubset=pid, RestrictNamespaces=, ….
///
/// Because PrivateTmp= gives the unit its own /tmp and /var/tmp and the /run it sees is an empty tmpfs (below), the
/// test's folder (`directory`) must lie elsewhere: ``TestService`` puts it in /var/lib.
struct TestEnvironmentDropIn {
    /// A copy of the built `ingestd` in the test's folder (the checkout may be under /tmp, hidden by PrivateTmp=).
    let binary: String
    /// The test's folder: config file, inbox, store, processed and rejected folders.
    let directory: String

    var text: String {
        """
        # Lets the shipped system unit run under `systemd --user` on the test machines (PID 1 is not systemd).
        # Changes only what this environment cannot do; every other directive of the unit stays in force.
        [Service]
        # ingestd is built in the repository, not installed in /usr/local/bin: a copy of it in the test's folder,
        # the same arguments but the test's config file, and a short settle time.
        ExecStart=
        ExecStart=\(binary) run --config \(directory)/ingestd.conf --log-target journal --settle-time 0.3s
        # A user manager cannot change users: 217/USER "Failed to determine user credentials".
        User=
        Group=
        # Under a user manager both would be ~/.config/ingestd (with clashing modes), not /var/lib/ingestd and
        # /etc/ingestd, and WorkingDirectory=/var/lib/ingestd is missing (200/CHDIR): the test's folder stands in.
        StateDirectory=
        ConfigurationDirectory=
        WorkingDirectory=\(directory)
        # ProtectHome=yes fails with 226/NAMESPACE ("Failed to mount /run/systemd/inaccessible/dir to
        # /run/systemd/unit-root/home": PID 1 makes those nodes at boot); with them made, it hides /run/user and the
        # user manager's notify socket in it, so READY=1 never arrives. tmpfs hides /home, /root, /run/user as well.
        ProtectHome=tmpfs
        # ProtectKernelTunables=, ProtectControlGroups=, ProtectProc= and ProcSubset= mount an empty tmpfs on /run
        # unless /run is a mount point: it is on every systemd machine, not here, so bind back the journal's sockets
        # (else "journal unavailable") and the user manager's notify socket (a system manager's is /run/systemd/notify).
        BindReadOnlyPaths=%t/systemd/notify /run/systemd/journal
        # The test's folders instead of /var/lib/ingestd, writable under ProtectSystem=strict.
        Environment=INGESTD_INBOX=\(directory)/inbox
        Environment=INGESTD_STORE=\(directory)/articles.jsonl
        Environment=INGESTD_PROCESSED=\(directory)/processed
        Environment=INGESTD_REJECTED=\(directory)/rejected
        ReadWritePaths=\(directory)
        # Seconds, not the shipped 30 s and 2 s, to see a hung daemon killed and restarted within a test.
        WatchdogSec=3s
        RestartSec=1s

        """
    }
}
