enum EthiopicStemmer {
    /// Tigrinya joins prepositions to the word in front (ኣብ "in", ካብ "from", ናብ "to", ብ "by",
    /// ን "for") and the relative ዝ; the plural -ታት and the particles -ን "and", -ውን "also" behind.
    /// Each Ethiopic letter is a syllable, so two letters make a stem.
    static func tigrinya(_ word: inout [UInt32]) {
        _ = word.strip(prefixFrom: Affixes[.tigrinyaPrefixes], keeping: 2)
        _ = word.strip(suffixFrom: Affixes[.tigrinyaSuffixes], keeping: 2)
    }
}
