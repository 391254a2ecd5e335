enum ArabicScriptStemmers {
    /// Larkey, Ballesteros and Connell's "light10": the article and joined prepositions in front,
    /// then plural, dual and pronoun endings (ة is folded to ه). Light10 passes over the endings
    /// once; this passes twice, so that "امتحانات" (-ات on -ان) meets "امتحان".
    static func arabic(_ word: inout [UInt32]) {
        if !word.strip(prefixFrom: arabicPrefixes, keeping: 2), word.count > 3, word.first == ArabicScript.waw {
            word.removeFirst()
        }
        for _ in 0..<2 {
            for suffix in arabicSuffixes.words where word.count - suffix.count >= 2 && word.ends(with: suffix) {
                word.removeLast(suffix.count)
            }
        }
    }

    private static let arabicPrefixes = Affixes(["وال", "بال", "كال", "فال", "لل", "ال"])
    private static let arabicSuffixes = Affixes(["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"])

    /// The verb prefixes mi-/nemi- (written joined once the zero-width non-joiner is folded away),
    /// then the plural, comparative and ezafe endings, up to two of them ("کتاب‌هایی").
    static func persian(_ word: inout [UInt32]) {
        _ = word.strip(prefixFrom: persianPrefixes, keeping: 3)
        if word.strip(suffixFrom: persianSuffixes, keeping: 2) {
            _ = word.strip(suffixFrom: persianSuffixes, keeping: 2)
        }
    }

    private static let persianPrefixes = Affixes(["نمی", "می"])
    private static let persianSuffixes = Affixes(["هایی", "های", "ترین", "ها", "تر", "ان", "ات", "ی"])

    /// Plural and oblique endings of nouns (-ونه, -ګان, -انو) and the oblique vowels.
    static let pashtoSuffixes = Affixes(["ګانو", "ګانې", "ګان", "ونو", "ونه", "انو", "انې", "ان", "و", "ې", "ه"])
}
