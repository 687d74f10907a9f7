import Dispatch
import Foundation
import IngestSystem
import Synchronization
import SystemPackage
import Testing

@Suite("The system-call door")
struct SyscallTests {
    private let root = NSTemporaryDirectory() + "ingestd-syscall-" + UUID().uuidString

    @Test func moveNeverReplacesAnExistingName() throws {
        try Syscall.makeDirectories(root + "/a/b")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "one".write(toFile: root + "/a/one", atomically: false, encoding: .utf8)
        try "two".write(toFile: root + "/a/two", atomically: false, encoding: .utf8)
        #expect(try !Syscall.moveNoReplace(root + "/a/one", to: root + "/a/two"))
        #expect(try String(contentsOfFile: root + "/a/two", encoding: .utf8) == "two")
        #expect(try Syscall.moveNoReplace(root + "/a/one", to: root + "/a/b/one"))
        #expect(try Syscall.directoryEntries(root + "/a").sorted() == ["b", "two"])
    }

    @Test func errorsNameTheCallThePathAndTheErrno() {
        do {
            _ = try Syscall.linkStatus(root + "/missing")
            Issue.record("lstat of a missing path succeeded")
        } catch {
            #expect(error.call == "lstat")
            #expect(error.errno == .noSuchFileOrDirectory)
            #expect(error.description.contains(root + "/missing"))
        }
    }

    @Test func statusDescribesLinksWithoutFollowingThem() throws {
        try Syscall.makeDirectories(root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "/etc/hostname")
        #expect(try Syscall.linkStatus(root + "/link").kind == .symlink)
        #expect(try Syscall.linkStatus(root).kind == .directory)
        try Syscall.changeMode(root, to: 0o2750)
        #expect(try Syscall.linkStatus(root).permissions == 0o2750)
    }

    @Test func namesTheCallingThreadAsTheKernelShowsIt() throws {
        let seen = Mutex<[String]>([])
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let comm = { (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)) ?? "" }
            Syscall.nameCurrentThread("ingestd-test")
            let short = comm()
            // The kernel keeps 15 bytes of a longer name.
            Syscall.nameCurrentThread("ingestd-a-longer-name")
            seen.withLock { $0 = [short, comm()] }
            done.signal()
        }
        thread.start()
        done.wait()
        #expect(seen.withLock { $0 } == ["ingestd-test\n", "ingestd-a-longe\n"])
    }

    @Test func fileSystemMagicOfProc() throws {
        #expect(try Syscall.fileSystemMagic("/proc") == 0x9FA0)
    }
}

@Suite("Reading dropped files safely")
struct BoundedFileReaderTests {
    private let root = NSTemporaryDirectory() + "ingestd-reader-" + UUID().uuidString

    @Test func readsRegularFilesUpToTheLimit() throws {
        try Syscall.makeDirectories(root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try String(repeating: "a", count: 10_000).write(toFile: root + "/f", atomically: false, encoding: .utf8)
        #expect(
            try BoundedFileReader.read(root + "/f", limit: 10_000) == .contents(Array(repeating: 97, count: 10_000)))
        #expect(try BoundedFileReader.read(root + "/f", limit: 9_999) == .tooLarge(size: 10_000))
    }

    /// A read that returns the size stat gave ends the reading (no read to hear the end), so
    /// every size around the buffer's edges (the size plus one byte, at least a page) must
    /// still come back whole and exact.
    @Test(arguments: [0, 1, 4095, 4096, 4097, 8191, 8192, 65_537])
    func readsEveryByteOfAFileWhateverItsSize(size: Int) throws {
        try Syscall.makeDirectories(root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let contents = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(FileManager.default.createFile(atPath: root + "/f", contents: Data(contents)))
        #expect(try BoundedFileReader.read(root + "/f", limit: 1 << 20) == .contents(contents))
    }

    @Test func neverFollowsLinksNorBlocksOnFIFOs() throws {
        try Syscall.makeDirectories(root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "/etc/hostname")
        #expect(mkfifo(root + "/fifo", 0o600) == 0)
        #expect(try BoundedFileReader.read(root + "/link", limit: 1 << 20) == .symlink)
        #expect(try BoundedFileReader.read(root + "/fifo", limit: 1 << 20) == .notRegular(.fifo))
        #expect(try BoundedFileReader.read("/dev/null", limit: 1 << 20) == .notRegular(.characterDevice))
        #expect(try BoundedFileReader.read(root + "/absent", limit: 1 << 20) == .vanished)
    }

    /// On a `relatime` mount the first read of a file whose access time is older than its
    /// modification rewrites its inode; the reader opens with `O_NOATIME`, so ingesting a file
    /// costs no such write (and leaves its times as they were dropped).
    @Test func readingLeavesTheAccessTimeAlone() throws {
        try Syscall.makeDirectories(root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/f"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("an article\n".utf8)))
        let old = timespec(tv_sec: 1_000_000_000, tv_nsec: 0)
        func accessSeconds() -> Int {
            var status = stat()
            return stat(path, &status) == 0 ? status.st_atim.tv_sec : -1
        }
        func makeAccessTimeOld() {
            var times = [old, timespec(tv_sec: old.tv_sec + 1_000, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        }
        // A plain read updates it here: otherwise this test could not fail.
        makeAccessTimeOld()
        #expect(FileManager.default.contents(atPath: path) != nil)
        #expect(accessSeconds() != old.tv_sec, "this file system updates no access times; nothing is shown")
        makeAccessTimeOld()
        #expect(try BoundedFileReader.read(path, limit: 1 << 20) == .contents(Array("an article\n".utf8)))
        #expect(accessSeconds() == old.tv_sec)
    }

    @Test func readsProcFilesThatClaimToBeEmpty() throws {
        guard case .contents(let bytes) = try BoundedFileReader.read("/proc/sys/fs/inotify/max_user_watches", limit: 64)
        else {
            Issue.record("procfs file not read")
            return
        }
        #expect(Int(String(decoding: bytes, as: UTF8.self).split(separator: "\n").first ?? "") ?? 0 > 1)
    }
}
