import Glibc

/// A program the bench started with `posix_spawn`: standard output and error go to files,
/// it is stopped with SIGTERM and waited for, and it is killed if the bench lets go of it
/// still running, so that no daemon outlives a bench run.
final class ChildProcess {
    /// How a process ended.
    enum Exit: Equatable, CustomStringConvertible {
        case status(Int32)
        case signal(Int32)

        var description: String {
            switch self {
            case .status(let code): "exit status \(code)"
            case .signal(let number): "signal \(number)"
            }
        }
    }

    let pid: pid_t
    let executable: String
    let stdoutPath: String
    let stderrPath: String
    private(set) var exit: Exit?

    /// Starts `executable` with `arguments` and exactly `environment`.
    init(
        executable: String, arguments: [String], environment: [String: String], stdoutPath: String,
        stderrPath: String
    ) throws(BenchError) {
        self.executable = executable
        self.stdoutPath = stdoutPath
        self.stderrPath = stderrPath
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw .system("posix_spawn", executable, errno: result) }
        pid = child
    }

    deinit {
        if exit == nil {
            _ = kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
    }

    /// Whether it still runs (reaps it if it has ended).
    var isRunning: Bool {
        if exit != nil { return false }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid {
            exit = Self.decode(status)
            return false
        }
        return result == 0
    }

    /// SIGTERM, then waits up to `timeout`; SIGKILL after that.
    @discardableResult
    func stop(timeout: Duration = .seconds(60)) -> Exit? {
        guard isRunning else { return exit }
        _ = kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + timeout
        while isRunning {
            if ContinuousClock.now > deadline {
                _ = kill(pid, SIGKILL)
                var status: Int32 = 0
                _ = waitpid(pid, &status, 0)
                exit = Self.decode(status)
                return nil
            }
            usleep(2_000)
        }
        return exit
    }

    /// The end of its standard error, for an error message.
    func stderrTail(lines: Int = 15) -> String {
        let text = String(decoding: (try? Files.read(stderrPath)) ?? [], as: UTF8.self)
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    private static func decode(_ status: Int32) -> Exit {
        let signal = status & 0x7F
        return signal == 0 ? .status((status >> 8) & 0xFF) : .signal(signal)
    }
}
