/// A helper could not set up or read back what a test needs; the message says what and where.
struct IntegrationTestError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
