/// The words of a query as the index holds them: folded, stemmed, stop words left out.
struct QueryTerms {
    struct Term {
        /// The stem, as index terms are keyed.
        let key: [UInt8]
        /// The folded word before stemming: while typing, the last word is a prefix of this.
        let typed: [UInt8]
        let typedLetters: [UInt32]
    }

    let terms: [Term]

    init(_ query: [UInt8], in index: SearchIndex) {
        let stemmer = Stemmer(language: index.language)
        let words = Words(query)
        var kept: [Term] = [], stopWords: [Term] = []
        for word in 0..<words.count {
            let letters = words.letters(of: word)
            guard QueryTerms.isIndexable(letters) else { continue }
            let typed = QueryTerms.key(letters)
            let alias = index.aliases.first { $0.alias == typed }?.term
            let term = Term(key: alias ?? QueryTerms.key(stemmer.stem(Array(letters))), typed: typed, typedLetters: Array(letters))
            if stemmer.isStopWord(letters) { stopWords.append(term) } else { kept.append(term) }
        }
        terms = kept.isEmpty ? stopWords : kept
    }

    /// A word of one letter tells nothing unless it is a digit ("و" is "and" in Arabic and Persian).
    static func isIndexable(_ letters: ArraySlice<UInt32>) -> Bool {
        letters.count > 1 || letters.first.map { (0x30...0x39).contains($0) } == true
    }

    /// A word's letters as the UTF-8 bytes that index terms are sorted by.
    static func key<Letters: Sequence<UInt32>>(_ letters: Letters) -> [UInt8] {
        var bytes: [UInt8] = []
        for letter in letters { UTF8Bytes.append(letter, to: &bytes) }
        return bytes
    }
}
