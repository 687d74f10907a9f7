/// A test precondition or helper step that failed, with a message saying what and where.
///
/// The fixtures here start daemons and run commands; when one of those steps fails, the test that needed it fails
/// with this error, whose message is all a reader of the test log gets to go on.
public struct SystemdTestError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
