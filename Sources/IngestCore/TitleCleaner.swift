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

    /// The site name a page title gives around a known headline: `Site: Headline`,
    /// `Headline | Site`; `nil` when the title is not the headline with a name at one end.
    static func site(in title: String, headline: String) -> String? {
        let title = HTMLDocument.collapsed(title)
        let headline = HTMLDocument.collapsed(headline)
        guard !headline.isEmpty, title.utf8.count > headline.utf8.count else { return nil }
        var site: Substring?
        for separator in separators + [": "] {
            if separator != ": ", title.hasPrefix(headline + separator) {
                site = title.dropFirst(headline.count + separator.count)
            } else if title.hasSuffix(separator + headline) {
                site = title.dropLast(headline.count + separator.count)
            }
            if site != nil { break }
        }
        guard let site, (1...6).contains(site.split(separator: " ").count) else { return nil }
        return String(site)
    }
}
