/// A one-shot `ingestd` command (`ingest`, `--help`, a second `run`) run to completion.
struct IngestdCommand: Sendable {
    /// How it ended; `nil` if it was still running at the time limit (and was killed).
    let exit: ChildProcess.Exit?
    let stdout: String
    let stderr: String

    /// Runs `ingestd arguments…` in the test folder of `inbox`, for at most `timeout`.
    static func run(_ arguments: [String], in inbox: TestInbox, timeout: Duration = .seconds(30)) async throws
        -> IngestdCommand
    {
        let child = try ChildProcess(
            executable: try IngestdBinary.path(), arguments: arguments, directory: inbox.root,
            outputPrefix: inbox.nextOutputPrefix("command"))
        let exit = await child.waitForExit(timeout: timeout)
        child.kill()
        return IngestdCommand(exit: exit, stdout: child.stdout, stderr: child.stderr)
    }
}
