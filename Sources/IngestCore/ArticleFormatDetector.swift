/// Tells which format a file holds from its content; the name is a hint only.
public enum ArticleFormatDetector {
    public static func detect(_ bytes: [UInt8], fileName: String?) -> Result<ArticleFormat, Rejection> {
        .success(.plainText)
    }
}
