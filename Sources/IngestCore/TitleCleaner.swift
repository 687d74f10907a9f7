/// Takes the site name off a page title: `Headline | Site`, `Headline - Site`,
/// `Headline – Site`, `Site: Headline`. The `<title>` of nearly every page carries it, and a
/// stored title with it would make two sites' copies of one article differ.
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / "]

    /// `title` without `site` at either end; when the site is not known, only a short last
    /// part after ` | ` is taken for it (dashes are common inside headlines).
    static func headline(_ title: String, site: String?) -> String {
        let title = HTMLDocument.collapsed(title)
        if let site = site.map({ HTMLDocument.collapsed($0) }), !site.isEmpty {
            let lowerTitle = title.lowercased()
            let lowerSite = site.lowercased()
            for separator in separators + [": "] {
                if separator != ": ", lowerTitle.hasSuffix(separator + lowerSite) {
                    let kept = String(title.dropLast(separator.count + site.count))
                    if !kept.isEmpty { return headline(kept, site: site) }
                }
                if lowerTitle.hasPrefix(lowerSite + separator) {
                    let kept = String(title.dropFirst(separator.count + site.count))
                    if !kept.isEmpty { return headline(kept, site: site) }
                }
            }
            return title
        }
        let parts = title.split(separator: " | ", omittingEmptySubsequences: false)
        if parts.count >= 2, let last = parts.last, last.split(separator: " ").count <= 4 {
            let kept = parts.dropLast().joined(separator: " | ")
            if kept.split(separator: " ").count >= 2 { return kept }
        }
        return title
    }
}
