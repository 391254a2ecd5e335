/// Words written as text in the source, folded as the index folds words, so that a list of
/// suffixes reads like the language while it matches what the index holds. The lists are in
/// AffixLists.swift.
struct Affixes {
    let words: [[UInt32]]

    init(_ text: StaticString) {
        words = Affixes.words(of: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static func words(of text: UnsafeBufferPointer<UInt8>) -> [[UInt32]] {
        let words = Words(text)
        return (0..<words.count).map { Array(words.letters(of: $0)) }
    }

    /// The first of the words that `word` ends with, leaving at least `keeping` letters.
    func suffix(of word: [UInt32], keeping: Int) -> [UInt32]? {
        words.first { word.count - $0.count >= keeping && word.ends(with: $0) }
    }

    func prefix(of word: [UInt32], keeping: Int) -> [UInt32]? {
        words.first { word.count - $0.count >= keeping && word.starts(with: $0) }
    }

    func contains(_ word: ArraySlice<UInt32>) -> Bool {
        words.contains { $0.elementsEqual(word) }
    }
}

extension Array where Element == UInt32 {
    func ends(with suffix: [UInt32]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }

    /// Without `suffix` if it ends with it and at least `keeping` letters stay.
    mutating func strip(suffixFrom affixes: Affixes, keeping: Int) -> Bool {
        guard let suffix = affixes.suffix(of: self, keeping: keeping) else { return false }
        removeLast(suffix.count)
        return true
    }

    mutating func strip(prefixFrom affixes: Affixes, keeping: Int) -> Bool {
        guard let prefix = affixes.prefix(of: self, keeping: keeping) else { return false }
        removeFirst(prefix.count)
        return true
    }
}
