import Foundation
import Glibc
import SystemdJournal
import Testing

@Suite struct JournalSocketTests {
    @Test func sendsNativeProtocolDatagrams() throws {
        let receiver = try TestSocket()
        let socket = try JournalSocket(path: receiver.path)
        try socket.send([
            JournalField(name: "MESSAGE", value: "hello"),
            JournalField(name: "MULTI", value: "line one\nline two\n"),
            JournalField(name: "EMPTY", value: ""),
            JournalField(name: "BINARY", value: [0, 10, 255]),
        ])
        let datagram = try #require(receiver.receive())
        // The simple form for plain values, the length-prefixed form for values with newlines.
        #expect(datagram.starts(with: Array("MESSAGE=hello\nMULTI\n".utf8) + [18, 0, 0, 0, 0, 0, 0, 0]))
        let fields = TestSocket.decodeNative(datagram)
        #expect(fields.map(\.name) == ["MESSAGE", "MULTI", "EMPTY", "BINARY"])
        #expect(fields.map(\.value) == [Array("hello".utf8), Array("line one\nline two\n".utf8), [], [0, 10, 255]])
    }

    @Test func rejectsEmptyEntries() throws {
        let socket = try JournalSocket(path: TestSocket.deadPath())
        #expect(throws: SystemdError.noFields) { try socket.send([]) }
        #expect(throws: SystemdError.noFields) { try JournalSocket.sendWithLibsystemd([]) }
    }

    @Test func rejectsSocketPathsTooLongForSockaddr() {
        let path = "/tmp/" + String(repeating: "x", count: 200)
        #expect(throws: SystemdError.self) { try JournalSocket(path: path) }
    }

    @Test func reportsTheErrnoWhenNobodyListens() throws {
        let missing = try JournalSocket(path: TestSocket.deadPath())
        let noFile = #expect(throws: SystemdError.self) {
            try missing.send([JournalField(name: "MESSAGE", value: "x")])
        }
        #expect(noFile?.errno == ENOENT)

        let receiver = try TestSocket()
        receiver.closeLeavingStaleFile()
        let stale = try JournalSocket(path: receiver.path)
        let refused = #expect(throws: SystemdError.self) { try stale.send([JournalField(name: "MESSAGE", value: "x")]) }
        #expect(refused?.errno == ECONNREFUSED)
    }

    @Test func failsFastWithEAGAINWhenTheReceiverStalls() throws {
        let receiver = try TestSocket()  // bound, never read: its queue fills up
        let socket = try JournalSocket(path: receiver.path, stallTimeout: .milliseconds(5))
        let entry = [try JournalField(name: "MESSAGE", value: "fill")]
        var stalled: SystemdError?
        for _ in 0..<10_000 where stalled == nil {
            do { try socket.send(entry, waitingForRoom: false) } catch { stalled = error }
        }
        #expect(stalled?.errno == EAGAIN)
        // A waiting send gives up after the stall timeout instead of blocking like sd_journal_sendv.
        let waited = #expect(throws: SystemdError.self) { try socket.send(entry, waitingForRoom: true) }
        #expect(waited?.errno == EAGAIN)
        #expect(!receiver.drain().isEmpty)
    }

    @Test func passesEntriesLargerThanTheSendBufferInAMemfd() throws {
        try JournaldFixture.ensureRunning()
        let identifier = "sj-memfd-\(UUID().uuidString)"
        // A 64 KiB send buffer makes a 300 KB entry too large for one datagram (EMSGSIZE), forcing the memfd path.
        let socket = try JournalSocket(sendBufferSize: 64 * 1024)
        let big = String(repeating: "0123456789abcdef\n", count: 300_000 / 17)
        try socket.send([
            JournalField(name: "MESSAGE", value: "large entry"),
            JournalField(name: "SYSLOG_IDENTIFIER", value: identifier),
            JournalField(name: "BIG", value: big),
        ])
        let entry = try #require(try JournaldFixture.entries(identifier: identifier, atLeast: 1).first)
        #expect(entry["MESSAGE"] == ["large entry"])
        #expect(entry["BIG"] == [big])
    }

    @Test func libsystemdSenderReachesJournald() throws {
        try JournaldFixture.ensureRunning()
        let identifier = "sj-sendv-\(UUID().uuidString)"
        try JournalSocket.sendWithLibsystemd([
            JournalField(name: "MESSAGE", value: "via sd_journal_sendv"),
            JournalField(name: "SYSLOG_IDENTIFIER", value: identifier),
            JournalField(name: "PRIORITY", value: "5"),
            JournalField(name: "MULTI", value: "first\nsecond"),
        ])
        let entry = try #require(try JournaldFixture.entries(identifier: identifier, atLeast: 1).first)
        #expect(entry["MESSAGE"] == ["via sd_journal_sendv"])
        #expect(entry["PRIORITY"] == ["5"])
        #expect(entry["MULTI"] == ["first\nsecond"])
    }
}
