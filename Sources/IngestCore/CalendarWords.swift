/// The month and weekday names that written dates use, in the languages ingestd reads
/// (English, French, German, Spanish, Italian, Portuguese, Dutch), looked up in lower case.
enum CalendarWords {
    /// The month a name or abbreviation stands for. English abbreviations that are also
    /// ordinary words ("may", "mar") are only months when capitalized; see ``month(_:)``.
    static func month(lowercased name: some StringProtocol) -> Int? {
        months[String(name)]
    }

    /// The month a word names as it is written in running text: English short forms must be
    /// capitalized ("May 5", not "may 5").
    static func month(_ token: TextToken) -> Int? {
        guard token.isWord, (3...10).contains(token.utf8Count), let month = months[token.lower] else { return nil }
        if !token.isCapitalized, caseSensitive.contains(token.lower) { return nil }
        return month
    }

    static func isWeekday(lowercased word: some StringProtocol) -> Bool {
        weekdays.contains(String(word))
    }

    private static let caseSensitive: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    private static let months: [String: Int] = {
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
        var table: [String: Int] = [:]
        for (index, forms) in names.enumerated() {
            for form in forms { table[form] = index + 1 }
        }
        return table
    }()

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    ]
}
