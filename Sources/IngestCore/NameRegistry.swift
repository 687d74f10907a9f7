/// The people an article names, in order, so that a later surname-only mention ("Raisi
/// said") gets the full name given earlier ("Ebrahim Raisi"), and a pronoun ("he said") the
/// person named last.
struct NameRegistry {
    struct Mention {
        var paragraph: Int
        var token: Int
        var name: String
        /// The last word of the name.
        var surname: Substring { name.split(separator: " ").last ?? Substring(name) }
    }

    /// Names of two words or more, as first written (titles taken off), with their surnames.
    private var fullNames: [(mention: Mention, surname: Substring)] = []
    /// Every mention of a person outside quotations: full names, and surnames resolved to one.
    private var mentions: [Mention] = []

    init(_ paragraphs: [QuotedParagraph]) {
        var surnames: [Mention] = []
        for (number, paragraph) in paragraphs.enumerated() {
            var index = 0
            while index < paragraph.tokens.count {
                guard !paragraph.quoted[index], paragraph.tokens[index].isCapitalized,
                    let run = PersonMention.run(
                        startingAt: index, in: paragraph.tokens, usable: { !paragraph.quoted[$0] })
                else {
                    index += 1
                    continue
                }
                let reading = PersonMention.read(
                    run, in: paragraph.tokens, text: paragraph.text,
                    startsSentence: paragraph.sentenceStart[index] == index)
                if case .person(let name, let words) = reading {
                    let mention = Mention(paragraph: number, token: run.lowerBound, name: name)
                    if words >= 2 {
                        fullNames.append((mention, mention.surname))
                        mentions.append(mention)
                    } else {
                        surnames.append(mention)
                    }
                }
                index = run.upperBound + 1
            }
        }
        // Both lists are in reading order: merge the resolved surnames in.
        var merged: [Mention] = []
        merged.reserveCapacity(mentions.count + surnames.count)
        var next = 0
        for surname in surnames {
            guard let full = fullName(forSurname: surname.name, before: (surname.paragraph, surname.token)) else {
                continue
            }
            while next < mentions.count,
                (mentions[next].paragraph, mentions[next].token) < (surname.paragraph, surname.token)
            {
                merged.append(mentions[next])
                next += 1
            }
            merged.append(Mention(paragraph: surname.paragraph, token: surname.token, name: full))
        }
        merged.append(contentsOf: mentions[next...])
        mentions = merged
    }

    /// The full name whose last word is `surname`: the latest one before `position`, else
    /// the first one after it.
    func fullName(forSurname surname: String, before position: (paragraph: Int, token: Int)) -> String? {
        var after: String?
        var latest: String?
        // By index: iterating the tuples would copy each name and surname.
        for index in fullNames.indices where fullNames[index].surname == surname {
            let entry = fullNames[index].mention
            if (entry.paragraph, entry.token) < position {
                latest = entry.name
            } else if after == nil {
                after = entry.name
            }
        }
        return latest ?? after
    }

    /// The person named last before `token` in paragraph `paragraph`.
    func lastMention(inParagraph paragraph: Int, before token: Int) -> String? {
        mentions.last { $0.paragraph == paragraph && $0.token < token }?.name
    }

    /// The person named last in the paragraphs before `paragraph`.
    func lastMention(beforeParagraph paragraph: Int) -> String? {
        mentions.last { $0.paragraph < paragraph }?.name
    }
}
