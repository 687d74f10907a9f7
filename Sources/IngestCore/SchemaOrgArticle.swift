/// What schema.org JSON-LD says about an article (`NewsArticle`, `BlogPosting`, …): the most
/// deliberate metadata a page carries, read from a `<script type="application/ld+json">` or
/// from a JSON file.
///
/// Lists, `@graph` and `@id` references are followed; authors are Person names only (an
/// `Organization` as author is the publisher, not a person); `dateModified` is never read.
struct SchemaOrgArticle {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?
    var body: String?
    var language: String?

    /// Article types whose name does not end in `Article`.
    private static let articleTypes: Set<String> = [
        "blogposting", "liveblogposting", "socialmediaposting", "report", "posting",
    ]

    /// The first article described in a parsed JSON value; `nil` when there is none.
    static func find(in json: Any) -> SchemaOrgArticle? {
        var objects: [[String: Any]] = []
        flatten(json, into: &objects, depth: 0)
        var byID: [String: [String: Any]] = [:]
        for object in objects {
            if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object }
        }
        guard let object = objects.first(where: isArticle) else { return nil }
        return SchemaOrgArticle(object, byID: byID)
    }

    /// Whether a JSON object declares an article type.
    static func isArticle(_ object: [String: Any]) -> Bool {
        types(of: object).contains { articleTypes.contains($0) || $0.hasSuffix("article") }
    }

    private init(_ object: [String: Any], byID: [String: [String: Any]]) {
        func resolved(_ value: Any?) -> [Any] {
            let values: [Any] = (value as? [Any]) ?? (value.map { [$0] } ?? [])
            return values.map { item in
                guard let reference = item as? [String: Any], let id = reference["@id"] as? String,
                    let target = byID[id]
                else { return item }
                return reference.merging(target) { own, _ in own }
            }
        }
        headline = Self.string(object["headline"]) ?? Self.string(object["name"])
        datePublished = Self.string(object["datePublished"])
        for key in ["articleBody", "text"] where body == nil {
            body = (object[key] as? String) ?? (object[key] as? [Any])?.first as? String
        }
        language = Self.string(object["inLanguage"])
        for item in resolved(object["publisher"]) {
            if let name = Self.string(item) ?? Self.string((item as? [String: Any])?["name"]) {
                publisher = name
                break
            }
        }
        let excluded = publisher.map { [$0] } ?? []
        for item in resolved(object["author"]) + resolved(object["creator"]) {
            var names: [String] = []
            if let text = item as? String {
                names = AuthorList.names(in: text, excluding: excluded)
            } else if let person = item as? [String: Any], Self.isPerson(person),
                let name = Self.string(person["name"])
            {
                names = AuthorList.names(in: name, excluding: excluded)
            }
            for name in names where !authors.contains(name) { authors.append(name) }
        }
    }

    /// A Person, or an author object that names no type at all; never an Organization.
    private static func isPerson(_ object: [String: Any]) -> Bool {
        let types = types(of: object)
        return types.isEmpty || types.contains("person")
    }

    private static func types(of object: [String: Any]) -> [String] {
        let raw: [Any] = (object["@type"] as? [Any]) ?? (object["@type"].map { [$0] } ?? [])
        return raw.compactMap { value in
            guard let type = value as? String else { return nil }
            let name = type.split(separator: "/").last.map(String.init) ?? type
            return (name.hasPrefix("schema:") ? String(name.dropFirst(7)) : name).lowercased()
        }
    }

    private static func flatten(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let list = value as? [Any] {
            for item in list { flatten(item, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] { flatten(main, into: &objects, depth: depth + 1) }
        }
    }

    /// A non-empty string, or the first of a list of strings, whitespace collapsed.
    static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let collapsed = HTMLDocument.collapsed(text)
            return collapsed.isEmpty ? nil : collapsed
        }
        if let list = value as? [Any], let first = list.first { return string(first) }
        return nil
    }
}
