/// The name an input takes in `processed/` or `rejected/`: its own, or with a numbered marker
/// (`drop.1.txt`) when that is taken, shortened where the marker or a companion such as
/// `.reason.json` would pass the 255-byte limit Linux file systems set on one name.
enum DispositionName {
    static let maximumBytes = 255
    /// A "suffix" longer than this is part of the name, not an extension.
    private static let longestExtension = 16

    /// - Parameters:
    ///   - attempt: 0 for the name itself, then 1, 2, … for the numbered alternatives.
    ///   - companionBytes: room to keep for a suffix added to the result (e.g. `.reason.json`).
    static func candidate(for name: String, attempt: Int, reservingBytes companionBytes: Int = 0) -> String {
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        var stem = dot.map { String(name[..<$0]) } ?? name
        var suffix = dot.map { String(name[$0...]) } ?? ""
        if suffix.utf8.count > longestExtension {
            stem = name
            suffix = ""
        }
        let marker = attempt == 0 ? "" : ".\(attempt)"
        let budget = maximumBytes - companionBytes - marker.utf8.count - suffix.utf8.count
        // Whole characters go, so the shortened name is still valid UTF-8.
        while stem.utf8.count > budget, !stem.isEmpty { stem.removeLast() }
        return stem + marker + suffix
    }
}
