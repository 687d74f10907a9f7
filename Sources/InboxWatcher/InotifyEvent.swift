import CIngestLinux

/// One event read from an inotify descriptor.
public struct InotifyEvent: Equatable, Sendable {
    /// The kinds of change inotify reports, as the kernel's bit mask.
    public struct Mask: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        public static let closeWrite = Mask(rawValue: UInt32(IN_CLOSE_WRITE))
        public static let movedFrom = Mask(rawValue: UInt32(IN_MOVED_FROM))
        public static let movedTo = Mask(rawValue: UInt32(IN_MOVED_TO))
        public static let create = Mask(rawValue: UInt32(IN_CREATE))
        public static let deleteSelf = Mask(rawValue: UInt32(IN_DELETE_SELF))
        public static let moveSelf = Mask(rawValue: UInt32(IN_MOVE_SELF))
        public static let ignored = Mask(rawValue: UInt32(IN_IGNORED))
        public static let queueOverflow = Mask(rawValue: UInt32(IN_Q_OVERFLOW))
        public static let isDirectory = Mask(rawValue: UInt32(IN_ISDIR))
        public static let onlyDirectory = Mask(rawValue: UInt32(IN_ONLYDIR))
        public static let excludeUnlinked = Mask(rawValue: UInt32(IN_EXCL_UNLINK))
    }

    public var watch: Int32
    public var mask: Mask
    public var cookie: UInt32
    /// The entry's name inside the watched directory; empty for events about the directory.
    public var name: String

    public init(watch: Int32, mask: Mask, cookie: UInt32, name: String) {
        self.watch = watch
        self.mask = mask
        self.cookie = cookie
        self.name = name
    }

    /// The fixed part of `struct inotify_event`: wd, mask, cookie, len.
    static let headerSize = 16

    /// Splits what one `read` of an inotify descriptor returned into events.
    ///
    /// Each record is a 16-byte header followed by `len` bytes of NUL-padded name; a record
    /// cut short (which the kernel never produces) ends the parse instead of reading past it.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        var offset = 0
        while offset + headerSize <= bytes.count {
            let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let cookie = bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameStart = offset + headerSize
            guard nameStart + length <= bytes.count else { break }
            let nameBytes = bytes[nameStart..<nameStart + length].prefix { $0 != 0 }
            events.append(
                InotifyEvent(
                    watch: watch, mask: Mask(rawValue: mask), cookie: cookie,
                    name: String(decoding: nameBytes, as: UTF8.self)))
            offset = nameStart + length
        }
        return events
    }
}
