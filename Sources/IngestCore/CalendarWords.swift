/// The month and weekday names that written dates use, in the languages ingestd reads
/// (English, French, German, Spanish, Italian, Portuguese, Dutch), looked up in lower case.
enum CalendarWords {
    /// The month a name or abbreviation stands for. English abbreviations that are also
    /// ordinary words ("may", "mar") are only months when capitalized; see ``month(_:)``.
    static func month(lowercased name: WordKey) -> Int? {
        months[name]
    }

    /// The month a word names as it is written in running text: English short forms must be
    /// capitalized ("May 5", not "may 5").
    static func month(_ token: TextToken) -> Int? {
        guard token.isWord, (3...10).contains(token.utf8Count), let month = months[token.key] else { return nil }
        if !token.isCapitalized, caseSensitive.contains(token.key) { return nil }
        return month
    }

    static func isWeekday(lowercased word: WordKey) -> Bool {
        weekdays.contains(word)
    }

    private static let caseSensitive = WordSet(words: [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    private static let months: WordTable<Int> = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "janeiro", "januari"],
            [
                "february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero", "febbraio", "fevereiro",
                "februari",
            ],
            ["march", "mar", "mars", "märz", "maerz", "marzo", "março", "maart"],
            ["april", "apr", "avril", "avr", "abril", "aprile"],
            ["may", "mai", "mayo", "maggio", "maio", "mei"],
            ["june", "jun", "juin", "juni", "junio", "giugno", "junho"],
            ["july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho"],
            ["august", "aug", "août", "aout", "agosto", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro"],
            ["october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            [
                "december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dicembre",
                "dezembro",
            ],
        ]
        return WordTable(names.enumerated().flatMap { index, forms in forms.map { ($0, index + 1) } })
    }()

    private static let weekdays = WordSet(words: [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    ])
}
