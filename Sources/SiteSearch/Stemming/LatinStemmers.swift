enum LatinStemmers {
    private static let vowels: [UInt32] = [0x61, 0x65, 0x69, 0x6F, 0x75, 0x79]  // a e i o u y
    private static let sses: [UInt32] = [0x73, 0x73, 0x65, 0x73], ies: [UInt32] = [0x69, 0x65, 0x73]
    private static let heden: [UInt32] = [0x68, 0x65, 0x64, 0x65, 0x6E]

    /// Plural and verb endings (Snowball English step 1), then a final "e" or "y".
    static func english(_ word: inout [UInt32]) {
        if word.ends(with: sses) {
            word.removeLast(2)
        } else if word.count > 4, word.ends(with: ies) {
            word.removeLast(3)
            word.append(0x79)  // "studies" as "study", whose "y" goes below
        } else if word.count > 3, word.last == 0x73, !([0x73, 0x75] as [UInt32]).contains(word[word.count - 2]) {
            word.removeLast()  // "exams", not "class" or "bus"
        }
        if word.strip(suffixFrom: Affixes[.englishEndings], keeping: 3), word.dropLast().contains(where: vowels.contains) {
            undouble(&word)
        }
        if word.count > 3, word.last == 0x65 || word.last == 0x79 { word.removeLast() }  // "course" as "cours", "apply" as "appl"
    }

    /// Plural "s", then the endings of Snowball Dutch (-en, -e, -heden, -ing, -end), undoubling
    /// a final consonant pair as it does ("lessen" → "les").
    static func dutch(_ word: inout [UInt32]) {
        if word.count > 4, word.last == 0x73, let before = word.dropLast().last,
           vowels.contains(before) || ([0x6E, 0x72, 0x6C] as [UInt32]).contains(before) {
            word.removeLast()  // "examens", "docenten", "cursussen" take the -en rule after this
        }
        if word.ends(with: heden) {
            word.removeLast(2)
            word.insert(0x69, at: word.count - 1)  // "mogelijkheden" → "mogelijkheid"
            return
        }
        if word.strip(suffixFrom: Affixes[.dutchEndings], keeping: 3) { undouble(&word) }
    }

    static func spanish(_ word: inout [UInt32]) {
        _ = word.strip(suffixFrom: Affixes[.spanishEndings], keeping: 3)
        if word.count > 3, let last = word.last, [0x61, 0x65, 0x6F].contains(last) { word.removeLast() }
    }

    /// Articles and possessives joined to the noun (-ka, -kii, -kaaga), and plurals (-ooyin, -yaal).
    static func somali(_ word: inout [UInt32]) {
        _ = word.strip(suffixFrom: Affixes[.somaliSuffixes], keeping: 3)
    }

    private static func undouble(_ word: inout [UInt32]) {
        guard word.count > 3, word[word.count - 1] == word[word.count - 2],
              !vowels.contains(word[word.count - 1]) else { return }
        word.removeLast()
    }
}
