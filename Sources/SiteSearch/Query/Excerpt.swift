/// The part of a section's text to show under a result: words around the first match, with
/// the matches marked. Ranges are byte offsets from the start of the section's text.
public struct Excerpt: Equatable, Sendable {
    public let range: Range<Int>
    public let matches: [Range<Int>]
    /// Words were left out before or after the excerpt.
    public let cutBefore: Bool, cutAfter: Bool
}

extension SearchIndex {
    public func excerpt(of section: Int, for query: [UInt8], words length: Int = 24) -> Excerpt {
        let text = Array(text(of: section))
        let words = Words(text)
        guard words.count > 0 else { return Excerpt(range: 0..<0, matches: [], cutBefore: false, cutAfter: false) }
        let query = QueryTerms(query, in: self)
        let stemmer = Stemmer(language: language)
        let matching = (0..<words.count).filter { word in
            let letters = Array(words.letters(of: word))
            let key = QueryTerms.key(stemmer.stem(letters)), typed = QueryTerms.key(letters)
            return query.terms.contains { $0.key == key || (typed.starts(with: $0.typed) && $0.typed.count > 2) }
        }
        let first = Swift.max(0, (matching.first ?? 0) - length / 3)
        let last = Swift.min(words.count, first + length) - 1
        let start = Int(words.spans[first].bytes.lowerBound), end = Int(words.spans[last].bytes.upperBound)
        let marks = matching.filter { (first...last).contains($0) }.map { word in
            Int(words.spans[word].bytes.lowerBound)..<Int(words.spans[word].bytes.upperBound)
        }
        return Excerpt(range: start..<end, matches: marks, cutBefore: first > 0, cutAfter: last < words.count - 1)
    }
}
