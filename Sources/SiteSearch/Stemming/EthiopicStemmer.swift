enum EthiopicStemmer {
    /// Tigrinya joins prepositions to the word in front (ኣብ "in", ካብ "from", ናብ "to", ብ "by",
    /// ን "for") and the relative ዝ; the plural -ታት and the particles -ን "and", -ውን "also" behind.
    /// Each Ethiopic letter is a syllable, so two letters make a stem.
    static func tigrinya(_ word: inout [UInt32]) {
        _ = word.strip(prefixFrom: prefixes, keeping: 2)
        _ = word.strip(suffixFrom: suffixes, keeping: 2)
    }

    private static let prefixes = Affixes(["ካብ", "ናብ", "ኣብ", "ምስ", "ከም", "ብ", "ን", "ዝ"])
    private static let suffixes = Affixes(["ታት", "ውን", "ኩም", "ን"])
}
