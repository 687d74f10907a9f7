import InboxWatcher
import Testing

@Suite("Parsing inotify's event records")
struct InotifyEventTests {
    private func record(watch: Int32, mask: UInt32, cookie: UInt32 = 0, name: String, padTo: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        withUnsafeBytes(of: watch.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: mask.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: cookie.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: UInt32(padTo).littleEndian) { bytes += $0 }
        var name = Array(name.utf8)
        name += [UInt8](repeating: 0, count: padTo - name.count)
        return bytes + name
    }

    @Test func splitsRecordsAndStripsNamePadding() {
        let bytes =
            record(watch: 1, mask: InotifyEvent.Mask.closeWrite.rawValue, name: "a.txt", padTo: 16)
            + record(watch: 2, mask: InotifyEvent.Mask.queueOverflow.rawValue, name: "", padTo: 0)
            + record(watch: 1, mask: InotifyEvent.Mask.movedTo.rawValue, cookie: 7, name: "odd\nname", padTo: 32)
        let events = bytes.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events.count == 3)
        #expect(events[0] == InotifyEvent(watch: 1, mask: .closeWrite, cookie: 0, name: "a.txt"))
        #expect(events[1].mask.contains(.queueOverflow))
        #expect(events[1].name.isEmpty)
        #expect(events[2].name == "odd\nname")
        #expect(events[2].cookie == 7)
    }

    @Test func stopsAtARecordCutShort() {
        let whole = record(watch: 1, mask: InotifyEvent.Mask.closeWrite.rawValue, name: "a.txt", padTo: 16)
        let events = Array(whole.dropLast(4)).withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events.isEmpty)
    }
}
