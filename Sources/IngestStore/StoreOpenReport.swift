/// What opening the store found and did: the operator hears of every repair.
public struct StoreOpenReport: Sendable {
    /// Complete, well-formed article lines.
    public var articles: Int
    /// 1-based line numbers of lines that are not article records (kept, never rewritten),
    /// the first few of those found in the part of the store read at this open.
    public var malformedLines: [Int]
    /// How many malformed lines were found in the part of the store read at this open.
    public var malformedCount: Int
    /// Where the bytes of a torn last line went, if there was one.
    public var tornTail: TornTail?
    /// How the index was built.
    public var indexSource: IndexSource

    /// Where the index of stored articles came from at open.
    public enum IndexSource: Sendable, Equatable {
        /// The index file beside the store, plus a scan of the lines written after it.
        case indexFile(covered: Int, scanned: Int)
        /// A scan of the whole store, because the index file could not be used.
        case scan(because: String)
    }

    /// A last line cut short by a crash, moved out of the store.
    public struct TornTail: Sendable {
        public var bytes: Int
        public var savedTo: String
    }
}
