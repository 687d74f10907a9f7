/// What kind of file system the inbox is on, as far as inotify is concerned.
///
/// inotify sees changes made through this machine's kernel only: on network and FUSE file
/// systems, files that other machines write arrive without an event.
public enum FileSystemKind: Equatable, Sendable {
    case local
    /// inotify misses remote writes here; the name says which file system it is.
    case remote(String)

    /// Magic numbers from `statfs(2)` (linux/magic.h).
    public init(magic: Int) {
        switch UInt32(truncatingIfNeeded: magic) {
        case 0x6969: self = .remote("NFS")
        case 0x517B: self = .remote("SMB")
        case 0xFF53_4D42: self = .remote("CIFS")
        case 0xFE53_4D42: self = .remote("SMB2")
        case 0x6573_5546: self = .remote("FUSE")
        case 0x0102_1997: self = .remote("9p")
        case 0x5346_414F: self = .remote("AFS")
        case 0x0BD0_0BD0: self = .remote("Lustre")
        case 0x4741_5346: self = .remote("GPFS")
        case 0x0027_e0eb: self = .remote("cgroup")
        default: self = .local
        }
    }

    public var seesAllWrites: Bool { self == .local }
}
