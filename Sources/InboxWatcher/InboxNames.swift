/// Which names in the inbox are not (yet) articles: hidden files and the partial files that
/// browsers, downloaders and editors write before renaming them into place.
public enum InboxNames {
    private static let partialSuffixes = [".tmp", ".part", ".crdownload", ".swp", "~"]

    /// Whether a file or folder of this name is left alone until it is renamed.
    public static func isIgnored(_ name: some StringProtocol) -> Bool {
        name.hasPrefix(".") || partialSuffixes.contains { name.hasSuffix($0) }
    }

    /// Joins a folder path relative to the inbox ("" for the inbox itself) with a name.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }
}
