/// The commonest words of each language: articles, prepositions, conjunctions. A search for
/// "و" ("and") must not list every page.
enum StopWords {
    static func of(_ language: SearchLanguage) -> Affixes {
        switch language {
        case .english: english
        case .dutch: dutch
        case .spanish: spanish
        case .somali: somali
        case .arabic: arabic
        case .persian: persian
        case .pashto: pashto
        case .tigrinya: tigrinya
        case .other: none
        }
    }

    private static let none = Affixes([])
    private static let english = Affixes([
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "be", "you", "your",
        "it", "this", "that", "with", "at", "by", "from", "as", "do", "if", "can", "what", "how", "when",
    ])
    private static let dutch = Affixes([
        "de", "het", "een", "en", "of", "van", "in", "op", "voor", "is", "zijn", "u", "uw", "je",
        "dat", "die", "met", "aan", "bij", "te", "er", "als", "wat", "hoe", "wanneer",
    ])
    private static let spanish = Affixes([
        "el", "la", "los", "las", "un", "una", "y", "o", "de", "del", "en", "por", "para", "es",
        "son", "su", "sus", "que", "con", "al", "se", "lo", "como", "cuando",
    ])
    private static let somali = Affixes(["iyo", "oo", "ka", "ku", "u", "la", "waa", "in", "ee", "aad", "ay", "ah"])
    private static let arabic = Affixes([
        "في", "من", "على", "إلى", "عن", "و", "أن", "إن", "هذا", "هذه", "التي", "الذي", "أو", "ما", "لا", "هل", "كيف", "متى",
    ])
    private static let persian = Affixes([
        "و", "در", "به", "از", "که", "را", "با", "این", "آن", "است", "یا", "هم", "برای", "چه", "چگونه",
    ])
    private static let pashto = Affixes(["او", "په", "د", "چې", "له", "ته", "دا", "هم", "کې", "یا", "څنګه"])
    private static let tigrinya = Affixes(["እዩ", "እያ", "እቲ", "እታ", "ናይ", "ኣብ", "ምስ", "ወይ", "እንታይ"])
}
