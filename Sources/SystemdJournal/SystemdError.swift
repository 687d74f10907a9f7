/// Why a journal or sd_notify call failed.
///
/// It exists so that every failure in this module is a value the caller can inspect (and an `errno` it can
/// compare), never a crash: the logging path turns it into a stderr fallback, other callers may log it.
public enum SystemdError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A journal field name that journald would silently drop: it must be 1–64 characters of `A-Z`, `0-9`
    /// and `_`, and start with neither `_` nor a digit.
    case invalidFieldName(String)
    /// An entry with no fields: journald has nothing to store.
    case noFields
    /// A system or libsystemd call failed; `errno` is the (positive) error number it reported.
    case systemCall(String, errno: Int32)

    /// The error number, when a system call failed.
    public var errno: Int32? {
        if case .systemCall(_, let code) = self { return code }
        return nil
    }

    public var description: String {
        switch self {
        case .invalidFieldName(let name):
            return "invalid journal field name \"\(name)\""
        case .noFields:
            return "journal entry without fields"
        case .systemCall(let operation, let code):
            return "\(operation): \(SystemCalls.describe(code))"
        }
    }
}
