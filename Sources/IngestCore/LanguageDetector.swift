/// Tells the language of an article's body (ISO 639-1), so the store can be searched by it.
///
/// Latin-script languages (en, fr, de, es, it, pt, nl) by how often their commonest words
/// occur; Persian, Arabic, Russian, Ukrainian, Greek, Hebrew, Chinese, Japanese and Korean by
/// their script. `nil` when the text is too short or the evidence too thin: a wrong language is
/// worse than none. Reads at most the first 2,000 words.
public enum LanguageDetector {
    /// Words read at most.
    static let sampleWords = 2_000
    /// Fewer words than this tell nothing.
    static let minimumWords = 8

    public static func language(of text: String) -> String? {
        var counter = Counter()
        counter.read(text)
        return counter.verdict()
    }

    /// What one pass over the text found (internal, so that tests can hold the byte-level
    /// reading to a scalar-by-scalar one).
    struct Counter: Equatable {
        var words = 0
        /// Scores and hits of the stopwords read, per language.
        var tally = StopwordTally()
        var latinLetters = 0
        var arabicLetters = 0
        var persianLetters = 0
        var arabicOnlyLetters = 0
        var cyrillicLetters = 0
        var ukrainianLetters = 0
        var greekLetters = 0
        var hebrewLetters = 0
        var hanLetters = 0
        var kanaLetters = 0
        var hangulLetters = 0

        /// Which scalars below U+3000 are letters, as ``TextToken/isLetter(_:)`` tells them.
        private static let letters = TextToken.letters

        mutating func read(_ text: String) {
            var text = text
            text.withUTF8 { read(bytes: $0) }
        }

