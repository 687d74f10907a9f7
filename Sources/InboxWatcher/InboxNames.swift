/// Which names in the inbox are not (yet) articles: hidden files and the partial files that
/// browsers, downloaders and editors write before renaming them into place.
public enum InboxNames {
    private static let partialSuffixes = [".tmp", ".part", ".crdownload", ".swp", "~"]

    /// Whether a file or folder of this name is left alone until it is renamed.
    public static func isIgnored(_ name: some StringProtocol) -> Bool {
        name.hasPrefix(".") || partialSuffixes.contains { name.hasSuffix($0) }
    }

    /// Whether a folder holds a saved page's assets rather than articles: "Save page as,
    /// complete" writes `Page.html` and a `Page_files/` folder of images, styles and scripts
    /// beside it. The page is the article; its folder is never read.
    public static func isPageAssetsFolder(_ name: some StringProtocol) -> Bool {
        name.hasSuffix("_files") && name.count > "_files".count
    }

    /// The assets folder a saved page may have beside it (`Page.html` → `Page_files`), for
    /// names that look like saved pages.
    public static func assetsFolder(ofPage name: some StringProtocol) -> String? {
        let lower = name.lowercased()
        for suffix in [".html", ".htm", ".xhtml", ".shtml"] where lower.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count)) + "_files"
        }
        return nil
    }

    /// Splits a path relative to the inbox into its folder (`nil` for the inbox itself) and name.
    public static func split(_ path: String) -> (folder: String?, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (nil, path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// Joins a folder path relative to the inbox ("" for the inbox itself) with a name.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }
}
