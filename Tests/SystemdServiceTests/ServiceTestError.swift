/// A test precondition or helper step that failed, with a message saying what and where.
struct ServiceTestError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
