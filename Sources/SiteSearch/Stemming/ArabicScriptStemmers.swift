enum ArabicScriptStemmers {
    /// Larkey, Ballesteros and Connell's "light10": the article and joined prepositions in front,
    /// then plural, dual and pronoun endings (ة is folded to ه). Light10 passes over the endings
    /// once; this passes twice, so that "امتحانات" (-ات on -ان) meets "امتحان".
    static func arabic(_ word: inout [UInt32]) {
        if !word.strip(prefixFrom: Affixes[.arabicPrefixes], keeping: 2), word.count > 3, word.first == ArabicScript.waw {
            word.removeFirst()
        }
        for _ in 0..<2 {
            for suffix in Affixes[.arabicSuffixes].words where word.count - suffix.count >= 2 && word.ends(with: suffix) {
                word.removeLast(suffix.count)
            }
        }
    }

    /// The verb prefixes mi-/nemi- (written joined once the zero-width non-joiner is folded away),
    /// then the plural, comparative and ezafe endings, up to two of them ("کتاب‌هایی").
    static func persian(_ word: inout [UInt32]) {
        _ = word.strip(prefixFrom: Affixes[.persianPrefixes], keeping: 3)
        if word.strip(suffixFrom: Affixes[.persianSuffixes], keeping: 2) {
            _ = word.strip(suffixFrom: Affixes[.persianSuffixes], keeping: 2)
        }
    }

    /// Plural and oblique endings of nouns (-ونه, -ګان, -انو) and the oblique vowels.
    static func pashto(_ word: inout [UInt32]) {
        _ = word.strip(suffixFrom: Affixes[.pashtoSuffixes], keeping: 2)
    }
}
