import Foundation

/// Reads one article saved as a JSON object (as exporters and APIs write them: `title`,
/// `author`, `date`, `body`…, WordPress's `{"rendered": …}` included), or schema.org
/// `NewsArticle` / `Article` / `BlogPosting` JSON-LD, `@graph` and lists included.
///
/// A body that holds HTML is read as HTML. An object without any article text is refused with
/// the keys that were looked for, so the operator can tell a wrong export from a bug.
public struct JSONArticleParser: Sendable {
    // Exporters in German, French and Spanish name their keys in their language
    // ("titel", "autoren", "absaetze"): those names follow the English ones.
    private static let titleKeys = [
        "title", "headline", "name", "titel", "ueberschrift", "überschrift", "titre", "titulo", "título",
    ]
    private static let authorKeys = [
        "author", "authors", "byline", "by", "creator", "author_name", "autor", "autoren", "verfasser", "auteur",
        "auteurs", "autores",
    ]
    private static let dateKeys = [
        "datePublished", "date_published", "published", "published_at", "publishedAt", "publication_date",
        "publish_date", "pubDate", "date", "veroeffentlicht", "veröffentlicht", "datum", "publie", "publié",
        "date_publication", "publicado", "fecha", "fecha_publicacion",
    ]
    private static let bodyKeys = [
        "body", "text", "content", "articleBody", "article_body", "content_text", "content_html", "body_html",
        "html", "inhalt", "absaetze", "absätze", "haupttext", "texte", "contenu", "corps", "paragraphes", "cuerpo",
        "contenido", "texto", "parrafos", "párrafos", "paragraphs",
    ]
    private static let siteKeys = [
        "site", "site_name", "siteName", "publisher", "source", "publication", "quelle", "medium", "verlag",
        "publication_name", "fuente", "medio",
    ]
    private static let languageKeys = ["language", "lang", "inLanguage", "sprache", "langue", "idioma"]
    /// Keys under which exporters nest the article itself.
    private static let wrapperKeys = ["article", "post", "data", "item", "story"]

    public init() {}

    public func parse(_ text: String) -> Result<Article, Rejection> {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            let reason = JSONSyntaxError.describe(error, in: Array(text.utf8))
            return .failure(Rejection(.unreadableFormat, "the file is not valid JSON at \(reason)"))
        }
        if let schema = SchemaOrgArticle.find(in: value) {
            return schemaArticle(schema)
        }
        guard var object = (value as? [String: Any]) ?? ((value as? [Any])?.first as? [String: Any]) else {
            return .failure(Rejection(.unreadableFormat, "the JSON is not an article object"))
        }
        for key in Self.wrapperKeys {
            if let inner = object[key] as? [String: Any], Self.first(Self.bodyKeys, in: inner) != nil {
                object = inner
                break
            }
        }
        guard let rawBody = Self.first(Self.bodyKeys, in: object) ?? Self.longestProse(in: object) else {
            let keys = object.keys.sorted().prefix(12).joined(separator: ", ")
            return .failure(
                Rejection(
                    .unreadableFormat,
                    "the JSON object has no article text: none of the keys \(Self.bodyKeys.joined(separator: ", ")) "
                        + "holds a string (its keys are: \(keys.isEmpty ? "none" : keys))"))
        }
        let site = Self.first(Self.siteKeys, in: object).map { HTMLDocument.collapsed($0) }
        let stamp = Self.first(Self.dateKeys, in: object).flatMap(DateTimeStamp.stated)
        var article = Article(
            title: Self.first(Self.titleKeys, in: object).map { HTMLDocument.collapsed($0) },
            authors: authors(in: object, excluding: site),
            published: stamp?.date,
            publishedAt: stamp?.rfc3339,
            site: site,
            body: Self.bodyText(rawBody),
            format: .json
        )
        if let language = Self.first(Self.languageKeys, in: object) { article.language = Self.languageCode(language) }
        return .success(article)
    }

    private func schemaArticle(_ schema: SchemaOrgArticle) -> Result<Article, Rejection> {
        guard let body = schema.body, !body.isEmpty else {
            return .failure(
                Rejection(
                    .unreadableFormat, "the JSON-LD article has no articleBody (it describes a page, not its text)"))
        }
        let stamp = schema.datePublished.flatMap(DateTimeStamp.stated)
        var article = Article(
            title: schema.headline, authors: schema.authors, published: stamp?.date, publishedAt: stamp?.rfc3339,
            site: schema.publisher, body: Self.bodyText(body), format: .json)
        article.language = schema.language.flatMap(Self.languageCode)
        return article.body.isEmpty
            ? .failure(Rejection(.unreadableFormat, "the JSON-LD articleBody is empty")) : .success(article)
    }

    private func authors(in object: [String: Any], excluding site: String?) -> [String] {
        let excluded = site.map { [$0] } ?? []
        for key in Self.authorKeys {
            guard let value = object[key] else { continue }
            let items: [Any] = (value as? [Any]) ?? [value]
            var names: [String] = []
            for item in items {
                let text =
                    (item as? String)
                    ?? Self.string((item as? [String: Any]).flatMap { $0["name"] ?? $0["display_name"] })
                for name in text.map({ AuthorList.names(in: $0, excluding: excluded) }) ?? []
                where !names.contains(name) {
                    names.append(name)
                }
            }
            if !names.isEmpty { return names }
        }
        return []
    }

    /// The first of `keys` that holds text: a string, `{"rendered": …}`, `{"name": …}`, or a
    /// list of strings (paragraphs).
    private static func first(_ keys: [String], in object: [String: Any]) -> String? {
        for key in keys {
            if let text = string(object[key]) { return text }
        }
        return nil
    }

    /// The value with the most text, when no key says which is the body: a string or list of
    /// strings of at least 400 bytes, most of it sentences (ending in `.`, `!`, `?`, `“` or
    /// `»`), so a list of related headlines or tags is never taken for the article.
    private static func longestProse(in object: [String: Any]) -> String? {
        var best: String?
        for key in object.keys.sorted() {
            guard let text = string(object[key]), text.utf8.count >= 400,
                text.utf8.count > best?.utf8.count ?? 0
            else { continue }
            let parts = Paragraphs.of(text)
            let sentences = parts.filter { part in
                guard let last = part.last(where: { !$0.isWhitespace }) else { return false }
                return ".!?\"”»“…".contains(last)
            }
            if sentences.count * 2 >= parts.count { best = text }
        }
        return best
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            return text.allSatisfy(\.isWhitespace) ? nil : text
        case let object as [String: Any]:
            return string(object["rendered"]) ?? string(object["name"]) ?? string(object["text"])
        case let list as [Any]:
            let parts = list.compactMap { $0 as? String }
            return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
        default:
            return nil
        }
    }

    /// Plain text as given (the extractor normalizes it), or the paragraphs of an HTML body.
    private static func bodyText(_ raw: String) -> String {
        let looksLikeHTML = raw.contains("</p>") || raw.contains("<p>") || raw.contains("<br") || raw.contains("</div>")
        if looksLikeHTML, let document = HTMLDocument.parse(Array(raw.utf8), encoding: "UTF-8") {
            return HTMLBodyText.paragraphs(of: HTMLPage(document), title: nil).joined(separator: "\n\n")
        }
        return raw
    }

    /// `en`, `en-US`, `en_GB` → `en`; anything else is not a language code.
    private static func languageCode(_ text: String) -> String? {
        let code = text.lowercased().prefix { $0.isLetter }
        return (2...3).contains(code.count) ? String(code) : nil
    }
}
