import Foundation
import Logging
import Testing

@testable import SystemdJournal

@Suite struct LogLineFormatTests {
    @Test func printsTheTimestampInUTCWholeSeconds() {
        // 1,795,237,350.9 s after the epoch is 2026-11-21T05:02:30.9Z.
        let line = LogLineFormat.line(
            date: Date(timeIntervalSince1970: 1_795_237_350.9), level: .notice, label: "ingestd", message: "hi",
            metadata: [:])
        #expect(line == "2026-11-21T05:02:30Z notice ingestd: hi\n")
        let epoch = LogLineFormat.line(
            date: Date(timeIntervalSince1970: 0), level: .info, label: "x", message: "", metadata: [:])
        #expect(epoch == "1970-01-01T00:00:00Z info x: \n")
    }

    @Test func escapesEveryControlCharacterAndNothingElse() {
        #expect(message("a\nb\rc\td") == #"a\nb\rc\td"#)
        #expect(
            message("bell\u{07} esc\u{1B} del\u{7F} nul\u{00}")
                == #"bell\u{7} esc\u{1B} del\u{7F} nul\u{0}"#)
        // Non-ASCII text, C1 controls and a backslash or quote in a message pass unchanged.
        let kept = "Téhéran — «افشاگری» \u{85}\u{A0} \\ \""
        #expect(message(kept) == kept)
    }

    @Test func quotesValuesThatAreNotOneBareWord() {
        #expect(value("plain-word_1.txt") == "plain-word_1.txt")
        #expect(value("née/Téhéran") == "née/Téhéran")
        #expect(value("") == #""""#)
        #expect(value("two words") == #""two words""#)
        #expect(value(#"say "hi""#) == #""say \"hi\"""#)
        #expect(value(#"C:\inbox"#) == #""C:\\inbox""#)
        #expect(value("tab\there") == #""tab\there""#)
        #expect(value("\\\n\"") == #""\\\n\"""#)
    }

    @Test func sortsMetadataAndRendersNonStringValues() {
        let line = LogLineFormat.line(
            date: Date(timeIntervalSince1970: 0), level: .warning, label: "ingestd", message: "m",
            metadata: ["b": "2", "a": .array(["x", "y"]), "c": .stringConvertible(42)],
            error: SampleError())
        #expect(
            line == #"1970-01-01T00:00:00Z warning ingestd: m a="[\"x\", \"y\"]" b=2 c=42 error="disk on fire""# + "\n")
    }

    /// What follows the prefix for `text` as the message.
    private func message(_ text: String) -> String {
        let line = LogLineFormat.line(
            date: Date(timeIntervalSince1970: 0), level: .info, label: "x", message: text, metadata: [:])
        return String(line.dropFirst("1970-01-01T00:00:00Z info x: ".count).dropLast())
    }

    /// What follows `k=` for `text` as a metadata value.
    private func value(_ text: String) -> String {
        let line = LogLineFormat.line(
            date: Date(timeIntervalSince1970: 0), level: .info, label: "x", message: "m", metadata: ["k": "\(text)"])
        return String(line.dropFirst("1970-01-01T00:00:00Z info x: m k=".count).dropLast())
    }

    private struct SampleError: Error, CustomStringConvertible {
        var description: String { "disk on fire" }
    }
}
