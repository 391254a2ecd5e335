/// Light stemmers: they strip the commonest prefixes and suffixes so that "exams" finds
/// "exam" and "الامتحانات" finds "امتحان", without a dictionary. Index and query go through the
/// same stemmer, so a rule that cuts too much only joins words, it never hides a page.
/// Where Snowball has an algorithm (English, Dutch, Spanish, Arabic) these follow its first
/// steps; the Arabic one is Larkey's "light10"; Persian, Pashto, Somali and Tigrinya strip
/// the plural, article and preposition affixes of their standard grammars.
struct Stemmer {
    let language: SearchLanguage

    func stem(_ word: [UInt32]) -> [UInt32] {
        var word = word
        switch language {
        case .english: LatinStemmers.english(&word)
        case .dutch: LatinStemmers.dutch(&word)
        case .spanish: LatinStemmers.spanish(&word)
        case .somali: _ = word.strip(suffixFrom: LatinStemmers.somaliSuffixes, keeping: 3)
        case .arabic: ArabicScriptStemmers.arabic(&word)
        case .persian: ArabicScriptStemmers.persian(&word)
        case .pashto: _ = word.strip(suffixFrom: ArabicScriptStemmers.pashtoSuffixes, keeping: 2)
        case .tigrinya: EthiopicStemmer.tigrinya(&word)
        case .other: break
        }
        return word
    }

    /// Words too common to tell pages apart. A query of stop words only is still searched.
    func isStopWord(_ word: ArraySlice<UInt32>) -> Bool {
        StopWords.of(language).contains(word)
    }
}
