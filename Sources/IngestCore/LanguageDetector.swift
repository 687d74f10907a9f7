/// Tells the language of an article's body (ISO 639-1).
public enum LanguageDetector {
    public static func language(of text: String) -> String? { nil }
}
