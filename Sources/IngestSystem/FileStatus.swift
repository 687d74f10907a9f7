import Glibc

/// What `lstat`/`fstat` say about a file, reduced to what ingestd decides on.
public struct FileStatus: Equatable, Sendable {
    /// The kind of file, as the inode says (a symlink is never resolved).
    public enum Kind: String, Sendable {
        case regular, directory, symlink, fifo, socket
        case characterDevice = "character device"
        case blockDevice = "block device"
        case unknown
    }

    public var kind: Kind
    public var size: Int64
    public var device: UInt64
    public var inode: UInt64
    /// Last modification, seconds since the epoch.
    public var modified: Double
    /// Permission bits, including setuid, setgid and sticky (`st_mode & 07777`).
    public var permissions: UInt32

    public init(kind: Kind, size: Int64, device: UInt64, inode: UInt64, modified: Double, permissions: UInt32 = 0) {
        self.kind = kind
        self.size = size
        self.device = device
        self.inode = inode
        self.modified = modified
        self.permissions = permissions
    }

    init(_ info: stat) {
        let kind: Kind =
            switch info.st_mode & S_IFMT {
            case S_IFREG: .regular
            case S_IFDIR: .directory
            case S_IFLNK: .symlink
            case S_IFIFO: .fifo
            case S_IFSOCK: .socket
            case S_IFCHR: .characterDevice
            case S_IFBLK: .blockDevice
            default: .unknown
            }
        self.init(
            kind: kind,
            size: Int64(info.st_size),
            device: UInt64(info.st_dev),
            inode: UInt64(info.st_ino),
            modified: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9,
            permissions: UInt32(info.st_mode & 0o7777)
        )
    }
}
