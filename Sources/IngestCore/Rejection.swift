/// Why a file can never become an article, in words an operator can act on.
///
/// A rejection is final: the input is moved to `rejected/` with this reason beside it. Trouble
/// that may pass (a full disk, a store that cannot be written) is never a rejection.
public struct Rejection: Error, Equatable, Sendable, CustomStringConvertible {
    /// The rule that refused the file: stable identifiers for scripts and the journal.
    public enum Rule: String, Sendable, CaseIterable {
        case notRegularFile = "not-regular-file"
        case symlink
        case unreadable
        case tooLarge = "too-large"
        case empty
        case notUTF8 = "not-utf8"
        case nulBytes = "nul-bytes"
        case binary
        case tooShort = "too-short"
        case unreadableFormat = "unreadable-format"
    }

    public var rule: Rule
    /// What was found, e.g. "invalid UTF-8 at byte 1,203".
    public var detail: String

    public init(_ rule: Rule, _ detail: String) {
        self.rule = rule
        self.detail = detail
    }

    /// What the person who dropped the file can do about it.
    public var advice: String {
        switch rule {
        case .notRegularFile: "only regular files are ingested; drop the file itself"
        case .symlink: "symbolic links are never followed; copy the file into the inbox instead"
        case .unreadable: "make the file readable by the ingestd user and drop it again"
        case .tooLarge: "raise max-file-size if this really is one article"
        case .empty, .tooShort: "check that the file was saved completely"
        case .notUTF8: "save the article as UTF-8 text and drop it again"
        case .nulBytes, .binary: "save the article as text (UTF-8), not as a document or image"
        case .unreadableFormat: "save the article as plain text, Markdown, HTML or a JSON article object"
        }
    }

    public var description: String { "\(rule.rawValue): \(detail)" }
}
