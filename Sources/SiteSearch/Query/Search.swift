/// One section found, with how well it matched.
public struct SearchHit: Equatable, Sendable {
    public let section: Int
    /// How many of the query's words it contains.
    public let matchedWords: Int
    public let score: Int
}

extension SearchIndex {
    /// The best sections for a query, best first: those with all of its words before those with
    /// some, then by score (titles above headings above text, rare words above common ones).
    /// The last word also matches as a prefix, as a reader is still typing it. Integer
    /// arithmetic only, so the host and the WebAssembly build rank alike.
    public func search(_ query: [UInt8], limit: Int) -> [SearchHit] {
        let query = QueryTerms(query, in: self)
        guard !query.terms.isEmpty, sectionCount > 0 else { return [] }
        var scores = [Int](repeating: 0, count: sectionCount)
        var matched = [Int](repeating: 0, count: sectionCount)
        var best = [Int](repeating: 0, count: sectionCount)
        for (number, term) in query.terms.enumerated() {
            for index in best.indices { best[index] = 0 }
            for (position, match) in candidates(for: term, asPrefix: number == query.terms.count - 1) {
                let rarity = idf(of: position)
                forEachPosting(of: position) { section, field in
                    best[section] = max(best[section], match * rarity * Field.weight(of: field))
                }
            }
            for section in best.indices where best[section] > 0 {
                scores[section] += best[section]
                matched[section] += 1
            }
        }
        var hits: [SearchHit] = []
        for section in scores.indices where scores[section] > 0 {
            hits.insert(SearchHit(section: section, matchedWords: matched[section], score: scores[section]), keepingBest: limit)
        }
        return hits
    }

    /// The index terms a query word matches, each with how much a match counts: 2 for its stem,
    /// 1 for a longer word it begins (while typing) or a stem it extends by up to three letters.
    func candidates(for term: QueryTerms.Term, asPrefix: Bool) -> [(position: Int, match: Int)] {
        var found: [(position: Int, match: Int)] = []
        let at = position(of: term.key)
        let exact = at < terms.count && terms[at] == term.key ? at : nil
        if let exact { found.append((exact, 2)) }
        guard asPrefix else { return found }
        var next = position(of: term.typed)
        while next < terms.count, found.count < 64, terms[next].starts(with: term.typed) {
            if next != exact { found.append((next, 1)) }
            next += 1
        }
        let letters = term.typedLetters
        for length in Swift.max(3, letters.count - 3)..<Swift.max(3, letters.count) {
            let stem = QueryTerms.key(letters[0..<length]), at = position(of: stem)
            if at < terms.count, terms[at] == stem, !found.contains(where: { $0.position == at }) { found.append((at, 1)) }
        }
        return found
    }

    /// 1 plus the base-2 logarithm of how rare a term is among the sections, in whole numbers.
    private func idf(of position: Int) -> Int {
        let ratio = (sectionCount + 1) * 4 / (postingCounts[position] + 1)
        return 1 + (Int.bitWidth - ratio.leadingZeroBitCount - 1).clamped(0, 16)
    }
}

extension [SearchHit] {
    /// Keeps the `limit` best hits in order as each comes: cheaper than sorting them all, and in
    /// the wasm build far smaller than the standard library's sort.
    fileprivate mutating func insert(_ hit: SearchHit, keepingBest limit: Int) {
        var at = count
        while at > 0, hit.ranksAbove(self[at - 1]) { at -= 1 }
        guard at < limit else { return }
        insert(hit, at: at)
        if count > limit { removeLast() }
    }
}

extension SearchHit {
    /// More of the query's words, then a higher score, then the earlier section.
    fileprivate func ranksAbove(_ other: SearchHit) -> Bool {
        if matchedWords != other.matchedWords { return matchedWords > other.matchedWords }
        if score != other.score { return score > other.score }
        return section < other.section
    }
}

extension Int {
    fileprivate func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(Swift.max(self, low), high) }
}
