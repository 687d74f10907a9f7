/// What opening the store found and did: the operator hears of every repair.
public struct StoreOpenReport: Sendable {
    /// Complete, well-formed article lines.
    public var articles: Int
    /// 1-based line numbers of lines that are not article records (kept, never rewritten),
    /// the first few of them.
    public var malformedLines: [Int]
    /// How many malformed lines there are in all.
    public var malformedCount: Int
    /// Where the bytes of a torn last line went, if there was one.
    public var tornTail: TornTail?

    /// A last line cut short by a crash, moved out of the store.
    public struct TornTail: Sendable {
        public var bytes: Int
        public var savedTo: String
    }
}
