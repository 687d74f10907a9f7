/// One session's folders, all on the bench's file system (so a drop is a rename): staging
/// (the files waiting to be dropped), the inbox, processed, rejected, and the store.
struct SessionFolder: Sendable {
    let root: String

    var staging: String { root + "/staging" }
    var inbox: String { root + "/inbox" }
    var processed: String { root + "/processed" }
    var rejected: String { root + "/rejected" }
    var store: String { root + "/store/articles.jsonl" }
    var logs: String { root + "/logs" }

    /// Empties `root` and creates the folders (the store's too, and processed, so that it can be watched).
    static func fresh(_ root: String) throws(BenchError) -> SessionFolder {
        let folder = SessionFolder(root: root)
        try Files.remove(root)
        for path in [folder.staging, folder.inbox, folder.processed, folder.rejected, root + "/store", folder.logs] {
            try Files.makeDirectories(path)
        }
        return folder
    }
}
