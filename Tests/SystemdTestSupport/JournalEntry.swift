/// One journal entry as `journalctl -o json` gives it: each field's values (a field may occur more than once).
///
/// Tests check the fields their code sent; keeping every value of a repeated field lets them see exactly what
/// journald stored, not just the first occurrence.
public struct JournalEntry: Sendable {
    /// Field name → values, in the order journalctl printed them.
    public let fields: [String: [String]]

    public init(fields: [String: [String]]) {
        self.fields = fields
    }

    /// The field's first value, or `nil` when the entry lacks it.
    public subscript(_ field: String) -> String? { fields[field]?.first }
}
