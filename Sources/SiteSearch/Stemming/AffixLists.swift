/// Every list of affixes and stop words the stemmers use, longest first where one list holds
/// endings of another, in one table made on first use.
/// One table, not one global per list: in the wasm build each global carries its own
/// initialisation code, and twenty of them would be most of the module.
enum AffixList: Int, CaseIterable {
    case arabicPrefixes, arabicSuffixes, persianPrefixes, persianSuffixes, pashtoSuffixes
    case englishEndings, dutchEndings, spanishEndings, somaliSuffixes
    case tigrinyaPrefixes, tigrinyaSuffixes
    // The commonest words of each language: articles, prepositions, conjunctions.
    case noStopWords, englishStopWords, dutchStopWords, spanishStopWords, somaliStopWords
    case arabicStopWords, persianStopWords, pashtoStopWords, tigrinyaStopWords

    var text: StaticString {
        switch self {
        case .arabicPrefixes: "وال بال كال فال لل ال"
        case .arabicSuffixes: "ها ان ات ون ين يه ه ي"
        case .persianPrefixes: "نمی می"
        case .persianSuffixes: "هایی های ترین ها تر ان ات ی"
        case .pashtoSuffixes: "ګانو ګانې ګان ونو ونه انو انې ان و ې ه"
        case .englishEndings: "ingly edly ing ed ly"
        case .dutchEndings: "ingen ende ing end en e"
        case .spanishEndings: "amente mente ciones es s"
        case .somaliSuffixes: """
            ooyinka ooyinkii ooyin yaasha ayaal yaal kaaga kiisa keeda kayga taada tiisa teeda tayda
            kii tii gii dii hii sha ka ta ga da ha
            """
        case .tigrinyaPrefixes: "ካብ ናብ ኣብ ምስ ከም ብ ን ዝ"
        case .tigrinyaSuffixes: "ታት ውን ኩም ን"
        case .noStopWords: ""
        case .englishStopWords: """
            the a an and or of to in on for is are be you your it this that with at by from as do if
            can what how when
            """
        case .dutchStopWords: """
            de het een en of van in op voor is zijn u uw je dat die met aan bij te er als wat hoe
            wanneer
            """
        case .spanishStopWords: """
            el la los las un una y o de del en por para es son su sus que con al se lo como cuando
            """
        case .somaliStopWords: "iyo oo ka ku u la waa in ee aad ay ah"
        case .arabicStopWords: "في من على إلى عن و أن إن هذا هذه التي الذي أو ما لا هل كيف متى"
        case .persianStopWords: "و در به از که را با این آن است یا هم برای چه چگونه"
        case .pashtoStopWords: "او په د چې له ته دا هم کې یا څنګه"
        case .tigrinyaStopWords: "እዩ እያ እቲ እታ ናይ ኣብ ምስ ወይ እንታይ"
        }
    }
}

extension Affixes {
    private static let table = AffixList.allCases.map { Affixes($0.text) }

    static subscript(list: AffixList) -> Affixes { table[list.rawValue] }
}