        /// One pass over valid UTF-8 (a `String`'s bytes). An ASCII byte — most of a
        /// Latin-script text — is a letter, lower-cased and counted by the byte alone: `A`-`Z`
        /// and `a`-`z`, and no other ASCII byte, lie in `a`...`z` once bit 5 is set. Only a
        /// non-ASCII lead byte is decoded into its scalar, for the letter table and the scripts.
        private mutating func read(bytes: UnsafeBufferPointer<UInt8>) {
            let letters = Self.letters
            let stopwords = Stopwords.keyed
            let rows = StopwordTally.rows
            // The tally is kept out of `self` for the pass, so that it can stay in registers.
            var tally = self.tally
            var words = self.words
            defer {
                self.tally = tally
                self.words = words
            }
            // A word is looked up by its first 8 bytes, lower-cased, packed into an integer:
            // no string is built per word. Longer words are no stopwords.
            var key: UInt64 = 0
            var length = 0
            var inWord = false
            var latinWord = true
            var index = 0
            // ASCII letters, counted here and added once.
            var asciiLetters = 0
            defer { latinLetters += asciiLetters }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    var lower = byte | 0x20
                    guard (0x61...0x7A).contains(lower) else {
                        index += 1
                        if inWord {
                            inWord = false
                            if Self.endWord(key: key, length: length, latin: latinWord, stopwords, rows, &words, &tally)
                            {
                                return
                            }
                        }
                        continue
                    }
                    if !inWord {
                        inWord = true
                        key = 0
                        length = 0
                        latinWord = true
                    }
                    // The whole run of ASCII letters: 8 bytes at a time while 8 can be read…
                    let runStart = index
                    var runEnded = false
                    while let block = ByteLanes.load(bytes, at: index) {
                        let run = ASCIILetterRun(block)
                        if length < 8 { key |= run.lowercased << (8 * UInt64(length)) }
                        length += run.count
                        index += run.count
                        if run.count < 8 {
                            runEnded = true
                            break
                        }
                    }
                    if runEnded || index == bytes.count {
                        asciiLetters += index - runStart
                        continue
                    }
                    // …then byte by byte (a byte of 0x80 or more is no letter once bit 5 is set).
                    lower = bytes[index] | 0x20
                    guard (0x61...0x7A).contains(lower) else {
                        asciiLetters += index - runStart
                        continue
                    }
                    repeat {
                        if length < 8 { key |= UInt64(lower) << (8 * UInt64(length)) }
                        length += 1
                        index += 1
                        guard index < bytes.count else { break }
                        lower = bytes[index] | 0x20
                    } while (0x61...0x7A).contains(lower)
                    asciiLetters += index - runStart
                    continue
                }
                let (value, width) = UTF8Bytes.value(at: index, in: bytes)
                // A truncated last scalar (never in a `String`) ends the text.
                guard width == (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2) else { break }
                index += width
                guard letters.contains(value) else {
                    if inWord {
                        inWord = false
                        if Self.endWord(key: key, length: length, latin: latinWord, stopwords, rows, &words, &tally) {
                            return
                        }
                    }
                    continue
                }
                countScript(value)
                if !inWord {
                    inWord = true
                    key = 0
                    length = 0
                    latinWord = true
                }
                var lower = value
                if (0xC0...0xDE).contains(value) && value != 0xD7 { lower += 0x20 }
                if lower >= 0x250 { latinWord = false }
                if lower < 0x800 {
                    // Its two UTF-8 bytes.
                    if length < 8 { key |= UInt64(0xC0 | lower >> 6) << (8 * UInt64(length)) }
                    length += 1
                    if length < 8 { key |= UInt64(0x80 | lower & 0x3F) << (8 * UInt64(length)) }
                    length += 1
                } else {
                    // Not a stopword letter: only the length matters.
                    length += 3
                }
            }
            if inWord { _ = Self.endWord(key: key, length: length, latin: latinWord, stopwords, rows, &words, &tally) }
        }

        /// Counts a word; `true` once the sample is full.
        @inline(__always)
        private static func endWord(
            key: UInt64, length: Int, latin: Bool, _ stopwords: StopwordKeys, _ rows: [StopwordTally.Row],
            _ words: inout Int, _ tally: inout StopwordTally
        ) -> Bool {
            words += 1
            if latin, length <= 8 {
                let bits = stopwords.languageBits(of: key)
                if bits != 0 { tally.add(rows[Int(bits)]) }
            }
            return words >= LanguageDetector.sampleWords
        }

        /// Counts a letter outside ASCII (given its scalar value) for its script.
        mutating func countScript(_ value: UInt32) {
            switch value {
            case 0xC0...0x24F: latinLetters += 1
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                arabicLetters += 1
                switch value {
                // پ چ ژ گ ک ی
                case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC: persianLetters += 1
                // ة ي ك ى
                case 0x0629, 0x064A, 0x0643, 0x0649: arabicOnlyLetters += 1
                default: break
                }
            case 0x0400...0x04FF:
                cyrillicLetters += 1
                // і ї є ґ (and capitals)
                if [0x0456, 0x0457, 0x0454, 0x0491, 0x0406, 0x0407, 0x0404, 0x0490].contains(value) {
                    ukrainianLetters += 1
                }
            case 0x0370...0x03FF, 0x1F00...0x1FFF: greekLetters += 1
            case 0x0590...0x05FF: hebrewLetters += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: hanLetters += 1
            case 0x3040...0x30FF: kanaLetters += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: hangulLetters += 1
            default: break
            }
        }

        /// The score of each language, as a `Double` per word added in the order read.
        var scores: [Double] { Stopwords.languages.indices.map { tally.scores[$0] } }
        /// How many stopwords of each language were read.
        var hits: [Int] { Stopwords.languages.indices.map { Int(tally.hits[$0]) } }

        func verdict() -> String? {
            let scores = self.scores
            let hits = self.hits
            let cjk = hanLetters + kanaLetters + hangulLetters
            let letters = latinLetters + arabicLetters + cyrillicLetters + greekLetters + hebrewLetters + cjk
            // CJK text has no spaces: count its characters, not its "words".
            guard letters > 0, words >= LanguageDetector.minimumWords || cjk >= 20 else { return nil }
            func most(_ count: Int) -> Bool { count * 2 > letters }
            if most(arabicLetters) {
                if persianLetters > arabicOnlyLetters { return "fa" }
                if arabicOnlyLetters > persianLetters { return "ar" }
                return nil
            }
            if most(cyrillicLetters) { return ukrainianLetters * 100 > cyrillicLetters ? "uk" : "ru" }
            if most(greekLetters) { return "el" }
            if most(hebrewLetters) { return "he" }
            if most(cjk) {
                if hangulLetters > hanLetters + kanaLetters { return "ko" }
                // Japanese writes its grammar in kana; Chinese has none.
                return kanaLetters * 10 >= hanLetters + kanaLetters ? "ja" : "zh"
            }
            guard most(latinLetters) else { return nil }
            let ranked = scores.indices.sorted { scores[$0] > scores[$1] }
            let best = ranked[0]
            let second = ranked[1]
            // Enough common words, and clearly more of one language's than of any other's.
            guard hits[best] >= 3, Double(hits[best]) >= 0.1 * Double(words),
                scores[best] >= 1.4 * scores[second]
            else { return nil }
            return Stopwords.languages[best]
        }
    }
}
