/// The commonest short words of each Latin-script language ``LanguageDetector`` tells apart:
/// articles, pronouns, prepositions, conjunctions and auxiliaries, which make up a large
/// share of any running text in that language and little of any other.
enum Stopwords {
    static let languages = ["en", "fr", "de", "es", "it", "pt", "nl"]

    /// Each word and the languages (indices into ``languages``) it belongs to.
    static let table: [String: [Int]] = {
        let lists: [String] = [
            // en
            """
            the and of to in is that was for with on as are it by be this from at have has had not but they which \
            were their been would will who its an or said he his she her we our there than after also these what \
            when about into more
            """,
            // fr
            """
            le la les des du de et est une un que qui dans pour pas sur au aux avec ce cette il elle sont ont été \
            mais par plus son sa ses nous vous leur comme très aussi être fait était entre sans même où dont
            """,
            // de
            """
            der die das und ist nicht ein eine den dem des zu mit sich auf für von im auch es sie wir ich er wird \
            wurde sind hat haben bei aus nach dass oder aber noch wie einen einer nur vor über sein kann zum zur
            """,
            // es
            """
            el la los las de del y que en un una es por con para se no lo al como más pero sus su fue ha está son \
            este esta entre cuando muy sin sobre también hasta desde donde fueron han ya porque
            """,
            // it
            """
            il lo la gli le di che e è un una per non con del della dei delle nel nella sono ha al alla anche come \
            più ma questo questa essere stato sul dal degli gli ci si sua suo loro dopo
            """,
            // pt
            """
            o a os as de do da dos das e que em um uma é não para com por no na nos nas se mais ao como mas foi \
            seu sua são está também pelo pela ele ela já ser muito quando até
            """,
            // nl
            """
            de het een en van is dat op te in niet zijn met voor die er aan ook als bij door maar om naar nog \
            wordt werd heeft hebben wat uit worden geen zich zo tot kan over deze
            """,
        ]
        var table: [String: [Int]] = [:]
        for (language, list) in lists.enumerated() {
            for word in list.split(whereSeparator: \.isWhitespace) {
                let key = String(word)
                if table[key]?.contains(language) != true { table[key, default: []].append(language) }
            }
        }
        return table
    }()

    /// ``table`` keyed by a word's UTF-8 bytes packed into an integer (first byte lowest), for
    /// words of up to 8 bytes: what ``LanguageDetector`` looks words up by.
    static let keyed = StopwordKeys(table)
}
