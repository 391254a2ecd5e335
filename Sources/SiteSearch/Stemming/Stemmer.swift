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
        case .somali: LatinStemmers.somali(&word)
        case .arabic: ArabicScriptStemmers.arabic(&word)
        case .persian: ArabicScriptStemmers.persian(&word)
        case .pashto: ArabicScriptStemmers.pashto(&word)
        case .tigrinya: EthiopicStemmer.tigrinya(&word)
        case .other: break
        }
        return word
    }

    /// Words too common to tell pages apart: a search for "و" ("and") must not list every page.
    /// A query of stop words only is still searched.
    func isStopWord(_ word: ArraySlice<UInt32>) -> Bool {
        Affixes[stopWords].contains(word)
    }

    private var stopWords: AffixList {
        switch language {
        case .english: .englishStopWords
        case .dutch: .dutchStopWords
        case .spanish: .spanishStopWords
        case .somali: .somaliStopWords
        case .arabic: .arabicStopWords
        case .persian: .persianStopWords
        case .pashto: .pashtoStopWords
        case .tigrinya: .tigrinyaStopWords
        case .other: .noStopWords
        }
    }
}
