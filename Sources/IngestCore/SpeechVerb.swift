/// The words that attribute a quotation to someone ("said", "told", "according to", "a
/// déclaré", "selon", "sagte", "so", "dijo", "según"), and where each puts the speaker.
enum SpeechVerb {
    enum Kind: Sendable {
        /// The speaker stands before the verb ("X told reporters", "X, adding").
        case subjectFirst
        /// Before, or after in an inverted clause ("X said" / "said X", "sagte Müller").
        case invertible
        /// The speaker follows ("according to X", "selon X", "según X", "laut X").
        case according
        /// German "so X" after a quotation: only right after the closing mark.
        case soAfterQuote
    }

    /// The kind of the speech verb `word` (lower-cased), if it is one. "according" counts only
    /// when "to" follows, which the caller checks.
    static func kind(of word: WordKey) -> Kind? {
        table[word]
    }

    private static let table: WordTable<Kind> = {
        var table: [(String, Kind)] = []
        let invertible = """
            said says added adds stated explained noted wrote writes warned asked declared insisted argued claimed \
            stressed emphasized emphasised announced replied continued recalled acknowledged admitted commented \
            remarked tweeted concluded confirmed shouted exclaimed observed suggested cautioned lamented complained \
            conceded boasted responded recounted predicted answered added
            dit déclaré déclare affirmé affirme expliqué explique ajouté ajoute souligné souligne estimé estime \
            indiqué indique précisé précise lancé confié assuré assure rappelé averti écrit martelé insisté \
            poursuivi répondu reconnu regretté dénoncé prévenu raconte raconté résume résumé témoigne témoigné \
            confie noté observé relevé

            sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint schrieb warnte kritisierte \
            berichtete antwortete forderte ergänzte fügte erzählte erzählt berichtet sagt fasste
            dijo dice afirmó afirma declaró explicó señaló añadió aseguró indicó advirtió manifestó sostuvo comentó \
            escribió agregó subrayó destacó insistió respondió contó cuenta relató resumió apuntó recordó reconoció \
            lamentó explica asegura añade señala
            detto dichiarato affermato spiegato aggiunto sottolineato disse afirmou declarou explicou acrescentou
            """
        let subjectFirst = """
            told tells telling say saying adding stating noting writing warning declaring arguing claiming \
            stressing insisting explaining asking urged urging vowed pledged
            """
        for word in invertible.split(whereSeparator: \.isWhitespace) { table.append((String(word), .invertible)) }
        for word in subjectFirst.split(whereSeparator: \.isWhitespace) { table.append((String(word), .subjectFirst)) }
        for word in ["according", "selon", "d'après", "d’après", "según", "laut", "secondo", "segundo"] {
            table.append((word, .according))
        }
        table.append(("so", .soAfterQuote))
        return WordTable(table)
    }()
}
