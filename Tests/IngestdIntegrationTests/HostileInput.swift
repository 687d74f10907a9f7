import Foundation
import Glibc
import SimilarityIndex

/// A file that can never be an article, as people (or programs) drop them: each must end in
/// `rejected/` with the rule that refused it, and must not stop the daemon.
enum HostileInput: String, CaseIterable, Sendable, CustomStringConvertible {
    case emptyFile = "empty file"
    case oneByte = "one byte"
    case invalidUTF8 = "invalid UTF-8"
    case utf16WithMark = "UTF-16 with a byte-order mark"
    case pngImage = "PNG image"
    case pdfDocument = "PDF document"
    case nulBytes = "NUL bytes in text"
    case symlinkOutside = "symlink to a file outside the inbox"
    case symlinkToFolder = "symlink to a folder outside the inbox"
    case fifo = "FIFO"
    case tooLarge = "file of over 2 KB, 1 KiB allowed"
    case unreadable = "file nobody may read"

    var description: String { rawValue }

    /// The name it is dropped under.
    var name: String {
        switch self {
        case .emptyFile: "empty.txt"
        case .oneByte: "one-byte.txt"
        case .invalidUTF8: "latin1-mixup.txt"
        case .utf16WithMark: "utf16.txt"
        case .pngImage: "screenshot.txt"
        case .pdfDocument: "saved-page.pdf"
        case .nulBytes: "nul.txt"
        case .symlinkOutside: "link.txt"
        case .symlinkToFolder: "folder-link"
        case .fifo: "pipe"
        case .tooLarge: "large.txt"
        case .unreadable: "secret.txt"
        }
    }

    /// The rule `NAME.reason.json` must name.
    var rule: String {
        switch self {
        case .emptyFile: "empty"
        case .oneByte: "too-short"
        case .invalidUTF8, .utf16WithMark: "not-utf8"
        case .pngImage, .pdfDocument: "binary"
        case .nulBytes: "nul-bytes"
        case .symlinkOutside, .symlinkToFolder: "symlink"
        case .fifo: "not-regular-file"
        case .tooLarge: "too-large"
        case .unreadable: "unreadable"
        }
    }

    /// What the reason must name of what was found.
    var reasonMentions: String {
        switch self {
        case .emptyFile: "empty"
        case .oneByte: "1"
        case .invalidUTF8: "UTF-8"
        case .utf16WithMark: "UTF-16"
        case .pngImage: "PNG"
        case .pdfDocument: "PDF"
        case .nulBytes: "NUL"
        case .symlinkOutside, .symlinkToFolder: "link"
        case .fifo: "fifo"
        case .tooLarge: "limit"
        case .unreadable: "permission denied"
        }
    }

    /// Extra options for the daemon this input needs.
    var daemonArguments: [String] {
        self == .tooLarge ? ["--max-file-size", "1KiB"] : []
    }

    var user: DaemonProcess.User {
        self == .unreadable ? .nobody : .root
    }

    /// The good file dropped after it; under 1 KiB where the limit is that low.
    func goodArticle(_ factory: ArticleFactory) -> GeneratedArticle {
        factory.article(1_000, paragraphs: self == .tooLarge ? 1 : nil)
    }

    /// The file outside the inbox a symlink points at (or the one file in the folder it points at).
    static func linkTarget(in inbox: TestInbox) -> String {
        inbox.root + "/outside/target.txt"
    }

    /// Puts the input into the inbox the way it would arrive.
    func drop(into inbox: TestInbox, _ factory: ArticleFactory) throws {
        let article = factory.article(1)
        let text = article.text
        let destination = inbox.inbox + "/" + name
        switch self {
        case .emptyFile:
            try inbox.drop(Data(), as: name)
        case .oneByte:
            try inbox.drop(Data("x".utf8), as: name)
        case .invalidUTF8:
            let middle = text.utf8.count / 2
            try inbox.drop(
                Data(text.utf8.prefix(middle)) + Data([0xE9, 0x74, 0xE9]) + Data(text.utf8.dropFirst(middle)), as: name)
        case .utf16WithMark:
            var bytes = Data([0xFF, 0xFE])
            for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            try inbox.drop(bytes, as: name)
        case .pngImage:
            let header: [UInt8] = [
                0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
            ]
            try inbox.drop(Data(header) + Self.junk(count: 3_000), as: name)
        case .pdfDocument:
            let header =
                "%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n"
            try inbox.drop(Data(header.utf8) + Self.junk(count: 3_000), as: name)
        case .nulBytes:
            let middle = text.utf8.count / 2
            try inbox.drop(Data(text.utf8.prefix(middle)) + Data([0]) + Data(text.utf8.dropFirst(middle)), as: name)
        case .symlinkOutside:
            let target = Self.linkTarget(in: inbox)
            try FileManager.default.createDirectory(atPath: inbox.root + "/outside", withIntermediateDirectories: true)
            try inbox.write(article.data, to: target)
            try FileManager.default.createSymbolicLink(atPath: destination, withDestinationPath: target)
        case .symlinkToFolder:
            let target = Self.linkTarget(in: inbox)
            try FileManager.default.createDirectory(atPath: inbox.root + "/outside", withIntermediateDirectories: true)
            try inbox.write(article.data, to: target)
            try FileManager.default.createSymbolicLink(
                atPath: destination, withDestinationPath: inbox.root + "/outside")
        case .fifo:
            guard mkfifo(destination, 0o644) == 0 else {
                throw IntegrationTestError("mkfifo \(destination) failed: \(String(cString: strerror(errno)))")
            }
        case .tooLarge:
            try inbox.drop(article.data, as: name)
        case .unreadable:
            let staged = try inbox.stage(article.data, as: name)
            guard chmod(staged, 0) == 0 else { throw IntegrationTestError("chmod \(staged) failed") }
            try inbox.rename(staged, to: destination)
        }
    }

    /// Bytes that are no text: a fixed pseudo-random sequence.
    private static func junk(count: Int) -> Data {
        var random = SplitMix64(seed: 42)
        return Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &random) })
    }
}
