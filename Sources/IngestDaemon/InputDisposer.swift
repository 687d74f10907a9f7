import Foundation
import Glibc
import InboxWatcher
import IngestCore
import IngestSystem
import SystemPackage

/// Moves inputs out of the inbox once their fate is sealed: into `processed/` after their
/// article is durable, into `rejected/` with a `NAME.reason.json` beside them.
///
/// The inbox's subfolders are kept below both. A name already taken gets a numbered suffix
/// (`drop.1.txt`), and a name too long for that is shortened (``DispositionName``); nothing
/// is ever overwritten or deleted.
public struct InputDisposer: Sendable {
    public var inbox: String
    public var processed: String
    public var rejected: String

    public init(inbox: String, processed: String, rejected: String) {
        self.inbox = inbox
        self.processed = processed
        self.rejected = rejected
    }

    /// Moves `relative` (a path inside the inbox) to `processed/`; returns where it went.
    ///
    /// A saved page's assets folder (`Page_files/` beside `Page.html`) goes with it, renamed
    /// to match the page's new name.
    public func moveToProcessed(_ relative: String) throws(SystemCallError) -> String {
        let destination = try move(relative, into: processed, reserving: [])
        moveAssetsFolder(of: relative, besides: destination)
        return destination
    }

    /// Best effort: a folder that cannot be moved stays in the inbox, where it is never read.
    private func moveAssetsFolder(of relative: String, besides page: String) {
        guard let assets = InboxNames.assetsFolder(ofPage: relative),
            let target = InboxNames.assetsFolder(ofPage: page)
        else { return }
        let source = inbox + "/" + assets
        guard let status = try? Syscall.linkStatus(source), status.kind == .directory else { return }
        _ = try? Syscall.moveNoReplace(source, to: target)
    }

    /// Writes why `relative` was rejected, then moves it to `rejected/`; returns where it went.
    public func reject(_ relative: String, because rejection: Rejection, at date: Date) throws(SystemCallError)
        -> String
    {
        let source = inbox + "/" + relative
        let destination = try freeName(for: relative, in: rejected, alsoFree: [".reason.json"])
        var json = JSONObjectWriter()
        json.field("file", String(destination.split(separator: "/").last ?? ""))
        json.field("source", relative)
        json.field("rule", rejection.rule.rawValue)
        json.field("reason", rejection.detail)
        json.field("advice", rejection.advice)
        json.field("rejected_at", Timestamp.rfc3339(date))
        let reasonPath = destination + ".reason.json"
        try DurableFile.create(reasonPath, contents: json.finish())
        do throws(SystemCallError) {
            guard try Syscall.moveNoReplace(source, to: destination) else {
                throw SystemCallError(call: "rename", path: destination, errno: .fileExists)
            }
        } catch {
            // The input stayed where it was: its reason, written first, would explain nothing.
            _ = unlink(reasonPath)
            throw error
        }
        moveAssetsFolder(of: relative, besides: destination)
        return destination
    }

    private func move(_ relative: String, into folder: String, reserving: [String]) throws(SystemCallError) -> String {
        let source = inbox + "/" + relative
        if reserving.isEmpty, let destination = try moveToSameName(source, relative, into: folder) {
            return destination
        }
        while true {
            let destination = try freeName(for: relative, in: folder, alsoFree: reserving)
            if try Syscall.moveNoReplace(source, to: destination) { return destination }
        }
    }

    /// The common case in two system calls at most: the same name is free in `folder`, whose
    /// subfolder exists (else it is made). `nil` when the name is taken.
    private func moveToSameName(_ source: String, _ relative: String, into folder: String) throws(SystemCallError)
        -> String?
    {
        let destination = folder + "/" + relative
        do {
            return try Syscall.moveNoReplace(source, to: destination) ? destination : nil
        } catch  where error.errno == .noSuchFileOrDirectory {
            guard (try? Syscall.linkStatus(source)) != nil else { throw error }
            let slash = destination.lastIndex(of: "/") ?? destination.startIndex
            try Syscall.makeDirectories(String(destination[..<slash]))
            return try Syscall.moveNoReplace(source, to: destination) ? destination : nil
        }
    }

    /// The first of `folder/relative`, `folder/stem.1.ext`, … that does not exist (nor do
    /// its companions with the `alsoFree` suffixes); creates the folders on the way.
    private func freeName(for relative: String, in folder: String, alsoFree: [String]) throws(SystemCallError) -> String
    {
        let target = folder + "/" + relative
        let slash = target.lastIndex(of: "/") ?? target.startIndex
        try Syscall.makeDirectories(String(target[..<slash]))
        let name = String(target[target.index(after: slash)...])
        let directory = String(target[..<slash])
        let companion = alsoFree.map(\.utf8.count).max() ?? 0
        for attempt in 0... {
            let candidate =
                directory + "/"
                + DispositionName.candidate(
                    for: name, attempt: attempt, reservingBytes: companion)
            let taken = ([""] + alsoFree).contains { exists(candidate + $0) }
            if !taken { return candidate }
        }
        return target
    }

    private func exists(_ path: String) -> Bool {
        (try? Syscall.linkStatus(path)) != nil
    }
}
