/// Makes a locale's index file from its sections. The words of each field are folded and
/// stemmed as queries will be, so that index and query meet.
public struct SearchIndexBuilder {
    public let language: SearchLanguage
    private let stemmer: Stemmer
    private var sections: [SearchSection] = []
    /// Per term: the sections it stands in, with the fields and count (`Field`).
    private var postings: [[UInt8]: [(section: Int, field: UInt8)]] = [:]
    private var aliases: [(alias: [UInt8], term: [UInt8])] = []

    public init(language: SearchLanguage) {
        self.language = language
        stemmer = Stemmer(language: language)
    }

    public mutating func add(_ section: SearchSection) {
        let index = sections.count
        sections.append(section)
        var fields: [[UInt8]: UInt8] = [:]
        for (text, field) in [(section.pageTitle, Field.title), (section.heading, Field.heading), (section.text, Field.body)] {
            for term in terms(of: text) {
                let seen = fields[term, default: 0]
                let count = min((seen & Field.countMask) + 1, Field.countMask)
                fields[term] = (seen & ~Field.countMask) | field | count
            }
        }
        for (term, field) in fields { postings[term, default: []].append((index, field)) }
    }

    /// A spelling readers type for a term of the index, in another script or transliterated
    /// ("دوو" for "DUO"): the query word `alias` is then searched as `term`.
    public mutating func addAlias(_ alias: [UInt8], for term: [UInt8]) {
        let aliasWords = Words(alias), termWords = Words(term)
        guard aliasWords.count == 1, termWords.count == 1 else { return }
        aliases.append((QueryTerms.key(Array(aliasWords.letters(of: 0))), key(Array(termWords.letters(of: 0)))))
    }

    private func terms(of text: [UInt8]) -> [[UInt8]] {
        let words = Words(text)
        return (0..<words.count).compactMap { word in
            let letters = words.letters(of: word)
            guard QueryTerms.isIndexable(letters), !stemmer.isStopWord(letters) else { return nil }
            return key(Array(letters))
        }
    }

    private func key(_ letters: [UInt32]) -> [UInt8] { QueryTerms.key(stemmer.stem(letters)) }

    public func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.raw(SearchIndex.magic)
        writer.number(SearchIndex.version)
        writer.byte(language.rawValue)
        writer.number(sections.count)
        for section in sections {
            for field in [section.url, section.anchor, section.pageTitle, section.heading, section.path, section.text] {
                writer.bytes(field)
            }
            writer.byte(section.isFallback ? 1 : 0)
        }
        writeTerms(to: &writer)
        writer.number(aliases.count)
        for (alias, term) in aliases.sorted(by: { $0.alias.lexicographicallyPrecedes($1.alias) }) {
            writer.bytes(alias)
            writer.bytes(term)
        }
        return writer.bytes
    }

    /// Terms in byte order, each written as the length it shares with the one before and the
    /// rest (front coding); postings as the distance from the section before.
    private func writeTerms(to writer: inout ByteWriter) {
        let terms = postings.keys.sorted { $0.lexicographicallyPrecedes($1) }
        writer.number(terms.count)
        var previous: [UInt8] = []
        for term in terms {
            let shared = zip(previous, term).prefix { $0 == $1 }.count
            writer.number(shared)
            writer.bytes(term[shared...])
            let list = postings[term]!.sorted { $0.section < $1.section }
            writer.number(list.count)
            var last = 0
            for posting in list {
                writer.number(posting.section - last)
                writer.byte(posting.field)
                last = posting.section
            }
            previous = term
        }
    }
}
